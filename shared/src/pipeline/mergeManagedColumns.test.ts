import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cell, TableData } from '../model/table.ts';
import { MANAGED_COLUMN_LABELS, MANAGED_COLUMNS } from './managedColumnList.ts';
import type { ManagedColumnsWrite } from './managedColumnsWrite.ts';
import { mergeManagedColumns } from './mergeManagedColumns.ts';
import { placeManagedColumns } from './placeManagedColumns.ts';

const zh = MANAGED_COLUMNS.map((c) => MANAGED_COLUMN_LABELS[c].zh);
const en = MANAGED_COLUMNS.map((c) => MANAGED_COLUMN_LABELS[c].en);

describe('placeManagedColumns', () => {
  it.each([
    ['appends to the right of the user columns', ['姓名', '手机'], 2, ['R', '客户分群'], [2, 3], 4],
    ['appends after cells wider than the header', ['姓名'], 3, ['R'], [3], 4],
    ['re-uses its own columns on a re-run', ['姓名', ...zh], 11, zh, zh.map((_, i) => i + 1), 11],
    ['re-uses them across languages', ['Name', ...zh], 11, en, en.map((_, i) => i + 1), 11],
    [
      're-uses what is left when a few were deleted',
      ['姓名', 'R', 'F', '客户分群', '生命周期'],
      5,
      ['R', 'M', '生命周期'],
      [1, 5, 4],
      6,
    ],
    [
      'never takes over a lone user column called "Segment"',
      ['Name', 'Segment', 'M'],
      3,
      ['Segment', 'M'],
      [3, 4],
      5,
    ],
  ])('%s', (_, header, width, managed, columns, newWidth) => {
    expect(placeManagedColumns(header, width, managed)).toEqual({ columns, width: newWidth });
  });
});

/** The write of `headers` into `table`, with `values[i]` for sheet row i + 2 (null = no customer). */
function writeOf(table: TableData, headers: string[], values: (Cell[] | null)[]): ManagedColumnsWrite {
  const width = table.rows.reduce((w, row) => Math.max(w, row.length), table.header.length);
  const placement = placeManagedColumns(table.header, width, headers);
  const byRow = new Map<number, Cell[]>();
  values.forEach((line, i) => {
    if (line !== null) byRow.set(i + 2, line);
  });
  return {
    headerRow: 1,
    lastRow: table.rows.length + 1,
    columns: headers.map((header, k) => ({
      key: MANAGED_COLUMNS[k] ?? 'r',
      column: placement.columns[k] ?? 0,
      header,
      kind: 'text',
    })),
    values: byRow,
    width: placement.width,
  };
}

describe('mergeManagedColumns', () => {
  it('writes the managed cells of each customer on its own row, padding short user rows', () => {
    const table: TableData = {
      header: ['姓名', '手机', '备注'],
      rows: [['张三', '13912345678'], [], ['李四', null, '老客户']],
    };
    const write = writeOf(table, ['R', '客户分群'], [[5, '冠军客户'], null, ['', '潜在客户']]);
    expect(mergeManagedColumns([table.header, ...table.rows], write)).toEqual([
      ['姓名', '手机', '备注', 'R', '客户分群'],
      ['张三', '13912345678', null, 5, '冠军客户'],
      [null, null, null, '', ''],
      ['李四', null, '老客户', '', '潜在客户'],
    ]);
  });

  it('copies title lines above the header and notes below the table untouched', () => {
    const table: TableData = { header: ['姓名'], rows: [['张三']], headerRow: 2 };
    const write = { ...writeOf(table, ['R'], []), headerRow: 2, lastRow: 3, values: new Map([[3, [5]]]) };
    expect(mergeManagedColumns([['客户台账'], ['姓名'], ['张三'], ['制表人：王芳']], write)).toEqual([
      ['客户台账'],
      ['姓名', 'R'],
      ['张三', 5],
      ['制表人：王芳'],
    ]);
  });

  it('overwrites its own columns on a re-run and keeps the user columns in place', () => {
    const start: TableData = { header: ['姓名'], rows: [['张三']] };
    const [header = [], ...rows] = mergeManagedColumns(
      [start.header, ...start.rows],
      writeOf(start, zh, [zh.map((_, i) => i)]),
    );
    const first: TableData = { header: header.map(String), rows };
    const second = mergeManagedColumns(
      [first.header, ...first.rows],
      writeOf(first, en, [en.map(() => 'x')]),
    );
    expect(second).toEqual([
      ['姓名', ...en],
      ['张三', ...en.map(() => 'x')],
    ]);
  });

  it('never changes a user cell (property)', () => {
    const cell: fc.Arbitrary<Cell> = fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.boolean());
    fc.assert(
      fc.property(
        fc.array(fc.string(), { minLength: 1, maxLength: 6 }),
        fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 8 }),
        (header, rows) => {
          const plain = header.map((h) => `user ${h}`); // never a managed header
          const input: TableData = { header: plain, rows };
          const write = writeOf(
            input,
            zh,
            rows.map(() => zh.map(() => 1)),
          );
          const [merged = [], ...mergedRows] = mergeManagedColumns([plain, ...rows], write);
          expect(merged.slice(0, plain.length)).toEqual(plain);
          // Merged a run of rows at a time (a large sheet written piece by piece): the same rows.
          const sheet = [plain, ...rows];
          const runs = [0, 1, 2, 3, 4, 5, 6, 7, 8].flatMap((from) =>
            from % 3 === 0 ? mergeManagedColumns(sheet.slice(from, from + 3), write, from + 1) : [],
          );
          expect(runs).toEqual([merged, ...mergedRows]);
          mergedRows.forEach((row, i) => {
            const original = rows[i] ?? [];
            original.forEach((c, j) => {
              expect(row[j]).toBe(c);
            });
            expect(row.slice(-zh.length)).toEqual(zh.map(() => 1));
          });
        },
      ),
    );
  });
});
