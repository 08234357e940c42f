import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../config/config.ts';
import type { TableData } from '../model/table.ts';
import { readCustomerTable } from '../table/index.ts';
import { reviewCustomerTable } from './reviewCustomerTable.ts';

// A messy table as a sales team keeps it, read by the real reader (parsers included).
const table: TableData = {
  header: [
    '客户编号',
    '姓名',
    '公司',
    '职位',
    '手机',
    '邮箱',
    '城市',
    '最近购买日期',
    '消费金额',
    '自定义列',
  ],
  rows: [
    [
      'K001',
      '张伟',
      '上海远帆供应链管理有限公司',
      '采购经理',
      '139 1234 5678',
      'ZhangWei@YuanFan.cn',
      '上海',
      '2024/5/1',
      '¥12,000',
      'x',
    ],
    [
      'K002',
      '张伟',
      '上海远帆供应链管理',
      '',
      '',
      ' zhangwei@yuanfan.cn ',
      '上海',
      '2024年6月1日',
      '3,500 元',
      '',
    ],
    ['K003', '李娜', '杭州云栖科技股份有限公司', '', '+86 138-0000-1111', '', '杭州', '', '', ''],
    ['K004', '李娜', '', '', '13800001111', 'lina@yunqi.com', '', '2025-01-10', '800', ''],
    ['K005', 'Li Wei', 'Acme Inc.', 'CTO', '', 'li.wei@acme.com', 'Shanghai', '2024-12-01', '5000', ''],
    ['K006', 'Wei Li', 'ACME', '', '', '', '', '', '', ''],

    ['K007', '', '北京星河科技有限公司', '', '', '', '北京', '2026-13-45', '', ''],
    ['K008', '王芳', '北京星河科技有限公司', '', '12345', '', '北京', '', '', ''],
  ],
};

describe('reviewCustomerTable on a table read by readCustomerTable', () => {
  const config = resolveConfig();
  const { records, issues, mapping } = readCustomerTable(table, config, '2025-06-30');
  const review = reviewCustomerTable(records, issues, mapping, config);

  it('proposes one merge per duplicate customer, saying what matched in the configured language', () => {
    expect(review.merges.map((m) => ({ kind: m.kind, rows: m.rows, matchedOn: m.matchedOn }))).toEqual([
      { kind: 'exact', rows: [2, 3], matchedOn: '邮箱 z***@yuanfan.cn' },
      { kind: 'exact', rows: [5, 4], matchedOn: '电话 *********1111' },
      { kind: 'likely', rows: [6, 7], matchedOn: '姓名相近、公司相同' },
    ]);
    // With the setting on, the shared email and phone are shown in full.
    const english = reviewCustomerTable(
      records,
      issues,
      mapping,
      resolveConfig({ language: 'en', privacy: { showContactDetails: true } }),
    );
    expect(english.merges.map((m) => m.matchedOn)).toEqual([
      'email: zhangwei@yuanfan.cn',
      'phone: +8613800001111',
      'name ~ company',
    ]);
    expect(english.merges.map((m) => m.matches)).toEqual(review.merges.map((m) => m.matches));
  });

  it('reports the empty name, the rows nobody can be reached at and the bad cells', () => {
    expect(review.missing.map((m) => [m.row, m.field])).toEqual([
      // Wei Li, written from a business card without any contact.
      [7, 'contact'],
      [8, 'name'],
      [8, 'contact'],
    ]);
    const invalidCells = review.invalid.map((i) => [i.row, i.column]);
    expect(invalidCells).toContainEqual([8, '最近购买日期']);
    expect(invalidCells).toContainEqual([9, '手机']);
    expect(review.summary).toMatchObject({
      rows: 8,
      exactDuplicateGroups: 2,
      likelyDuplicateGroups: 1,
      rowsWithMissing: 2,
    });
  });
});
