import type { IsoDate } from '../model/dates.ts';
import { LANGUAGES, type Language } from '../model/keys.ts';

/**
 * Names of the sheets the toolkit reads and writes, in both languages: a sheet written in one
 * language is found (and replaced) after a language switch.
 */
export const SHEET_NAMES = {
  followUps: { zh: '跟进任务', en: 'Follow-ups' },
  dataQuality: { zh: '数据质量', en: 'Data quality' },
  report: { zh: '客户报告', en: 'Report' },
  orders: { zh: '订单', en: 'Orders' },
  complaints: { zh: '投诉', en: 'Complaints' },
  customers: { zh: '客户', en: 'Customers' },
  backup: { zh: '客户备份', en: 'Customers backup' },
  personalDataLog: { zh: '个人信息处理记录', en: 'Personal data log' },
  personalDataCopy: { zh: '个人信息副本', en: 'Personal data copy' },
} as const satisfies Record<string, Record<Language, string>>;

export type SheetRole = keyof typeof SHEET_NAMES;

/** The name of a sheet in a language. */
export function sheetName(role: SheetRole, language: Language): string {
  return SHEET_NAMES[role][language];
}

/** The names of a sheet in every language, the given language's first. */
export function sheetNames(role: SheetRole, language: Language): string[] {
  const others = LANGUAGES.filter((other) => other !== language);
  return [SHEET_NAMES[role][language], ...others.map((other) => SHEET_NAMES[role][other])];
}

/** "客户报告 2026-05-01" / "Report 2026-05-01". */
export function reportSheetName(language: Language, today: IsoDate): string {
  return `${SHEET_NAMES.report[language]} ${today}`;
}

/** "个人信息副本 2026-05-01" / "Personal data copy 2026-05-01": the add-on's copy of one person's data. */
export function personalDataCopySheetName(language: Language, today: IsoDate): string {
  return `${SHEET_NAMES.personalDataCopy[language]} ${today}`;
}

/** Whether a sheet is a copy of one person's data the toolkit made, in either language (with a " (2)" suffix too). */
export function isPersonalDataCopyName(name: string): boolean {
  const trimmed = name.trim();
  return Object.values(SHEET_NAMES.personalDataCopy).some((text) => trimmed.startsWith(`${text} `));
}

/**
 * What the toolkit or Sheets writes after one of its names: a date (Report 2026-05-01, a backup's
 * date and time) or a copy's number (Follow-ups (2)). Not a user's own words: Orders & Payments
 * is a table of theirs.
 */
const TOOLKIT_SUFFIX = /^ (?:\d{4}-\d{2}-\d{2}\b.*|\(\d+\))$/;

/** Whether a sheet name is one the toolkit writes (never a customer table). */
export function isToolkitSheetName(name: string): boolean {
  const trimmed = name.trim();
  for (const role of [
    'followUps',
    'dataQuality',
    'report',
    'orders',
    'complaints',
    'backup',
    'personalDataLog',
    'personalDataCopy',
  ] as const) {
    for (const text of Object.values(SHEET_NAMES[role])) {
      if (
        trimmed === text ||
        (trimmed.startsWith(`${text} `) && TOOLKIT_SUFFIX.test(trimmed.slice(text.length)))
      )
        return true;
    }
  }
  return false;
}
