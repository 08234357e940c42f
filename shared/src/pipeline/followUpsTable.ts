import { CHANNEL_LABELS, FOLLOW_UP_KIND_LABELS, label, PRIORITY_LABELS } from '../i18n/labels.ts';
import type { Language } from '../model/keys.ts';
import type { FollowUpTask } from '../model/results.ts';
import type { TableData } from '../model/table.ts';

/** The mark of a task to escalate. */
const YES: Record<Language, string> = { zh: '是', en: 'yes' };

const HEADERS = {
  zh: [
    '到期日',
    '优先级',
    '类型',
    '客户编号',
    '客户',
    '负责人',
    '渠道',
    '原因',
    '话术',
    '逾期天数',
    '需升级',
    '任务编号',
  ],
  en: [
    'Due',
    'Priority',
    'Kind',
    'Customer ID',
    'Customer',
    'Owner',
    'Channel',
    'Reason',
    'Message',
    'Days overdue',
    'Escalate',
    'Task ID',
  ],
} as const;

/** Follow-up tasks as a table for a .csv/.xlsx file, labels in `language`, in task order. */
export function followUpsTable(tasks: readonly FollowUpTask[], language: Language): TableData {
  const yes = YES[language];
  return {
    header: [...HEADERS[language]],
    rows: tasks.map((task) => [
      task.due,
      label(PRIORITY_LABELS, task.priority, language),
      label(FOLLOW_UP_KIND_LABELS, task.kind, language),
      task.customerId ?? '',
      task.customerName ?? '',
      task.owner ?? '',
      label(CHANNEL_LABELS, task.channel, language),
      task.reason,
      task.message,
      task.overdueDays,
      task.escalate ? yes : '',
      task.id,
    ]),
  };
}
