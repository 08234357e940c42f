import { type CellBlock, columnLetter } from '@crm/shared';

/**
 * The blocks of a grid whose cells hold text, as few as possible: for each column the runs of
 * rows holding text or nothing (empty cells may be formatted as text too), then side-by-side
 * runs over the same rows joined. `origin` is the grid's top-left cell (1-based).
 */
export function textBlocks(
  values: readonly (readonly unknown[])[],
  origin: { row: number; column: number } = { row: 1, column: 1 },
): CellBlock[] {
  const width = values[0]?.length ?? 0;
  const runs: CellBlock[] = [];
  for (let c = 0; c < width; c++) {
    let start = -1;
    let lastText = -1;
    const close = () => {
      if (start >= 0 && lastText >= start)
        runs.push({
          row: origin.row + start,
          column: origin.column + c,
          rows: lastText - start + 1,
          columns: 1,
        });
      start = -1;
      lastText = -1;
    };
    for (let r = 0; r < values.length; r++) {
      const cell = values[r]?.[c];
      if (cell === '' || cell === null || cell === undefined) continue;
      if (typeof cell !== 'string') {
        close();
        continue;
      }
      if (start < 0) start = r;
      lastText = r;
    }
    close();
  }
  return joinSideBySide(runs);
}

function joinSideBySide(runs: CellBlock[]): CellBlock[] {
  const joined: CellBlock[] = [];
  for (const run of runs) {
    const left = joined.find(
      (b) => b.row === run.row && b.rows === run.rows && b.column + b.columns === run.column,
    );
    if (left) left.columns += 1;
    else joined.push({ ...run });
  }
  return joined;
}

/** A1 notation of a block (no sheet name), for Sheet.getRangeList. */
export function blockA1(b: CellBlock): string {
  const start = `${columnLetter(b.column - 1)}${b.row}`;
  if (b.rows === 1 && b.columns === 1) return start;
  return `${start}:${columnLetter(b.column + b.columns - 2)}${b.row + b.rows - 1}`;
}

/**
 * Formats the blocks as plain text (`@`) with one call, before their values are written, so
 * that Sheets keeps the text as written. https://developers.google.com/apps-script/reference/spreadsheet/range-list
 */
export function formatAsText(sheet: GoogleAppsScript.Spreadsheet.Sheet, blocks: readonly CellBlock[]): void {
  if (blocks.length === 0) return;
  sheet.getRangeList(blocks.map(blockA1)).setNumberFormat('@');
}
