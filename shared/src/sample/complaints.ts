import type { ComplaintStage } from '../model/keys.ts';
import { type Random, WeightedPicker } from '../random/random.ts';

/** Stage names as a Chinese service team writes them (受理 → … → 已关闭). */
export const STAGE_LABELS_ZH: Record<ComplaintStage, string> = {
  received: '受理',
  investigating: '调查核实',
  resolving: '制定解决方案',
  feedback: '反馈处理结果',
  revisit: '回访',
  closed: '已关闭',
};

type OpenStage = Exclude<ComplaintStage, 'closed'>;

const OPEN_STAGES: readonly OpenStage[] = ['received', 'investigating', 'resolving', 'feedback', 'revisit'];

/** Typical days spent in each stage, and the default SLA a task becomes overdue after. */
const STAGE_DAYS: Record<OpenStage, { min: number; max: number; sla: number }> = {
  received: { min: 0, max: 1, sla: 1 },
  investigating: { min: 1, max: 4, sla: 3 },
  resolving: { min: 1, max: 3, sla: 2 },
  feedback: { min: 0, max: 2, sla: 1 },
  revisit: { min: 2, max: 8, sla: 7 },
};

const LATEST_STAGE = new WeightedPicker<ComplaintStage>([
  ['closed', 50],
  ['received', 10],
  ['investigating', 12],
  ['resolving', 10],
  ['feedback', 8],
  ['revisit', 10],
]);

const SUMMARIES_ZH: readonly string[] = [
  '交货延迟三天，影响生产排期',
  '产品包装破损，部分货物受潮',
  '发票抬头开错，需要重开',
  '售后响应慢，电话多次无人接听',
  '收到的型号与订单不符',
  '价格与报价单不一致',
  '安装师傅未按约定时间上门',
  '退货款项迟迟未到账',
  '质量问题：使用一周后出现故障',
  '客服态度不好',
];
const SUMMARIES_EN: readonly string[] = [
  'Shipment arrived a week late',
  'Wrong item shipped',
  'Invoice amount incorrect',
  'Damaged packaging on delivery',
  'No reply from support for several days',
];

/** One complaint of the sample, in day numbers. */
export interface ComplaintDraft {
  customer: number;
  opened: number;
  stage: ComplaintStage;
  stageDay: number;
  closed: number | null;
  summary: string;
  satisfaction: number | null;
}

/**
 * The complaints of one customer, the latest last: older ones closed, the latest in any stage,
 * a third of the open ones past their stage's SLA so the workflow has something to escalate.
 */
export function draftComplaints(
  random: Random,
  customer: number,
  english: boolean,
  firstPurchase: number,
  today: number,
): ComplaintDraft[] {
  const summaries = english ? SUMMARIES_EN : SUMMARIES_ZH;
  const drafts: ComplaintDraft[] = [];
  if (random.chance(0.15)) {
    const opened = Math.max(firstPurchase, today - 540) + random.int(120);
    const closed = Math.min(opened + closedAfter(random), today - 30);
    drafts.push(closedDraft(random, customer, Math.min(opened, closed), closed, random.pick(summaries)));
  }
  const stage = LATEST_STAGE.pick(random);
  if (stage === 'closed') {
    const opened = Math.max(firstPurchase, today - 365 + random.int(350));
    const closed = Math.min(opened + closedAfter(random), today - 1);
    drafts.push(closedDraft(random, customer, Math.min(opened, closed), closed, random.pick(summaries)));
    return drafts;
  }
  const { sla } = STAGE_DAYS[stage];
  const inStage = random.chance(0.33) ? sla + random.between(1, 14) : random.between(0, sla);
  const stageDay = today - inStage;
  let opened = stageDay;
  for (const previous of OPEN_STAGES) {
    if (previous === stage) break;
    opened -= durationOf(random, previous);
  }
  drafts.push({
    customer,
    opened,
    stage,
    stageDay,
    closed: null,
    summary: random.pick(summaries),
    satisfaction: null,
  });
  return drafts;
}

function durationOf(random: Random, stage: OpenStage): number {
  const { min, max } = STAGE_DAYS[stage];
  return random.between(min, max);
}

function closedAfter(random: Random): number {
  let days = 0;
  for (const stage of OPEN_STAGES) days += durationOf(random, stage);
  return days;
}

function closedDraft(
  random: Random,
  customer: number,
  opened: number,
  closed: number,
  summary: string,
): ComplaintDraft {
  return {
    customer,
    opened,
    stage: 'closed',
    stageDay: closed,
    closed,
    summary,
    // Satisfaction after a complaint skews lower than the customer base, and is often not asked.
    satisfaction: random.chance(0.7) ? random.pick([1, 2, 3, 3, 4, 4, 4, 5, 5]) : null,
  };
}
