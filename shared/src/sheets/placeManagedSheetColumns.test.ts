import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contiguousColumnRuns, placeManagedSheetColumns } from './placeManagedSheetColumns.ts';

/** A managed column's labels: the one to write first, then the other language's. */
const MANAGED: { key: string; labels: string[] }[] = [
  { key: 'r', labels: ['R'] },
  { key: 'f', labels: ['F'] },
  { key: 'm', labels: ['M'] },
  { key: 'segment', labels: ['客户分群', 'Segment'] },
  { key: 'lifecycle', labels: ['生命周期', 'Lifecycle'] },
];
const ZH_HEADERS = MANAGED.map((m) => m.labels[0] ?? '');
const EN_HEADERS = MANAGED.map((m) => m.labels[m.labels.length - 1] ?? '');

describe('placeManagedSheetColumns', () => {
  it('appends the managed columns to the right of the user columns on a first run', () => {
    const placement = placeManagedSheetColumns(['客户编号', '姓名', '备注'], ZH_HEADERS);
    expect(placement.columnOf).toEqual([3, 4, 5, 6, 7]);
    expect(placement.appendAt).toBe(3);
    expect(placement.headerRow).toEqual(['客户编号', '姓名', '备注', 'R', 'F', 'M', '客户分群', '生命周期']);
  });

  it('re-uses the columns written in the other language and renames their headers', () => {
    const header = ['Customer ID', 'Name', 'R', 'F', 'M', 'Segment', 'Lifecycle'];
    const placement = placeManagedSheetColumns(header, ZH_HEADERS);
    expect(placement.columnOf).toEqual([2, 3, 4, 5, 6]);
    expect(placement.headerRow.slice(5)).toEqual(['客户分群', '生命周期']);
    expect(placeManagedSheetColumns(placement.headerRow, EN_HEADERS).headerRow).toEqual(header);
  });

  it('keeps a user column that added after the managed ones and appends a missing managed column after it', () => {
    const header = ['姓名', 'R', 'F', 'M', '客户分群', '我的备注'];
    const placement = placeManagedSheetColumns(header, ZH_HEADERS);
    expect(placement.columnOf).toEqual([1, 2, 3, 4, 6]);
    expect(placement.headerRow).toEqual(['姓名', 'R', 'F', 'M', '客户分群', '我的备注', '生命周期']);
  });

  it('never takes over a lone user column that happens to be called "Segment" or "M"', () => {
    const header = ['Name', 'Segment', 'M'];
    const placement = placeManagedSheetColumns(header, ZH_HEADERS);
    expect(placement.columnOf).toEqual([3, 4, 5, 6, 7]);
    expect(placement.headerRow.slice(0, 3)).toEqual(header);
  });

  it('matches headers ignoring surrounding spaces', () => {
    const placement = placeManagedSheetColumns(['name', ' R ', 'F', 'M', ' Segment'], ZH_HEADERS);
    expect(placement.columnOf).toEqual([1, 2, 3, 4, 5]);
  });

  it('never takes a user column whose header only resembles ours (fast-check counterexample)', () => {
    const placement = placeManagedSheetColumns(['m', 'R', '生命周期', 'F'], ZH_HEADERS);
    expect(placement.headerRow[0]).toBe('m');
    expect(placement.columnOf).not.toContain(0);
  });

  it('never changes a user column and gives every managed column its own place (property)', () => {
    const headerCell = fc.oneof(
      fc.constantFrom('R', 'F', 'M', 'Segment', '生命周期', '姓名', '', '备注'),
      fc.string(),
    );
    fc.assert(
      fc.property(fc.array(headerCell, { maxLength: 12 }), (header) => {
        const { columnOf, appendAt, headerRow } = placeManagedSheetColumns(header, ZH_HEADERS);
        expect(new Set(columnOf).size).toBe(columnOf.length);
        expect(appendAt).toBe(header.length);
        const managed = new Set(columnOf);
        header.forEach((text, i) => {
          if (!managed.has(i)) expect(headerRow[i]).toBe(text);
        });
        columnOf.forEach((column, k) => {
          expect(headerRow[column]).toBe(MANAGED[k]?.labels[0]);
          // A re-used column carried one of the managed column's labels.
          if (column < header.length) expect(MANAGED[k]?.labels).toContain(header[column]?.trim());
        });
      }),
    );
  });
});

describe('contiguousColumnRuns', () => {
  it.each([
    { columnOf: [3, 4, 5], runs: [{ start: 3, indexes: [0, 1, 2] }] },
    { columnOf: [5, 3, 4], runs: [{ start: 3, indexes: [1, 2, 0] }] },
    {
      columnOf: [1, 2, 6],
      runs: [
        { start: 1, indexes: [0, 1] },
        { start: 6, indexes: [2] },
      ],
    },
    { columnOf: [], runs: [] },
  ])('groups $columnOf into adjacent runs', ({ columnOf, runs }) => {
    expect(contiguousColumnRuns(columnOf)).toEqual(runs);
  });
});
