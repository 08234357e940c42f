import type { SheetGrid } from '../jobs/sheetGrid.ts';

/** Where in a cell a person's data is besides its value: its formula's text, or its note. */
export const CELL_ASIDES = ['formula', 'note'] as const;
export type CellAside = (typeof CELL_ASIDES)[number];

/** The text a cell holds beside its value, with which part of the cell holds it. */
export interface AsideText {
  /** 0-based column. */
  column: number;
  part: CellAside;
  text: string;
}

/**
 * A grid's formula texts (with their leading =, as the cell shows them in the formula bar) and
 * notes, by 1-based sheet row: a spreadsheet reads =HYPERLINK("mailto:…","发邮件") as 发邮件 and
 * keeps a note apart from the value, so a search of the values alone misses both.
 */
export function asidesByRow(grid: SheetGrid): Map<number, AsideText[]> {
  const rows = new Map<number, AsideText[]>();
  const add = (row: number, aside: AsideText) => {
    if (aside.text.trim() === '') return;
    const list = rows.get(row);
    if (list) list.push(aside);
    else rows.set(row, [aside]);
  };
  for (const [row, cells] of grid.formulas ?? [])
    for (const f of cells) add(row, { column: f.column, part: 'formula', text: `=${f.formula}` });
  for (const [row, cells] of grid.notes ?? [])
    for (const n of cells) add(row, { column: n.column, part: 'note', text: n.text });
  return rows;
}

/** The note on a cell ('' when none). */
export function noteAt(grid: SheetGrid, row: number, column: number): string {
  return grid.notes?.get(row)?.find((n) => n.column === column)?.text ?? '';
}
