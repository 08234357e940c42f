import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../config/config.ts';
import { runJob } from '../jobs/runJob.ts';
import type { Cell, TableData } from '../model/table.ts';
import { parseLegalBasis, planConsentFill } from './consentColumns.ts';
import { addMonths, expiredSheets } from './privacyReview.ts';

const customers = (rows: Cell[][]): TableData => ({
  header: ['客户编号', '姓名', '手机', '邮箱', '最近购买日期', '最近联系日期', '合法依据'],
  rows,
  headerRow: 1,
});
const table = customers([
  ['C1', '李雷', '13700001234', 'li.lei@yuanfan.cn', '2022-05-01', '', '现有客户'],
  ['C2', '韩梅梅', '13600005678', 'hanmm@lvzhou.com', '2022-05-01', '2024-03-01', ''],
  ['C3', '张伟', '13912345678', 'zhang.wei@example.com', '', '', 'consent'],
  ['C4', 'Mary Smith', '', 'mary@brightwave.com', '2026-01-02', '', '本人同意'],
]);
const clean = (privacy: object, extra: object = {}) =>
  runJob('clean', {
    tables: { customers: { sheet: '客户', table }, orders: null, complaints: null },
    config: resolveConfig({ privacy, ...extra }),
    today: '2026-02-10',
  });

describe('the cleaning review under the privacy settings', () => {
  it('lists customers past the retention period by name and row, with erase offered', () => {
    const out = clean({ retentionMonths: 36 });
    const rows = out.sheet?.table.rows.filter((r) => r[0] === '超过保存期限') ?? [];
    // 李雷 bought last on 2022-05-01 (3 years ended 2025-05-01); 韩梅梅 was contacted in 2024;
    // 张伟 has no date and cannot be judged.
    expect(rows).toEqual([
      [
        '超过保存期限',
        '2',
        '',
        '李雷',
        '最近购买或联系 2022-05-01，保存期限 36 个月，已于 2025-05-01 届满：如无需继续保存，可用“个人信息请求”（crm person erase）删除',
      ],
    ]);
    expect(out.figures.pastRetention).toBe(1);
    expect(clean({}).figures.pastRetention).toBe(0);
  });

  it('flags customers without a readable legal basis only when the setting asks', () => {
    expect(clean({}).figures.withoutLegalBasis).toBe(0);
    const out = clean({ requireLegalBasis: true }, { language: 'en' });
    expect(out.sheet?.table.rows.filter((r) => r[0] === 'No legal basis').map((r) => [r[1], r[3]])).toEqual([
      ['3', '韩梅梅'],
    ]);
  });

  it('masks emails and phones in the review unless contact details are turned on', () => {
    const dup = customers([
      ['C1', '李雷', '13700001234', 'li.lei@yuanfan.cn', '', '', ''],
      ['C2', '李雷', '137 0000 1234', 'LI.LEI@yuanfan.cn', '', '', ''],
    ]);
    const run = (showContactDetails: boolean) =>
      JSON.stringify(
        runJob('clean', {
          tables: { customers: { sheet: '客户', table: dup }, orders: null, complaints: null },
          config: resolveConfig({ privacy: { showContactDetails } }),
          today: '2026-02-10',
        }).sheet?.table.rows,
      );
    expect(run(false)).not.toMatch(/li\.lei@|13700001234/);
    expect(run(false)).toContain('l***@yuanfan.cn');
    expect(run(true)).toContain('li.lei@yuanfan.cn');
  });
});

describe('retention of the toolkit’s own copies', () => {
  it('lists backups and reports older than the period, in either language', () => {
    const names = [
      '客户',
      '客户备份 2022-12-01',
      '客户备份 2025-06-01 (2)',
      'Report 2022-01-31',
      '客户报告 2026-02-01',
      '客户备份',
    ];
    expect(expiredSheets(names, '2026-02-10', 36)).toEqual([
      { sheet: '客户备份 2022-12-01', kind: 'backup', date: '2022-12-01' },
      { sheet: 'Report 2022-01-31', kind: 'report', date: '2022-01-31' },
    ]);
    expect(expiredSheets(names, '2026-02-10', null)).toEqual([]);
  });

  it.each([
    ['2022-05-01', 36, '2025-05-01'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2023-11-30', 3, '2024-02-29'],
    ['2025-12-15', 14, '2027-02-15'],
  ])('%s + %i months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});

describe('consent columns', () => {
  it.each([
    ['existing-customer', 'existing-customer'],
    ['履行合同（现有客户）', 'existing-customer'],
    ['Consent', 'consent'],
    ['本人同意', 'consent'],
    ['maybe', null],
    ['', null],
  ])('reads %s as %s', (text, expected) => {
    expect(parseLegalBasis(text)).toBe(expected);
  });

  it('fills empty cells only, adding the missing columns to the right in the user’s language', () => {
    const grid: Cell[][] = [table.header, ...table.rows];
    const fill = planConsentFill(
      grid,
      1,
      table.header,
      [2, 3, 4, 5],
      {
        legalBasis: 'existing-customer',
        purpose: '售后服务与回访',
        informedOn: '2026-02-10',
      },
      'zh',
    );
    expect(fill.added.map((a) => [a.column, a.header])).toEqual([
      [7, '处理目的'],
      [8, '告知日期'],
    ]);
    // Only 韩梅梅's legal basis was empty; every row gets a purpose and a date.
    expect(fill.edits.filter((e) => e.column === 6)).toEqual([
      { row: 3, column: 6, value: '履行合同（现有客户）' },
    ]);
    expect(fill.edits.filter((e) => e.column === 7).map((e) => e.row)).toEqual([1, 2, 3, 4, 5]);
    expect(fill.rowsFilled).toBe(4);
  });
});
