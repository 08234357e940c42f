export { a1Range, columnIndexOf, columnLetter, quotedSheetTitle } from './a1.ts';
export {
  DATA_QUALITY_TABLE_ROW,
  dataQualitySheetLayout,
  dataQualityTable,
} from './dataQualitySheetLayout.ts';
export { followUpsSheetLayout } from './followUpsSheetLayout.ts';
export { CELL_LIMIT_REFUSAL, PROTECTED_REFUSAL } from './googleRefusals.ts';
export { reportSheetLayout } from './reportSheetLayout.ts';
export { REPORT_CHART_COLUMN } from './reportSheetSections.ts';
export { SHEET_COLORS, SheetLayoutBuilder } from './sheetLayoutBuilder.ts';
export {
  isPersonalDataCopyName,
  isToolkitSheetName,
  personalDataCopySheetName,
  reportSheetName,
  SHEET_NAMES,
  type SheetRole,
  sheetName,
  sheetNames,
} from './sheetNames.ts';
