import type { Cell, CellBlock, CellStyle, SheetLayout } from '@crm/shared';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/**
 * Creates a sheet named `name`, or replaces the sheet with that name or one of `replaces`
 * (the same sheet in the other language), and renders the layout: one setValues for all values,
 * then one call per style, merge, width and chart — none of them per data row.
 */
export function writeSheetLayout(
  spreadsheet: Spreadsheet,
  name: string,
  replaces: string[],
  layout: SheetLayout,
): Sheet {
  let index: number | undefined;
  for (const old of new Set([name, ...replaces])) {
    const sheet = spreadsheet.getSheetByName(old);
    if (!sheet) continue;
    // Deleting is the one call that also drops old charts, merges, validation and frozen rows.
    index ??= sheet.getIndex() - 1;
    spreadsheet.deleteSheet(sheet);
  }
  const sheet = spreadsheet.insertSheet(name, index ?? spreadsheet.getSheets().length);
  const rows = layout.rows.length;
  const columns = layout.rows[0]?.length ?? 1;
  const needColumns = Math.max(
    columns,
    layout.columnWidths.length,
    ...layout.charts.map((c) => c.anchor.column),
  );
  // Exactly one resize whatever the size, so the call count does not depend on the rows; spare
  // rows are dropped too (10 M cells per spreadsheet).
  const maxRows = sheet.getMaxRows();
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  else if (maxRows > rows + 1) sheet.deleteRows(rows + 2, maxRows - rows - 1);
  if (sheet.getMaxColumns() < needColumns) {
    sheet.insertColumnsAfter(sheet.getMaxColumns(), needColumns - sheet.getMaxColumns());
  }
  sheet.getRange(1, 1, rows, columns).setValues(layout.rows.map(toSheetRow));
  for (const style of layout.styles) applyStyle(block(sheet, style), style);
  for (const merge of layout.merges) block(sheet, merge).merge();
  if (layout.frozenRows > 0) sheet.setFrozenRows(layout.frozenRows);
  layout.columnWidths.forEach((width, i) => {
    sheet.setColumnWidth(i + 1, width);
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

/** Cells as Apps Script takes them: null → ''. Dates and numbers stay typed. */
function toSheetRow(row: Cell[]): (string | number | boolean | Date)[] {
  return row.map((cell) => (cell === null ? '' : cell));
}
