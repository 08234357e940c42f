import { FOLLOW_UP_COLUMNS, type FollowUpColumn } from '../followups/followUpColumns.ts';
import type { IsoDate } from '../model/dates.ts';
import { type Language, PRIORITIES } from '../model/keys.ts';
import type { FollowUpTask } from '../model/results.ts';
import { followUpsTable } from '../pipeline/followUpsTable.ts';
import type { SheetLayout } from '../ports/sheetLayout.ts';
import { SHEET_COLORS, SheetLayoutBuilder } from './sheetLayoutBuilder.ts';

/** Pixel widths of the columns, by column (FOLLOW_UP_COLUMNS order). */
const WIDTHS: Readonly<Record<FollowUpColumn, number>> = {
  done: 56,
  due: 96,
  priority: 64,
  kind: 90,
  customerId: 96,
  customer: 120,
  owner: 90,
  channel: 72,
  reason: 260,
  message: 420,
  overdueDays: 80,
  escalate: 64,
  taskId: 150,
};

const PRIORITY_RANK = new Map<string, number>(PRIORITIES.map((p, i) => [p, i]));

const column = (key: FollowUpColumn) => FOLLOW_UP_COLUMNS.indexOf(key) + 1;

/**
 * The "跟进任务 / Follow-ups" sheet: open tasks earliest first, with the header frozen; overdue
 * tasks on a red band and today's on a yellow one; done tasks below them, greyed, with the Done
 * marks the user made (the sheet is rewritten whole, and the next run reads the marks back). The
 * tasks are sorted here so each band is one block and the number of styles does not grow with
 * the tasks.
 */
export function followUpsSheetLayout(
  tasks: readonly FollowUpTask[],
  language: Language,
  today: IsoDate,
): SheetLayout {
  const byDue = (a: FollowUpTask, b: FollowUpTask) =>
    (a.due < b.due ? -1 : a.due > b.due ? 1 : 0) ||
    (PRIORITY_RANK.get(a.priority) ?? 9) - (PRIORITY_RANK.get(b.priority) ?? 9);
  const open = tasks.filter((t) => t.done === null).sort(byDue);
  const done = tasks.filter((t) => t.done !== null).sort(byDue);
  const table = followUpsTable([...open, ...done], language);
  const width = table.header.length;
  const layout = new SheetLayoutBuilder(FOLLOW_UP_COLUMNS.map((c) => WIDTHS[c]));
  layout.row(table.header);
  layout.block(table.rows);
  layout.freeze(1);
  layout.style(
    { row: 1, column: 1, rows: 1, columns: width },
    {
      bold: true,
      background: SHEET_COLORS.headerBackground,
      fontColor: SHEET_COLORS.headerText,
    },
  );
  let overdue = 0;
  while (overdue < open.length && (open[overdue]?.overdueDays ?? 0) > 0) overdue++;
  let dueToday = overdue;
  while (dueToday < open.length && open[dueToday]?.due === today) dueToday++;
  layout.style(
    { row: 2, column: 1, rows: overdue, columns: width },
    { background: SHEET_COLORS.overdueBackground },
  );
  layout.style(
    { row: 2 + overdue, column: 1, rows: dueToday - overdue, columns: width },
    { background: SHEET_COLORS.todayBackground },
  );
  layout.style(
    { row: 2 + open.length, column: 1, rows: done.length, columns: width },
    { fontColor: SHEET_COLORS.muted },
  );
  const rows = tasks.length;
  if (rows > 0) {
    layout.style({ row: 2, column: column('done'), rows, columns: 1 }, { horizontalAlignment: 'center' });
    layout.style({ row: 2, column: column('due'), rows, columns: 1 }, { numberFormat: 'yyyy-mm-dd' });
    layout.style({ row: 2, column: column('reason'), rows, columns: 2 }, { wrap: true });
  }
  return layout.build();
}
