import { describe, expect, it } from 'vitest';
import type { CleaningReview } from '../model/results.ts';
import { reviewTable } from './reviewTable.ts';

const review: CleaningReview = {
  merges: [
    {
      kind: 'exact',
      matches: [{ on: 'email', value: 'zhang.san@minghua.cn' }],
      matchedOn: 'email: zhang.san@minghua.cn',
      survivorRow: 2,
      rows: [2, 7],
      similarity: 1,
      fill: { wechat: { value: 'zhangsan88', fromRow: 7 } },
      conflicts: {
        mobile: [
          { value: '+8613912345678', row: 2 },
          { value: '+8613912345679', row: 7 },
        ],
      },
    },
    {
      kind: 'likely',
      matches: [{ on: 'name-company', also: null }],
      matchedOn: 'name ~ company',
      survivorRow: 4,
      rows: [4, 9],
      similarity: 0.934,
      fill: {},
      conflicts: {},
    },
  ],
  missing: [{ row: 5, column: '姓名', field: 'name', message: '缺少姓名' }],
  invalid: [{ row: 6, column: '邮箱', value: 'wangfang@yunfan', message: 'not a valid email address' }],
  skipped: [{ table: 'customers', row: 12, reason: 'total', text: '合计 · 125800' }],
  summary: {
    rows: 8,
    exactDuplicateGroups: 1,
    likelyDuplicateGroups: 1,
    rowsWithMissing: 1,
    invalidCells: 1,
    skippedRows: 1,
  },
};

describe('reviewTable', () => {
  it('lists merges, then missing, then invalid values', () => {
    const table = reviewTable(review, 'zh');
    expect(table.header).toEqual(['类型', '行', '列', '值', '说明']);
    expect(table.rows).toEqual([
      [
        '重复（完全相同）',
        '2, 7',
        'email: zhang.san@minghua.cn',
        1,
        '建议保留第 2 行 · 可补充: wechat=zhangsan88 (7) · 不一致: mobile: +8613912345678 (2) / +8613912345679 (7)',
      ],
      ['疑似重复', '4, 9', 'name ~ company', 0.93, '建议保留第 4 行'],
      ['缺失', '5', '姓名', '', '缺少姓名'],
      ['无效', '6', '邮箱', 'wangfang@yunfan', 'not a valid email address'],
      ['未计入（客户表）', '12', '', '合计 · 125800', '合计行：不是客户，未计入分析，表中保持原样'],
    ]);
  });

  it('speaks English when asked', () => {
    const table = reviewTable(review, 'en');
    expect(table.header).toEqual(['Kind', 'Rows', 'Column', 'Value', 'Details']);
    expect(table.rows[1]?.[0]).toBe('Likely duplicate');
    expect(table.rows[1]?.[4]).toBe('keep row 4');
    expect(table.rows[4]).toEqual([
      'Left out (customers)',
      '12',
      '',
      '合计 · 125800',
      'a totals row: not a customer; left out of the analysis and kept as it is',
    ]);
  });

  // Every row of a company's contacts sharing its switchboard and service mailbox: one group of
  // 6,000 rows whose ids, names and dates all differ.
  it.each([
    ['zh', / …等另外 \d+ 项$/],
    ['en', / … and \d+ more$/],
  ] as const)('keeps the lists of a 6,000-row duplicate group within a cell (%s)', (language, ending) => {
    const rows = Array.from({ length: 6000 }, (_, i) => i + 2);
    const group: CleaningReview = {
      ...review,
      merges: [
        {
          kind: 'exact',
          matches: [{ on: 'email', value: 'service@yuanfan.cn' }],
          matchedOn: 'email: service@yuanfan.cn',
          survivorRow: 2,
          rows,
          similarity: 1,
          fill: {},
          conflicts: {
            id: rows.map((row) => ({ value: `C${100000 + row}`, row })),
            name: rows.map((row) => ({ value: `客户${row - 1}`, row })),
          },
        },
      ],
    };
    const [kind, rowList, , , details] = reviewTable(group, language).rows[0] ?? [];
    expect(kind).toBe(language === 'zh' ? '重复（完全相同）' : 'Duplicate (exact)');
    for (const cell of [rowList, details]) {
      expect(String(cell).length).toBeLessThanOrEqual(32_767);
      expect(String(cell)).toMatch(ending);
    }
    expect(String(rowList).startsWith('2, 3, 4, ')).toBe(true);
    expect(String(details)).toContain('id: C100002 (2) / C100003 (3)');
  });
});
