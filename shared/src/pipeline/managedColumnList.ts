import type { Language } from '../model/keys.ts';

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
export const MANAGED_COLUMN_LABELS: Record<ManagedColumn, Record<Language, string>> = {
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

/** How adapters type the cells of each managed column (dates become date cells, text stays text). */
export type ManagedColumnKind = 'number' | 'text' | 'date';
export const MANAGED_COLUMN_KINDS: Record<ManagedColumn, ManagedColumnKind> = {
  r: 'number',
  f: 'number',
  m: 'number',
  segment: 'text',
  group8: 'text',
  lifecycle: 'text',
  valueTier: 'text',
  pAlive: 'number',
  clv: 'number',
  churnRisk: 'text',
  nextFollowUp: 'date',
};
