import { HOLIDAY_LABELS } from '../../i18n/labels.ts';
import { toDayNumber } from '../../model/dates.ts';
import type { Holiday } from '../../model/keys.ts';
import { batchNames } from '../batchNames.ts';
import type { CustomerFacts } from '../customerFacts.ts';
import { fillTemplate } from '../fillTemplate.ts';
import { holidayDates } from '../holidayDates.ts';
import { type OccasionGroup, OccasionGroups } from '../occasionGroups.ts';
import { raiseForValue } from '../priorities.ts';
import type { TaskCollector } from '../taskCollector.ts';
import { FRAGMENTS, MESSAGE_TEMPLATES, REASON_TEMPLATES } from '../templates.ts';
import { yearOfDay } from '../yearTable.ts';
import type { FollowUpRule } from './followUpRule.ts';

/**
 * 节日问候: a WeChat greeting holidayLeadDays before each upcoming holiday, for customers who
 * have bought (prospects get the sales cadence, not greetings). A greeting is mass care: the
 * customers of one owner greeted for one occasion become one batch task listing them (one
 * broadcast), a lone customer a task of its own with a personal message. Low priority, medium
 * when a high-value customer is among them. Like birthdays, a missed greeting drops off after the
 * holiday. A customer contacted on or after the due date needs no greeting.
 */
export const holidayRule: FollowUpRule = {
  kinds: ['holiday'],
  start: (plan) => {
    const holidays = upcomingHolidays(plan);
    const groups = new OccasionGroups<HolidayOccurrence>();
    return {
      forCustomer: (facts) => gatherGreetings(plan, facts, holidays, groups),
      finish: () => {
        for (const group of groups.all()) addGreeting(plan, group);
      },
    };
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

function gatherGreetings(
  plan: TaskCollector,
  facts: CustomerFacts,
  holidays: readonly HolidayOccurrence[],
  groups: OccasionGroups<HolidayOccurrence>,
): void {
  if (holidays.length === 0) return;
  if (facts.stats.orderCount <= 0 && facts.lastPurchaseDay === null) return;
  const lead = plan.config.followUps.holidayLeadDays;
  const { record, classification } = facts;
  const priority = raiseForValue('low', classification.valueTier);
  for (const occurrence of holidays) {
    const due = occurrence.day - lead;
    if (facts.lastContactDay !== null && facts.lastContactDay >= due) continue;
    groups.add(occurrence.key, occurrence, due, record, priority);
  }
}

function addGreeting(plan: TaskCollector, group: OccasionGroup<HolidayOccurrence>): void {
  const { occasion, due, members, priority } = group;
  const lang = plan.language;
  const spec = { kind: 'holiday' as const, due, key: occasion.key, priority, channel: 'wechat' as const };
  const [only] = members;
  if (members.length === 1 && only !== undefined) {
    plan.add(only, {
      ...spec,
      reason: occasion.reason,
      message: plan.message(MESSAGE_TEMPLATES.holiday[lang], only, { holiday: occasion.label }),
    });
    return;
  }
  plan.addBatch(members, {
    ...spec,
    reason: fillTemplate(REASON_TEMPLATES.holidayBatch[lang], {
      holiday: occasion.label,
      holidayDate: plan.iso(occasion.day),
      interval: plan.days(plan.config.followUps.holidayLeadDays),
      count: members.length,
      names: batchNames(members, lang),
    }),
    message: plan.groupMessage(MESSAGE_TEMPLATES.holiday[lang], { holiday: occasion.label }),
  });
}
