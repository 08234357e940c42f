import {
  blocksOverlap,
  type Cell,
  type CellBlock,
  type CellStyle,
  isIsoDate,
  type SheetLayout,
} from '@crm/shared';
import { AddonError } from './AddonError.ts';
import { assertRoomFor, cellCount, SPREADSHEET_CELL_LIMIT } from './cellLimit.ts';
import type { SheetValue } from './cellTypes.ts';
import { caseVariantSheet, freeSheetName } from './freeSheetName.ts';
import type { JobContext } from './jobContext.ts';
import { layoutGrid } from './layoutGrid.ts';
import { assertWritable } from './protections.ts';
import { dateSerial, isDateFormat } from './spreadsheetDates.ts';
import { blockA1, formatAsText, textBlocks } from './textBlocks.ts';
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

/**
 * Refuses, before anything changes, a layout whose name another sheet already has in other
 * letter case ("follow-ups" stops "Follow-ups"): the new sheet could never take its name, and
 * that sheet is not the toolkit's to replace.
 */
export function assertLayoutNameFree(ctx: JobContext, name: string, replaces: readonly string[]): void {
  const own = new Set([name, ...replaces]);
  const other = caseVariantSheet(ctx.spreadsheet, name);
  if (other && !own.has(other.getName()))
    throw new AddonError(ctx.messages.sheetNameTaken(other.getName(), name));
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
  applyStyles(sheet, layout.styles);
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
  return freeSheetName(spreadsheet, `${name} …`, (n) => `${name} … ${n}`);
}

function block(sheet: Sheet, b: CellBlock): Range {
  return sheet.getRange(b.row, b.column, b.rows, b.columns);
}

type Styled = Range | GoogleAppsScript.Spreadsheet.RangeList;
type StyleValue = string | number | boolean;

/** Each style property: its value in a CellStyle, and how one call sets it on a range or a range list. */
const STYLE_PROPERTIES: {
  of: (style: CellStyle) => StyleValue | undefined;
  set: (target: Styled, value: StyleValue) => void;
}[] = [
  { of: (s) => (s.bold ? 'bold' : undefined), set: (t) => t.setFontWeight('bold') },
  { of: (s) => (s.italic ? 'italic' : undefined), set: (t) => t.setFontStyle('italic') },
  { of: (s) => s.fontSize, set: (t, v) => t.setFontSize(Number(v)) },
  { of: (s) => s.fontColor, set: (t, v) => t.setFontColor(String(v)) },
  { of: (s) => s.background, set: (t, v) => t.setBackground(String(v)) },
  { of: (s) => s.numberFormat, set: (t, v) => t.setNumberFormat(String(v)) },
  {
    of: (s) => s.horizontalAlignment,
    set: (t, v) => t.setHorizontalAlignment(v as 'left' | 'center' | 'right'),
  },
  { of: (s) => (s.wrap ? true : undefined), set: (t) => t.setWrap(true) },
];

/**
 * The layout's styles with one call per property and value (a RangeList of every block that
 * takes it) instead of one per block and property: a report has a few hundred styled blocks but
 * a dozen distinct styles, and each call is a round trip to Google. Properties are independent,
 * so only the order of blocks within one property matters; where two blocks overlap with
 * different values of a property, that property is set block by block in the layout's order.
 */
function applyStyles(sheet: Sheet, styles: readonly CellStyle[]): void {
  // A block styled in several properties is fetched once.
  const ranges = new Map<string, Range>();
  const rangeOf = (b: CellBlock): Range => {
    const a1 = blockA1(b);
    let range = ranges.get(a1);
    if (range === undefined) {
      range = block(sheet, b);
      ranges.set(a1, range);
    }
    return range;
  };
  for (const property of STYLE_PROPERTIES) {
    const styled = styles.flatMap((style) => {
      const value = property.of(style);
      return value === undefined ? [] : [{ block: style as CellBlock, value }];
    });
    if (styled.length === 0) continue;
    if (conflicting(styled)) {
      for (const { block: b, value } of styled) property.set(rangeOf(b), value);
      continue;
    }
    const byValue = new Map<StyleValue, CellBlock[]>();
    for (const { block: b, value } of styled) {
      const blocks = byValue.get(value);
      if (blocks === undefined) byValue.set(value, [b]);
      else blocks.push(b);
    }
    for (const [value, blocks] of byValue) {
      const [only] = blocks;
      property.set(
        blocks.length === 1 && only ? rangeOf(only) : sheet.getRangeList(blocks.map(blockA1)),
        value,
      );
    }
  }
}

/** Whether two of the blocks overlap with different values (then the later one must win). */
function conflicting(styled: readonly { block: CellBlock; value: StyleValue }[]): boolean {
  for (let i = 0; i < styled.length; i++) {
    const a = styled[i] as { block: CellBlock; value: StyleValue };
    for (let j = i + 1; j < styled.length; j++) {
      const b = styled[j] as { block: CellBlock; value: StyleValue };
      if (a.value !== b.value && blocksOverlap(a.block, b.block)) return true;
    }
  }
  return false;
}
