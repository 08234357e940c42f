import type { SheetLayout } from './sheetLayout.ts';
import type { TablePort } from './table.ts';

/** A whole spreadsheet (a workbook): its sheets as tables, and sheets the toolkit writes. */
export interface SpreadsheetPort {
  /** Spreadsheet locale, e.g. `zh_CN` or `en_US` (chooses the label language by default). */
  readonly locale: string;
  sheetNames(): Promise<string[]>;
  /** The named sheet as a table. */
  table(sheetName: string): TablePort;
  /** Creates the sheet, or replaces the contents of an existing one, with the layout. */
  writeSheet(sheetName: string, layout: SheetLayout): Promise<void>;
}
