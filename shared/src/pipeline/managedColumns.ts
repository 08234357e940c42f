import { GROUP8_LABELS, LIFECYCLE_LABELS, label, SEGMENT_LABELS, VALUE_TIER_LABELS } from '../i18n/labels.ts';
import type { Language } from '../model/keys.ts';
import type { Cell } from '../model/table.ts';
import type { CustomerAnalysis } from './analyzeCustomerTable.ts';

/** The columns the toolkit writes next to the user's, in order. */
export const MANAGED_COLUMNS = [
  'r',
  'f',
  'm',
  'segment',
  'group8',
  'lifecycle',
  'valueTier',
  'pAlive',
  'clv',
  'churnRisk',
  'nextFollowUp',
] as const;
export type ManagedColumn = (typeof MANAGED_COLUMNS)[number];

/** Header of each managed column; a re-run recognises them in either language. */
export const MANAGED_COLUMN_LABELS: Record<ManagedColumn, { zh: string; en: string }> = {
  r: { zh: 'R', en: 'R' },
  f: { zh: 'F', en: 'F' },
  m: { zh: 'M', en: 'M' },
  segment: { zh: '客户分群', en: 'Segment' },
  group8: { zh: '八类客户', en: 'Customer group' },
  lifecycle: { zh: '生命周期', en: 'Lifecycle' },
  valueTier: { zh: '价值层级', en: 'Value tier' },
  pAlive: { zh: '存活概率', en: 'P(alive)' },
  clv: { zh: '客户终身价值', en: 'CLV' },
  churnRisk: { zh: '流失预警', en: 'Churn risk' },
  nextFollowUp: { zh: '下次跟进', en: 'Next follow-up' },
};

const MANAGED_BY_HEADER = new Map<string, ManagedColumn>();
for (const column of MANAGED_COLUMNS) {
  for (const text of Object.values(MANAGED_COLUMN_LABELS[column])) {
    MANAGED_BY_HEADER.set(text, column);
  }
}

/** The managed column a header names (in zh or en), or null for a user column. */
export function managedColumnOf(header: string): ManagedColumn | null {
  // Exact labels (spacing aside): a user's own "m" or "segment" column is never taken for ours.
  return MANAGED_BY_HEADER.get(header.trim().replace(/\s+/g, ' ')) ?? null;
}

/**
 * The managed columns for writing back to the customer table: headers in `language` and one row
 * of cells per data row (sheet row − 2), i.e. one per record in input order, with empty cells for
 * blank rows the reader skipped. Unknown values are '' (an empty cell in every adapter); the next
 * follow-up is an ISO date string, which adapters may turn into a date cell.
 */
export function managedColumns(
  analysis: CustomerAnalysis,
  language: Language,
): { headers: string[]; values: Cell[][] } {
  const headers = MANAGED_COLUMNS.map((column) => MANAGED_COLUMN_LABELS[column][language]);
  const perCustomerClv = analysis.clv?.perCustomer;
  const lastRow = analysis.records.reduce((max, record) => Math.max(max, record.row), 1);
  const values: (Cell[] | undefined)[] = new Array(lastRow - 1).fill(undefined);
  analysis.classifications.forEach((c, i) => {
    const clv = perCustomerClv?.[i] ?? null;
    const row = analysis.records[i]?.row ?? c.row;
    values[row - 2] = [
      c.r ?? '',
      c.f ?? '',
      c.m ?? '',
      label(SEGMENT_LABELS, c.segment, language),
      c.group8 ? label(GROUP8_LABELS, c.group8, language) : '',
      label(LIFECYCLE_LABELS, c.lifecycle, language),
      label(VALUE_TIER_LABELS, c.valueTier, language),
      clv ? round(clv.pAlive, 3) : '',
      clv ? round(clv.clv, 2) : '',
      clv?.atRisk ? churnRiskNote(clv.pAlive, language) : '',
      analysis.nextFollowUp[i] ?? '',
    ];
  });
  return { headers, values: Array.from(values, (row) => row ?? MANAGED_COLUMNS.map(() => '')) };
}

/**
 * The lifecycle note of a valuable customer the BG/NBD model sees slipping away (issue 3: churn
 * risk feeds lifecycle notes), e.g. `流失风险高（存活概率 32%）`.
 */
export function churnRiskNote(pAlive: number, language: Language): string {
  const percent = Math.round(pAlive * 100);
  return language === 'zh' ? `流失风险高（存活概率 ${percent}%）` : `High churn risk (P(alive) ${percent}%)`;
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
