import type { IsoDate } from '../model/dates.ts';
import { type Language, PRIORITIES } from '../model/keys.ts';
import type { FollowUpTask } from '../model/results.ts';
import { followUpsTable } from '../pipeline/followUpsTable.ts';
import type { SheetLayout } from '../ports/sheetLayout.ts';
import { SHEET_COLORS, SheetLayoutBuilder } from './sheetLayoutBuilder.ts';

const COLUMN_WIDTHS = [96, 64, 90, 96, 120, 90, 72, 260, 420, 80, 64, 150];

const PRIORITY_RANK = new Map<string, number>(PRIORITIES.map((p, i) => [p, i]));

/**
 * The "跟进任务 / Follow-ups" sheet: due and overdue tasks, earliest first, with the
 * header frozen; overdue tasks on a red band and today's on a yellow one. The tasks are sorted
 * here so each band is one block and the number of styles does not grow with the tasks.
 */
export function followUpsSheetLayout(
  tasks: readonly FollowUpTask[],
  language: Language,
  today: IsoDate,
): SheetLayout {
  const sorted = tasks
    .slice()
    .sort(
      (a, b) =>
        (a.due < b.due ? -1 : a.due > b.due ? 1 : 0) ||
        (PRIORITY_RANK.get(a.priority) ?? 9) - (PRIORITY_RANK.get(b.priority) ?? 9),
    );
  const table = followUpsTable(sorted, language);
  const width = table.header.length;
  const layout = new SheetLayoutBuilder(COLUMN_WIDTHS);
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
  while (overdue < sorted.length && (sorted[overdue]?.due ?? today) < today) overdue++;
  let dueToday = overdue;
  while (dueToday < sorted.length && sorted[dueToday]?.due === today) dueToday++;
  layout.style(
    { row: 2, column: 1, rows: overdue, columns: width },
    { background: SHEET_COLORS.overdueBackground },
  );
  layout.style(
    { row: 2 + overdue, column: 1, rows: dueToday - overdue, columns: width },
    { background: SHEET_COLORS.todayBackground },
  );
  if (sorted.length > 0) {
    layout.style({ row: 2, column: 1, rows: sorted.length, columns: 1 }, { numberFormat: 'yyyy-mm-dd' });
    layout.style({ row: 2, column: 8, rows: sorted.length, columns: 2 }, { wrap: true });
  }
  return layout.build();
}
