import { COMPLAINT_STAGE_LABELS } from '../i18n/labels.ts';
import type { IsoDate } from '../model/dates.ts';
import { toDayNumber } from '../model/dates.ts';
import { COMPLAINT_STAGES, type ComplaintStage } from '../model/keys.ts';
import type { ComplaintRecord, CustomerRecord } from '../model/records.ts';
import type { CustomerClassification } from '../model/results.ts';
import { fillTemplate } from './fillTemplate.ts';
import { SURVEY_WITHIN_DAYS } from './lookBack.ts';
import type { TaskCollector } from './taskCollector.ts';
import { dateText, FRAGMENTS, MESSAGE_TEMPLATES, NEXT_STEP, REASON_TEMPLATES } from './templates.ts';

/** The built-in SLA (days per stage), used for stages a partial configuration leaves out. */
export const DEFAULT_COMPLAINT_SLA_DAYS: Readonly<Record<Exclude<ComplaintStage, 'closed'>, number>> = {
  received: 1,
  investigating: 3,
  resolving: 2,
  feedback: 1,
  revisit: 7,
};

const SUMMARY_MAX_CHARS = 40;

/** The customer a complaint belongs to, as the complaint rules need it. */
export interface ComplaintCustomer {
  record: CustomerRecord;
  classification: CustomerClassification | undefined;
}

/**
 * 投诉处理 and 满意度调查 for one complaint.
 *
 * Open complaint (受理 → 调查核实 → 制定解决方案 → 反馈处理结果 → 回访): one urgent phone task
 * due when the current stage's SLA runs out (stage date, else opened date, + complaintSlaDays);
 * without any date it is due today. Past its SLA it is overdue and escalated to the owner's
 * manager. Open complaints are always listed, whatever the horizon or how old: the stage column,
 * not the last contact, says whether the work is done.
 *
 * Closed complaint: a satisfaction survey surveyDelayDays after closing, for complaints closed in
 * the last SURVEY_WITHIN_DAYS days, unless the complaint already has a satisfaction score or the
 * customer was contacted on or after the survey date.
 */
export function planComplaintTask(
  plan: TaskCollector,
  complaint: ComplaintRecord,
  customer: ComplaintCustomer,
): void {
  if (complaint.stage === 'closed') planSurvey(plan, complaint, customer);
  else planOpenComplaint(plan, complaint, complaint.stage, customer);
}

function planOpenComplaint(
  plan: TaskCollector,
  complaint: ComplaintRecord,
  stage: Exclude<ComplaintStage, 'closed'>,
  { record }: ComplaintCustomer,
): void {
  const lang = plan.language;
  const since: IsoDate | null = complaint.stageDate ?? complaint.openedDate;
  const sla = plan.config.followUps.complaintSlaDays[stage] ?? DEFAULT_COMPLAINT_SLA_DAYS[stage];
  const due = since === null ? plan.today : toDayNumber(since) + sla;
  const overdueDays = Math.max(0, plan.today - due);
  const next = COMPLAINT_STAGES[COMPLAINT_STAGES.indexOf(stage) + 1] ?? 'closed';
  const stageLabel = COMPLAINT_STAGE_LABELS[stage][lang];
  const summary = complaint.summary?.trim().replace(/\s+/g, ' ') ?? '';
  plan.add(record, {
    kind: 'complaint',
    due,
    key: `${complaint.table}-${complaint.row}:${stage}`,
    priority: 'urgent',
    channel: 'phone',
    escalate: overdueDays > 0,
    reason: fillTemplate(REASON_TEMPLATES.complaint[lang], {
      stage: stageLabel,
      since: since ?? FRAGMENTS.unknownDate[lang],
      interval: plan.days(sla),
      nextStage: next === 'closed' ? FRAGMENTS.closeCase[lang] : COMPLAINT_STAGE_LABELS[next][lang],
      overdue:
        overdueDays > 0 ? fillTemplate(FRAGMENTS.overdue[lang], { overdueDays: plan.days(overdueDays) }) : '',
    }),
    message: plan.message(MESSAGE_TEMPLATES.complaint[lang], record, {
      stage: stageLabel,
      nextStep: NEXT_STEP[stage][lang],
      complaintSummary:
        summary === '' ? '' : fillTemplate(FRAGMENTS.complaintSummary[lang], { summary: clip(summary) }),
    }),
  });
}

function planSurvey(
  plan: TaskCollector,
  complaint: ComplaintRecord,
  { record, classification }: ComplaintCustomer,
): void {
  const closed = complaint.closedDate ?? complaint.stageDate;
  if (closed === null || complaint.satisfaction !== null) return;
  const closedDay = toDayNumber(closed);
  if (closedDay < plan.today - SURVEY_WITHIN_DAYS || closedDay > plan.today) return;
  const delay = plan.config.followUps.surveyDelayDays;
  const due = closedDay + delay;
  if (due > plan.horizonEnd) return;
  if (record.lastContact !== null && toDayNumber(record.lastContact) >= due) return;
  const lang = plan.language;
  const highValue = classification?.valueTier === 'high';
  plan.add(record, {
    kind: 'satisfaction-survey',
    due,
    key: `${complaint.table}-${complaint.row}`,
    priority: highValue ? 'high' : 'medium',
    channel: highValue ? 'phone' : 'wechat',
    reason: fillTemplate(REASON_TEMPLATES.survey[lang], { closedDate: closed, interval: plan.days(delay) }),
    message: plan.message(MESSAGE_TEMPLATES['satisfaction-survey'][lang], record, {
      closedDate: dateText(closed, lang),
    }),
  });
}

function clip(text: string): string {
  const chars = Array.from(text);
  return chars.length <= SUMMARY_MAX_CHARS ? text : `${chars.slice(0, SUMMARY_MAX_CHARS - 1).join('')}…`;
}
