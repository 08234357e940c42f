import { FOLLOW_UP_COLUMNS, type FollowUpColumn, followUpHeader } from '../followups/followUpColumns.ts';
import { CHANNEL_LABELS, FOLLOW_UP_KIND_LABELS, label, PRIORITY_LABELS } from '../i18n/labels.ts';
import type { Language } from '../model/keys.ts';
import type { FollowUpTask } from '../model/results.ts';
import type { Cell, TableData } from '../model/table.ts';
import { boundedList } from './boundedList.ts';

/** The mark of a task to escalate. */
const YES: Record<Language, string> = { zh: '是', en: 'yes' };

/** How a batch lists its customers in one cell, and says how many more it covers. */
const LIST_SEPARATOR: Record<Language, string> = { zh: '、', en: ', ' };
const MORE_CUSTOMERS: Record<Language, (count: number) => string> = {
  zh: (count) => ` 等另外 ${count} 位`,
  en: (count) => ` and ${count} more`,
};

/**
 * Follow-up tasks as a table for a .csv/.xlsx file or the follow-up sheet, labels in
 * `language`, in task order. A done task carries its 完成/Done mark as the user wrote it, so a
 * rewrite never loses one; a batch lists the customers it covers, as many as a cell holds.
 */
export function followUpsTable(tasks: readonly FollowUpTask[], language: Language): TableData {
  return {
    header: followUpHeader(language),
    rows: tasks.map((task) => {
      const cells = taskCells(task, language);
      return FOLLOW_UP_COLUMNS.map((column) => cells[column]);
    }),
  };
}

function taskCells(task: FollowUpTask, language: Language): Record<FollowUpColumn, Cell> {
  const list = (values: (string | null)[]) =>
    boundedList(
      values.map((v) => v ?? ''),
      LIST_SEPARATOR[language],
      MORE_CUSTOMERS[language],
    );
  return {
    done: task.done?.mark ?? '',
    due: task.due,
    priority: label(PRIORITY_LABELS, task.priority, language),
    kind: label(FOLLOW_UP_KIND_LABELS, task.kind, language),
    customerId: task.batch ? list(task.batch.map((m) => m.id)) : (task.customerId ?? ''),
    customer: task.batch ? list(task.batch.map((m) => m.name ?? m.id)) : (task.customerName ?? ''),
    owner: task.owner ?? '',
    channel: label(CHANNEL_LABELS, task.channel, language),
    reason: task.reason,
    message: task.message,
    overdueDays: task.overdueDays,
    escalate: task.escalate ? YES[language] : '',
    taskId: task.id,
  };
}
