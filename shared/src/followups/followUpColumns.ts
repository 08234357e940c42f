import type { Language } from '../model/keys.ts';

/**
 * The columns of the follow-up sheet (跟进任务 / Follow-ups), in order. 完成/Done comes first, where a
 * tick is quickest to make; the next run reads it back by its header (in either language), with
 * 任务编号/Task ID and 到期日/Due, wherever the user has moved the columns.
 */
export const FOLLOW_UP_COLUMNS = [
  'done',
  'due',
  'priority',
  'kind',
  'customerId',
  'customer',
  'owner',
  'channel',
  'reason',
  'message',
  'overdueDays',
  'escalate',
  'taskId',
] as const;
export type FollowUpColumn = (typeof FOLLOW_UP_COLUMNS)[number];

export const FOLLOW_UP_COLUMN_LABELS: Readonly<Record<FollowUpColumn, Readonly<Record<Language, string>>>> = {
  done: { zh: '完成', en: 'Done' },
  due: { zh: '到期日', en: 'Due' },
  priority: { zh: '优先级', en: 'Priority' },
  kind: { zh: '类型', en: 'Kind' },
  customerId: { zh: '客户编号', en: 'Customer ID' },
  customer: { zh: '客户', en: 'Customer' },
  owner: { zh: '负责人', en: 'Owner' },
  channel: { zh: '渠道', en: 'Channel' },
  reason: { zh: '原因', en: 'Reason' },
  message: { zh: '话术', en: 'Message' },
  overdueDays: { zh: '逾期天数', en: 'Days overdue' },
  escalate: { zh: '需升级', en: 'Escalate' },
  taskId: { zh: '任务编号', en: 'Task ID' },
};

/** The column headers in a language. */
export function followUpHeader(language: Language): string[] {
  return FOLLOW_UP_COLUMNS.map((column) => FOLLOW_UP_COLUMN_LABELS[column][language]);
}
