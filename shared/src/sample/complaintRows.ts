import type { Cell } from '../model/table.ts';
import type { Random } from '../random/random.ts';
import { type ComplaintDraft, STAGE_LABELS_ZH } from './complaints.ts';
import type { DateFormats } from './dateFormats.ts';

export const COMPLAINT_HEADER = [
  '客户编号',
  '投诉日期',
  '处理阶段',
  '阶段日期',
  '结案日期',
  '投诉内容',
  '满意度',
] as const;

/** The complaint log in the order complaints came in. */
export function buildComplaintRows(
  drafts: readonly ComplaintDraft[],
  ids: readonly string[],
  dates: DateFormats,
  random: Random,
): Cell[][] {
  const sorted = drafts.slice().sort((x, y) => x.opened - y.opened);
  return sorted.map((draft) => [
    ids[draft.customer] as string,
    dates.messy(draft.opened, random),
    draft.stage === 'closed' && random.chance(0.1) ? '已解决' : STAGE_LABELS_ZH[draft.stage],
    dates.messy(draft.stageDay, random),
    draft.closed === null ? '' : dates.messy(draft.closed, random),
    draft.summary,
    draft.satisfaction ?? '',
  ]);
}
