import { type NumberFormatter, numberFormatter } from './formatNumbers.ts';
import type { ReportModel } from './reportModel.ts';
import { type ReportTexts, reportTexts } from './reportTexts.ts';

/** What every section renderer needs: the model, its texts and number formats. */
export interface RenderContext {
  model: ReportModel;
  t: ReportTexts;
  fmt: NumberFormatter;
}

export function renderContext(model: ReportModel): RenderContext {
  return { model, t: reportTexts(model.language), fmt: numberFormatter(model.currency) };
}

/** How a customer is named in tables: name, else id, else the sheet row. */
export function customerDisplay(
  name: string | null,
  id: string | null,
  row: number,
  t: ReportTexts,
): { primary: string; secondary: string } {
  if (name !== null && name !== '') return { primary: name, secondary: id ?? '' };
  if (id !== null && id !== '') return { primary: id, secondary: '' };
  return { primary: `${t.row} ${row}`, secondary: '' };
}
