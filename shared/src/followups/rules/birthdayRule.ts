import type { CustomerFacts } from '../customerFacts.ts';
import { fillTemplate } from '../fillTemplate.ts';
import { raiseForValue } from '../priorities.ts';
import type { TaskCollector } from '../taskCollector.ts';
import { MESSAGE_TEMPLATES, monthDayText, REASON_TEMPLATES } from '../templates.ts';
import { type YearTable, yearTable } from '../yearTable.ts';
import type { FollowUpRule } from './followUpRule.ts';

/**
 * 生日关怀: a greeting birthdayLeadDays before each birthday within the horizon. Works for
 * `YYYY-MM-DD` and `--MM-DD` birthdays; 02-29 birthdays fall on 02-28 in common years. A missed
 * greeting stays on the list until the birthday itself (at most the lead days overdue); a
 * belated birthday wish is not worth a task. Done when contacted on or after the due date.
 */
export const birthdayRule: FollowUpRule = {
  kinds: ['birthday'],
  start: (plan) => {
    // Every birthday whose greeting falls in the horizon is at most the lead days after it.
    const years = yearTable(plan.today, plan.horizonEnd + plan.config.followUps.birthdayLeadDays);
    return { forCustomer: (facts) => planBirthdays(plan, facts, years) };
  },
};

const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function planBirthdays(plan: TaskCollector, facts: CustomerFacts, years: YearTable): void {
  const birthday = facts.record.birthday;
  if (birthday === null || birthday.length < 7) return;
  const month = Number(birthday.slice(-5, -3));
  const day = Number(birthday.slice(-2));
  if (!Number.isInteger(month) || month < 1 || month > 12) return;
  if (!Number.isInteger(day) || day < 1 || day > (DAYS_IN_MONTH[month - 1] as number)) return;
  const lead = plan.config.followUps.birthdayLeadDays;
  const { record, classification } = facts;
  const lang = plan.language;
  for (let i = 0; i + 1 < years.starts.length; i++) {
    const start = years.starts[i] as number;
    const leap = (years.starts[i + 1] as number) - start === 366;
    const dayOfMonth = month === 2 && day === 29 && !leap ? 28 : day;
    const birthdayDay =
      start + (DAYS_BEFORE_MONTH[month - 1] as number) + (leap && month > 2 ? 1 : 0) + dayOfMonth - 1;
    if (birthdayDay < plan.today) continue;
    const due = birthdayDay - lead;
    if (due > plan.horizonEnd) break;
    if (facts.lastContactDay !== null && facts.lastContactDay >= due) continue;
    plan.add(record, {
      kind: 'birthday',
      due,
      priority: raiseForValue('low', classification.valueTier),
      channel: 'wechat',
      reason: fillTemplate(REASON_TEMPLATES.birthday[lang], {
        birthday: plan.iso(birthdayDay),
        interval: plan.days(lead),
      }),
      message: plan.message(MESSAGE_TEMPLATES.birthday[lang], record, {
        birthday: monthDayText(month, dayOfMonth, lang),
      }),
    });
  }
}
