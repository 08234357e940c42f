import { describe, expect, it } from 'vitest';
import type { CustomerField } from '../model/fields.ts';
import type { TableData } from '../model/table.ts';
import type { HeaderMapping } from '../table/mapHeader.ts';
import { movedRows, rowKeysOf } from './rowKeys.ts';

const table: TableData = {
  header: ['备注', '客户编号', '姓名', '手机'],
  headerRow: 3,
  rows: [
    ['VIP', 'C001', '刘洋', 13912345678],
    [null, null, null, null],
    ['', 'C002', '王芳', '13812345678'],
    ['', 'C003', '刘洋', '13712345678'],
  ],
};
const mapping: HeaderMapping<CustomerField> = {
  header: table.header,
  columns: { id: 1, name: 2, mobile: 3 },
  unknown: [0],
};

describe('row keys of a customer table', () => {
  const keys = rowKeysOf(table, mapping);
  /** The key cells of the rows as a re-read returns them. */
  const reread = (rows: TableData['rows']) => rows.map((row) => keys.columns.map((c) => row[c] ?? null));

  it('uses the id and name columns, from the first data row to the last', () => {
    expect(keys).toMatchObject({ columns: [1, 2], firstRow: 4, lastRow: 7 });
  });

  it('finds no moved row when the sheet is as it was read, whatever the other columns hold', () => {
    const edited = table.rows.map((row) => ['changed', row[1] ?? null, row[2] ?? null, 'changed']);
    expect(movedRows(keys, reread(edited))).toEqual([]);
  });

  it.each([
    ['sorted by name', [table.rows[0], table.rows[3], table.rows[1], table.rows[2]], [5, 6, 7]],
    ['a row inserted', [table.rows[0], ['', 'C009', '新客户', ''], ...table.rows.slice(1)], [5, 6, 7]],
    ['a row deleted', [table.rows[0], table.rows[2], table.rows[3]], [5, 6, 7]],
    ['the two 刘洋 swapped', [table.rows[3], table.rows[1], table.rows[2], table.rows[0]], [4, 7]],
  ])('names the rows that moved: %s', (_, rows, moved) => {
    expect(movedRows(keys, reread(rows as TableData['rows']))).toEqual(moved);
  });
});
