import { toDayNumber } from '../../model/dates.ts';
import type { ComplaintRecord } from '../../model/records.ts';
import { SURVEY_WITHIN_DAYS } from '../lookBack.ts';
import type { TaskCollector } from '../taskCollector.ts';
import { dateText, MESSAGE_TEMPLATES, REASON_TEMPLATES } from '../templates.ts';
import type { ComplaintCustomer, FollowUpRule } from './followUpRule.ts';

/**
 * 满意度调查: a survey surveyDelayDays after a complaint closes, for complaints closed in the last
 * SURVEY_WITHIN_DAYS days, unless the complaint already has a satisfaction score or the customer
 * was contacted on or after the survey date. High-value customers are asked by phone.
 */
export const satisfactionSurveyRule: FollowUpRule = {
  kinds: ['satisfaction-survey'],
  start: (plan) => ({ forComplaint: (complaint, customer) => planSurvey(plan, complaint, customer) }),
};

function planSurvey(
  plan: TaskCollector,
  complaint: ComplaintRecord,
  { record, classification }: ComplaintCustomer,
): void {
  if (complaint.stage !== 'closed') return;
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
    reason: plan.draft(REASON_TEMPLATES.survey[lang], { closedDate: closed, interval: plan.days(delay) }),
    message: plan.message(MESSAGE_TEMPLATES['satisfaction-survey'][lang], record, {
      closedDate: dateText(closed, lang),
    }),
  });
}
