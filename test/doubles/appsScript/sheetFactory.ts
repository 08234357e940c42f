/** How the Spreadsheet service's objects find each other and the models behind them. */
import type { Block } from './block.ts';
import { ScriptError } from './scriptError.ts';
import type { SheetModel } from './sheetModel.ts';
import type { SpreadsheetModel } from './spreadsheetModel.ts';

/** Builds the Spreadsheet, Sheet and Range objects handed out (getSheet, getMergedRanges…). */
export interface SheetFactory {
  spreadsheet(book: SpreadsheetModel): unknown;
  sheet(book: SpreadsheetModel, model: SheetModel): unknown;
  range(book: SpreadsheetModel, model: SheetModel, block: Block): unknown;
}

/** Where a Range or Sheet object of the double points (kept off its enumerable methods). */
export const HOME = Symbol('home');
export interface Home {
  book: SpreadsheetModel;
  model: SheetModel;
}

export function homeOf(object: unknown): Home {
  const home = (object as { [HOME]?: Home } | null)?.[HOME];
  if (!home) throw new ScriptError('Invalid argument: not a range or sheet of this spreadsheet service');
  return home;
}
