import { type Cell, type CellBlock, type CellStyle, isIsoDate, type SheetLayout } from '@crm/shared';
import { assertRoomFor, cellCount, SPREADSHEET_CELL_LIMIT } from './cellLimit.ts';
import type { SheetValue } from './cellTypes.ts';
import type { JobContext } from './jobContext.ts';
import { layoutGrid } from './layoutGrid.ts';
import { assertWritable } from './protections.ts';
import { dateSerial, isDateFormat } from './spreadsheetDates.ts';
import { formatAsText, textBlocks } from './textBlocks.ts';
import { withUndo } from './undoLog.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** Cells of the grid Sheets gives a new sheet (1000 rows × 26 columns). */
const NEW_SHEET_CELLS = 1000 * 26;

/**
 * Writes a sheet the toolkit owns (data quality, follow-ups, report): built whole under a
 * temporary name, then swapped in for its earlier copy (also the one named in the other
 * language), so a failure half-way leaves the old sheet as it was. Text is written as text and
 * dates as calendar days; the grid is trimmed to the rows and columns the layout uses (every
 * cell counts toward the 10 M-cell limit). One setValues for all values, then one call per
 * style, merge, width and chart — none of them per data row.
 */
export function writeSheetLayout(
  ctx: JobContext,
  name: string,
  replaces: string[],
  layout: SheetLayout,
): Sheet {
  const { spreadsheet, messages } = ctx;
  const old = [...new Set([name, ...replaces])].flatMap((n) => spreadsheet.getSheetByName(n) ?? []);
  // Deleting a sheet that holds a protection the user may not edit fails: refuse first.
  assertWritable(
    spreadsheet,
    old.map((sheet) => ({
      sheet,
      row: 1,
      column: 1,
      rows: sheet.getMaxRows(),
      columns: sheet.getMaxColumns(),
    })),
    messages,
  );
  const grid = layoutGrid(layout);
  const values = sheetValues(layout);
  const index =
    old.length > 0 ? Math.min(...old.map((s) => s.getIndex() - 1)) : spreadsheet.getSheets().length;
  const needed = Math.max(NEW_SHEET_CELLS, grid.rows * grid.columns);
  if (cellCount(spreadsheet) + needed > SPREADSHEET_CELL_LIMIT) {
    // No room for both copies at once: the old one goes first (it is the toolkit's, rebuilt here).
    for (const sheet of old) spreadsheet.deleteSheet(sheet);
    assertRoomFor(spreadsheet, needed, messages);
    return render(
      spreadsheet.insertSheet(name, Math.min(index, spreadsheet.getSheets().length)),
      layout,
      grid,
      values,
    );
  }
  const sheet = withUndo((log) => {
    const fresh = spreadsheet.insertSheet(temporaryName(spreadsheet, name), index);
    log.did(() => spreadsheet.deleteSheet(fresh));
    return render(fresh, layout, grid, values);
  });
  for (const previous of old) spreadsheet.deleteSheet(previous);
  sheet.setName(name);
  return sheet;
}

function render(
  sheet: Sheet,
  layout: SheetLayout,
  grid: { rows: number; columns: number },
  values: SheetValue[][],
): Sheet {
  resize(sheet, grid.rows, grid.columns);
  const rows = values.length;
  const columns = values[0]?.length ?? 1;
  formatAsText(sheet, textBlocks(values));
  sheet.getRange(1, 1, rows, columns).setValues(values);
  for (const style of layout.styles) applyStyle(block(sheet, style), style);
  for (const merge of layout.merges) block(sheet, merge).merge();
  if (layout.frozenRows > 0) sheet.setFrozenRows(layout.frozenRows);
  layout.columnWidths.forEach((width, i) => {
    if (i < grid.columns) sheet.setColumnWidth(i + 1, width);
  });
  for (const chart of layout.charts) {
    const built = sheet
      .newChart()
      .setChartType(Charts.ChartType[chart.type])
      .addRange(block(sheet, chart.data))
      .setNumHeaders(1)
      .setPosition(chart.anchor.row, chart.anchor.column, 0, 0)
      .setOption('title', chart.title)
      .setOption('width', chart.width)
      .setOption('height', chart.height)
      .setOption('legend', { position: chart.type === 'PIE' ? 'right' : 'none' })
      .build();
    sheet.insertChart(built);
  }
  return sheet;
}

/** Exactly the rows and columns wanted: one call each way, whatever the size. */
function resize(sheet: Sheet, rows: number, columns: number): void {
  const maxColumns = sheet.getMaxColumns();
  if (maxColumns > columns) sheet.deleteColumns(columns + 1, maxColumns - columns);
  const maxRows = sheet.getMaxRows();
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  else if (maxRows > rows) sheet.deleteRows(rows + 1, maxRows - rows);
  if (maxColumns < columns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

/**
 * The layout's cells as Apps Script takes them: null → ''; an ISO day in a block styled with a
 * date format → its serial number (a calendar day in every time zone); the rest as they are.
 */
function sheetValues(layout: SheetLayout): SheetValue[][] {
  const dateBlocks = layout.styles.filter(
    (s) => s.numberFormat !== undefined && isDateFormat(s.numberFormat),
  );
  const inDateBlock = (r: number, c: number) =>
    dateBlocks.some((b) => r >= b.row && r < b.row + b.rows && c >= b.column && c < b.column + b.columns);
  return layout.rows.map((row, i) =>
    row.map((cell: Cell, j) => {
      if (cell === null) return '';
      if (typeof cell === 'string' && isIsoDate(cell) && inDateBlock(i + 1, j + 1)) return dateSerial(cell);
      return cell;
    }),
  );
}

function temporaryName(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, name: string): string {
  let candidate = `${name} …`;
  for (let n = 2; spreadsheet.getSheetByName(candidate); n++) candidate = `${name} … ${n}`;
  return candidate;
}

function block(sheet: Sheet, b: CellBlock): Range {
  return sheet.getRange(b.row, b.column, b.rows, b.columns);
}

function applyStyle(range: Range, style: CellStyle): void {
  if (style.bold) range.setFontWeight('bold');
  if (style.italic) range.setFontStyle('italic');
  if (style.fontSize) range.setFontSize(style.fontSize);
  if (style.fontColor) range.setFontColor(style.fontColor);
  if (style.background) range.setBackground(style.background);
  if (style.numberFormat) range.setNumberFormat(style.numberFormat);
  if (style.horizontalAlignment) range.setHorizontalAlignment(style.horizontalAlignment);
  if (style.wrap) range.setWrap(true);
}
