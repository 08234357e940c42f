import type { Language } from '../model/keys.ts';
import { REPORT_TEXTS_EN } from './reportTextsEn.ts';
import type { ReportTexts } from './reportTextsType.ts';
import { REPORT_TEXTS_ZH } from './reportTextsZh.ts';

export type { ReportTexts } from './reportTextsType.ts';

// One catalogue per language; a language without its texts is a type error here.
const REPORT_TEXTS: Readonly<Record<Language, ReportTexts>> = { zh: REPORT_TEXTS_ZH, en: REPORT_TEXTS_EN };

/** The report texts of a language. */
export function reportTexts(language: Language): ReportTexts {
  return REPORT_TEXTS[language];
}
