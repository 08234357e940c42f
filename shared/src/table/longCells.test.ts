import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../config/config.ts';
import { MAX_PARSED_CELL_LENGTH } from '../parse/cellTextLimit.ts';
import { readCustomerTable } from './readCustomerTable.ts';

const HEADER = ['客户编号', '姓名', '手机', '消费金额', '最近购买日期', '邮箱'];
/** Excel's longest cell: 32,767 characters. */
const EXCEL_MAX = 32_767;

function read(rows: (string | number | null)[][], language: 'zh' | 'en') {
  return readCustomerTable({ header: HEADER, rows }, resolveConfig({ language }), '2026-11-24');
}

describe('a cell too long to be one value', () => {
  const pasted = `139 1234 5678${' '.repeat(EXCEL_MAX - 30)}万元 x`;
  const rows = [
    ['C001', '刘洋', pasted, '9'.repeat(EXCEL_MAX), ' '.repeat(EXCEL_MAX), `li@${'a'.repeat(2000)}.com`],
    ['C002', '王芳', '13912345679', '1,200', '2026-11-02', 'wang@example.com'],
  ];

  it('is an issue for that cell in the user language, the row and the other cells read as usual', () => {
    const zh = read(rows, 'zh');
    expect(zh.records.map((r) => r.id)).toEqual(['C001', 'C002']);
    expect(zh.records[0]?.mobile).toBeNull();
    expect(zh.records[0]?.totalSpend).toBeNull();
    // A cell of spaces alone is an empty cell, not a long value.
    expect(zh.records[0]?.lastPurchase).toBeNull();
    expect(zh.records[1]).toMatchObject({
      mobile: '+8613912345679',
      totalSpend: 1200,
      lastPurchase: '2026-11-02',
    });
    const longIssues = zh.issues.filter((i) => i.message.includes('超过一个值最多'));
    expect(longIssues.map((i) => `${i.row} ${i.column}`).sort()).toEqual(['2 手机', '2 消费金额', '2 邮箱']);
    expect(longIssues.find((i) => i.column === '手机')?.message).toBe(
      `单元格有 ${pasted.trim().length} 个字符（以“139 1234 5678       …”开头），超过一个值最多 ${MAX_PARSED_CELL_LENGTH} 个字符的上限，未读取；请只填写一个值`,
    );
    const en = read(rows, 'en');
    expect(en.issues.find((i) => i.column === '消费金额')?.message).toBe(
      `the cell holds ${EXCEL_MAX} characters (starting "99999999999999999999…"), more than the ${MAX_PARSED_CELL_LENGTH} one value may have; it was not read. Put one value in the cell`,
    );
  });

  it('still reads a value of exactly the limit', () => {
    const amount = `${'1'.repeat(MAX_PARSED_CELL_LENGTH - 3)}.50`;
    const { records, issues } = read([['C003', '赵磊', null, amount, null, null]], 'en');
    expect(issues.filter((i) => i.column === '消费金额')).toEqual([
      expect.objectContaining({ message: expect.stringContaining('too large') }),
    ]);
    expect(records[0]?.id).toBe('C003');
  });
});
