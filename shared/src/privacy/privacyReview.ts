import type { Config } from '../config/config.ts';
import type { CustomerRow } from '../model/customerRow.ts';
import { daysInMonth, type IsoDate, isIsoDate, ymdToIso } from '../model/dates.ts';
import type { Language } from '../model/keys.ts';
import type { Cell } from '../model/table.ts';
import { cellToText } from '../parse/cellToText.ts';
import { SHEET_NAMES } from '../sheets/sheetNames.ts';
import { CONSENT_FIELD_LABELS, mapConsentColumns } from './consentColumns.ts';

/** A customer the privacy settings ask the user to look at. */
export type PrivacyFinding =
  | {
      kind: 'past-retention';
      row: number;
      id: string | null;
      name: string | null;
      lastActivity: IsoDate;
      keepUntil: IsoDate;
    }
  | { kind: 'no-legal-basis'; row: number; id: string | null; name: string | null };

/** The date `months` calendar months after `date` (the 31st becomes the month's last day). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return ymdToIso(year, month, Math.min(d, daysInMonth(year, month)));
}

/** A customer's last purchase or contact (from the orders or the table's own columns), or null. */
export function lastActivity(customer: CustomerRow): IsoDate | null {
  const dates = [
    customer.stats.lastPurchase,
    customer.record.lastPurchase,
    customer.record.lastContact,
    customer.stats.firstPurchase,
  ].filter((d): d is IsoDate => d !== null && isIsoDate(d));
  return dates.length === 0 ? null : dates.reduce((a, b) => (a > b ? a : b));
}

/**
 * Customers past the retention period (`privacy.retentionMonths` after their last purchase or
 * contact; customers with no date at all cannot be judged and are left out), and, when
 * `privacy.requireLegalBasis` is on, customers whose legal basis cell is empty (or missing).
 */
export function privacyFindings(
  customers: readonly CustomerRow[],
  header: readonly string[],
  config: Config,
  today: IsoDate,
): PrivacyFinding[] {
  const found: PrivacyFinding[] = [];
  const months = config.privacy.retentionMonths;
  const basisColumn = mapConsentColumns(header).legalBasis;
  for (const customer of customers) {
    const who = { row: customer.row, id: customer.record.id, name: customer.record.name };
    if (months !== null) {
      const last = lastActivity(customer);
      if (last !== null) {
        const keepUntil = addMonths(last, months);
        if (keepUntil < today) found.push({ kind: 'past-retention', ...who, lastActivity: last, keepUntil });
      }
    }
    if (config.privacy.requireLegalBasis) {
      // Any basis the user wrote counts: whether it holds is theirs to judge, not the toolkit's.
      const cell = basisColumn === undefined ? null : (customer.record.cells[basisColumn] ?? null);
      if (cellToText(cell).trim() === '') found.push({ kind: 'no-legal-basis', ...who });
    }
  }
  return found;
}

const TEXT = {
  zh: {
    'past-retention': '超过保存期限',
    'no-legal-basis': '缺少合法依据',
    retention: (last: IsoDate, until: IsoDate, months: number) =>
      `最近购买或联系 ${last}，保存期限 ${months} 个月，已于 ${until} 届满：如无需继续保存，可用“个人信息请求”（crm person erase）删除`,
    basis: '没有写明处理该客户个人信息的合法依据：请补上（crm person consent 或侧边栏），或删除',
  },
  en: {
    'past-retention': 'Past retention',
    'no-legal-basis': 'No legal basis',
    retention: (last: IsoDate, until: IsoDate, months: number) =>
      `last purchase or contact ${last}; kept ${months} months, until ${until}: unless it must be kept, erase it with a personal data request (crm person erase)`,
    basis:
      'no legal basis recorded for keeping this customer’s data: add one (crm person consent or the sidebar), or erase it',
  },
} as const satisfies Record<Language, unknown>;

/** The findings as rows of the review table (类型, 行, 列, 值, 说明): named by name and row only. */
export function privacyReviewRows(findings: readonly PrivacyFinding[], config: Config): Cell[][] {
  const language = config.language;
  const text = TEXT[language];
  return findings.map((f) => [
    text[f.kind],
    String(f.row),
    f.kind === 'no-legal-basis' ? CONSENT_FIELD_LABELS.legalBasis[language] : '',
    f.name ?? f.id ?? '',
    f.kind === 'past-retention'
      ? text.retention(f.lastActivity, f.keepUntil, config.privacy.retentionMonths ?? 0)
      : text.basis,
  ]);
}

/** A backup or report sheet the toolkit wrote, dated by its name, older than the retention period. */
export interface ExpiredSheet {
  sheet: string;
  kind: 'backup' | 'report';
  date: IsoDate;
}

/**
 * The backups (客户备份 YYYY-MM-DD) and reports (客户报告 YYYY-MM-DD) written more than
 * `retentionMonths` before today, in either language: copies of personal data kept past the
 * period, to be deleted. A sheet whose name carries no date is left out.
 */
export function expiredSheets(
  names: readonly string[],
  today: IsoDate,
  retentionMonths: number | null,
): ExpiredSheet[] {
  if (retentionMonths === null) return [];
  const expired: ExpiredSheet[] = [];
  for (const name of names) {
    for (const kind of ['backup', 'report'] as const) {
      for (const prefix of Object.values(SHEET_NAMES[kind])) {
        const match = new RegExp(`^${prefix} (\\d{4}-\\d{2}-\\d{2})(?: \\(\\d+\\))?$`).exec(name.trim());
        const date = match?.[1];
        if (date && isIsoDate(date) && addMonths(date, retentionMonths) < today)
          expired.push({ sheet: name, kind, date });
      }
    }
  }
  return expired;
}
