import { COMPLAINT_STAGE_LABELS } from '../../i18n/labels.ts';
import { type IsoDate, toDayNumber } from '../../model/dates.ts';
import { COMPLAINT_STAGES, type ComplaintStage } from '../../model/keys.ts';
import type { ComplaintRecord } from '../../model/records.ts';
import { fillTemplate } from '../fillTemplate.ts';
import type { TaskCollector } from '../taskCollector.ts';
import { FRAGMENTS, MESSAGE_TEMPLATES, NEXT_STEP, REASON_TEMPLATES, workingDaysText } from '../templates.ts';
import type { ComplaintCustomer, FollowUpRule } from './followUpRule.ts';

/** The built-in SLA (days per stage), used for stages a partial configuration leaves out. */
export const DEFAULT_COMPLAINT_SLA_DAYS: Readonly<Record<Exclude<ComplaintStage, 'closed'>, number>> = {
  received: 1,
  investigating: 3,
  resolving: 2,
  feedback: 1,
  revisit: 7,
};

// Enough of the summary to recognise the complaint on the phone; the sheet keeps the full text.
const SUMMARY_MAX_CHARS = 40;

/**
 * 投诉处理: for an open complaint (受理 → 调查核实 → 制定解决方案 → 反馈处理结果 → 回访), one
 * urgent phone task due when the current stage's SLA runs out (stage date, else opened date, +
 * complaintSlaDays, counted in the team's working days unless complaintSlaCount says calendar
 * days: a complaint received on Friday with one day's SLA is due on Monday); without any date it
 * is due today. Past its SLA it is overdue (by real days) and escalated to the owner's manager. Open complaints are always listed, whatever the horizon or how old: the
 * stage column, not the last contact, says whether the work is done.
 */
export const complaintSlaRule: FollowUpRule = {
  kinds: ['complaint'],
  start: (plan) => ({ forComplaint: (complaint, customer) => planComplaintStep(plan, complaint, customer) }),
};

function planComplaintStep(
  plan: TaskCollector,
  complaint: ComplaintRecord,
  { record }: ComplaintCustomer,
): void {
  const stage = complaint.stage;
  if (stage === 'closed') return;
  const lang = plan.language;
  const since: IsoDate | null = complaint.stageDate ?? complaint.openedDate;
  const sla = plan.config.followUps.complaintSlaDays[stage] ?? DEFAULT_COMPLAINT_SLA_DAYS[stage];
  const workingDays = plan.config.followUps.complaintSlaCount === 'working-days';
  const due =
    since === null
      ? plan.today
      : workingDays
        ? plan.calendar.addWorkingDays(toDayNumber(since), sla)
        : toDayNumber(since) + sla;
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
    reason: plan.draft(REASON_TEMPLATES.complaint[lang], {
      stage: stageLabel,
      since: since ?? FRAGMENTS.unknownDate[lang],
      interval: workingDays ? workingDaysText(sla, lang) : plan.days(sla),
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

function clip(text: string): string {
  const chars = Array.from(text);
  return chars.length <= SUMMARY_MAX_CHARS ? text : `${chars.slice(0, SUMMARY_MAX_CHARS - 1).join('')}…`;
}
