// The managed column headers spelled out, once. Users' sheets carry these texts and a re-run finds
// its own columns by them (in either language), so rewording one would leave the old column behind
// and add a new one next to it: a change here is a migration, not a copy edit. Tests that only need
// the headers derive them from MANAGED_COLUMN_LABELS.
import { MANAGED_COLUMN_LABELS, MANAGED_COLUMNS } from '@crm/shared';
import { describe, expect, it } from 'vitest';

const PINNED = {
  zh: [
    'R',
    'F',
    'M',
    '客户分群',
    '八类客户',
    '生命周期',
    '价值层级',
    '存活概率',
    '客户终身价值',
    '流失预警',
    '下次跟进',
  ],
  en: [
    'R',
    'F',
    'M',
    'Segment',
    'Customer group',
    'Lifecycle',
    'Value tier',
    'P(alive)',
    'CLV',
    'Churn risk',
    'Next follow-up',
  ],
} as const;

describe('managed column headers', () => {
  it.each(['zh', 'en'] as const)('keep the %s wording that existing sheets carry', (language) => {
    expect(MANAGED_COLUMNS.map((c) => MANAGED_COLUMN_LABELS[c][language])).toEqual(PINNED[language]);
  });
});
