/** An Apps Script service error: the bundle sees `Exception: <message>`. */
export class ScriptError extends Error {
  override name = 'Exception';
}

/** Writing where a protection the user may not edit forbids it (Sheets' own wording). */
export const PROTECTED_MESSAGE =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

/** Growing a spreadsheet past 10 million cells. https://support.google.com/drive/answer/37603 */
export const CELL_LIMIT = 10_000_000;
export const CELL_LIMIT_MESSAGE =
  'This action would increase the number of cells in the workbook above the limit of 10000000 cells.';
