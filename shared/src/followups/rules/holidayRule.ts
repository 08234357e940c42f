import { HOLIDAY_LABELS } from '../../i18n/labels.ts';
import { toDayNumber } from '../../model/dates.ts';
import type { Holiday } from '../../model/keys.ts';
import type { CustomerFacts } from '../customerFacts.ts';
import { fillTemplate } from '../fillTemplate.ts';
import { holidayDates } from '../holidayDates.ts';
import { raiseForValue } from '../priorities.ts';
import type { TaskCollector } from '../taskCollector.ts';
import { FRAGMENTS, MESSAGE_TEMPLATES, REASON_TEMPLATES } from '../templates.ts';
import { yearOfDay } from '../yearTable.ts';
import type { FollowUpRule } from './followUpRule.ts';

/**
 * 节日问候: a WeChat greeting holidayLeadDays before each upcoming holiday, for customers who
 * have bought (prospects get the sales cadence, not greetings). One task per customer per
 * holiday day; low priority, medium for high-value customers. Like birthdays, a missed greeting
 * drops off after the holiday. Done when contacted on or after the due date.
 */
export const holidayRule: FollowUpRule = {
  kinds: ['holiday'],
  start: (plan) => {
    const holidays = upcomingHolidays(plan);
    return { forCustomer: (facts) => planHolidayGreetings(plan, facts, holidays) };
  },
};

/** A day with one or more configured holidays (国庆 and 中秋 can share 10-01). */
interface HolidayOccurrence {
  day: number;
  holidays: Holiday[];
  /** Stable part of the task id, e.g. `mid-autumn+national-day:2020-10-01`. */
  key: string;
  label: string;
  /** The same for every customer, so built once. */
  reason: string;
}

/**
 * The configured holidays whose greeting falls in this plan: the holiday is today or later and
 * its greeting (holidayLeadDays ahead) is due within the horizon. Computed once per plan: no
 * lunar conversion per customer.
 */
function upcomingHolidays(plan: TaskCollector): HolidayOccurrence[] {
  const lead = plan.config.followUps.holidayLeadDays;
  const wanted = new Set(plan.config.followUps.holidays);
  const byDay = new Map<number, Holiday[]>();
  // Holiday dates of a year all fall in that Gregorian year, lunar festivals included.
  const lastYear = yearOfDay(plan.horizonEnd + lead);
  for (let y = yearOfDay(plan.today); y <= lastYear; y++) {
    for (const { holiday, date } of holidayDates(y)) {
      if (!wanted.has(holiday)) continue;
      const day = toDayNumber(date);
      if (day < plan.today || day - lead > plan.horizonEnd) continue;
      const list = byDay.get(day);
      if (list) list.push(holiday);
      else byDay.set(day, [holiday]);
    }
  }
  const lang = plan.language;
  return [...byDay.entries()]
    .sort(([a], [b]) => a - b)
    .map(([day, holidays]) => {
      const label = holidays.map((h) => HOLIDAY_LABELS[h][lang]).join(FRAGMENTS.holidayJoin[lang]);
      const reason = fillTemplate(REASON_TEMPLATES.holiday[lang], {
        holiday: label,
        holidayDate: plan.iso(day),
        interval: plan.days(lead),
      });
      return { day, holidays, key: `${holidays.join('+')}:${plan.iso(day)}`, label, reason };
    });
}

function planHolidayGreetings(
  plan: TaskCollector,
  facts: CustomerFacts,
  holidays: readonly HolidayOccurrence[],
): void {
  if (holidays.length === 0) return;
  if (facts.stats.orderCount <= 0 && facts.lastPurchaseDay === null) return;
  const lead = plan.config.followUps.holidayLeadDays;
  const { record, classification } = facts;
  const lang = plan.language;
  const priority = raiseForValue('low', classification.valueTier);
  for (const occurrence of holidays) {
    const due = occurrence.day - lead;
    if (facts.lastContactDay !== null && facts.lastContactDay >= due) continue;
    plan.add(record, {
      kind: 'holiday',
      due,
      key: occurrence.key,
      priority,
      channel: 'wechat',
      reason: occurrence.reason,
      message: plan.message(MESSAGE_TEMPLATES.holiday[lang], record, { holiday: occurrence.label }),
    });
  }
}
