import { type NumberFormatter, numberFormatter } from './formatNumbers.ts';
import type { FollowUpRow, ReportModel } from './reportModel.ts';
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

/** A task's customer; a batch names its first customer and how many it covers. */
export function taskCustomer(
  { t, fmt }: RenderContext,
  task: FollowUpRow,
): { primary: string; secondary: string } {
  const who = customerDisplay(task.customerName, task.customerId, task.customerRow, t);
  return task.customers > 1 ? { primary: who.primary, secondary: t.batchOf(fmt.count(task.customers)) } : who;
}
