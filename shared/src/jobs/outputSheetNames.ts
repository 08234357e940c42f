import type { IsoDate } from '../model/dates.ts';
import { LANGUAGES, type Language } from '../model/keys.ts';
import { reportSheetName, SHEET_NAMES } from '../sheets/sheetNames.ts';
import type { OutputSheetRole } from './jobOutput.ts';

/**
 * The name an output sheet gets in `language`, and the existing sheets it replaces: its earlier
 * copy under either language's name, so switching language never leaves two copies.
 */
export function outputSheetNames(
  role: OutputSheetRole,
  language: Language,
  today: IsoDate,
  existing: readonly string[] = [],
): { name: string; replaces: string[] } {
  const nameIn = (lang: Language) =>
    role === 'report' ? reportSheetName(lang, today) : SHEET_NAMES[role][lang];
  const name = nameIn(language);
  const replaces = LANGUAGES.map(nameIn).filter((n, i, all) => all.indexOf(n) === i && existing.includes(n));
  return { name, replaces };
}
