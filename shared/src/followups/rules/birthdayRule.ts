import { batchNames } from '../batchNames.ts';
import type { CustomerFacts } from '../customerFacts.ts';
import { fillTemplate } from '../fillTemplate.ts';
import { lunarBirthdayDay } from '../lunarBirthdays.ts';
import { type OccasionGroup, OccasionGroups } from '../occasionGroups.ts';
import { raiseForValue } from '../priorities.ts';
import type { TaskCollector } from '../taskCollector.ts';
import { MESSAGE_TEMPLATES, monthDayText, REASON_TEMPLATES } from '../templates.ts';
import { type YearTable, yearTable } from '../yearTable.ts';
import type { FollowUpRule } from './followUpRule.ts';

/**
 * 生日关怀: a greeting birthdayLeadDays before each birthday within the horizon. Works for
 * `YYYY-MM-DD` and `--MM-DD` birthdays; 02-29 birthdays fall on 02-28 in common years. A lunar
 * birthday (`L--03-05`, 农历三月初五) is greeted on the Gregorian date it falls on that year
 * (2026-04-21); on the 30th of a 29-day lunar month, on its 29th. A missed
 * greeting stays on the list until the birthday itself (at most the lead days overdue); a
 * belated birthday wish is not worth a task. Done when contacted on or after the due date.
 * Birthdays of one day for one owner are mass care: one batch task listing the customers; a lone
 * birthday keeps its personal message.
 */
export const birthdayRule: FollowUpRule = {
  kinds: ['birthday'],
  start: (plan) => {
    // Every birthday whose greeting falls in the horizon is at most the lead days after it.
    const years = yearTable(plan.today, plan.horizonEnd + plan.config.followUps.birthdayLeadDays);
    const groups = new OccasionGroups<Birthday>();
    return {
      forCustomer: (facts) => planBirthdays(plan, facts, years, groups),
      finish: () => {
        for (const group of groups.all()) addBirthdayCare(plan, group);
      },
    };
  },
};

/** A birthday date (the day, and its month and day for the message). */
interface Birthday {
  day: number;
  month: number;
  dayOfMonth: number;
}

const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function planBirthdays(
  plan: TaskCollector,
  facts: CustomerFacts,
  years: YearTable,
  groups: OccasionGroups<Birthday>,
): void {
  const birthday = facts.record.birthday;
  if (birthday === null || birthday.length < 7) return;
  if (birthday.startsWith('L')) {
    planLunarBirthdays(plan, facts, years, groups, birthday);
    return;
  }
  const month = Number(birthday.slice(-5, -3));
  const day = Number(birthday.slice(-2));
  if (!Number.isInteger(month) || month < 1 || month > 12) return;
  if (!Number.isInteger(day) || day < 1 || day > (DAYS_IN_MONTH[month - 1] as number)) return;
  const lead = plan.config.followUps.birthdayLeadDays;
  const { record, classification } = facts;
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
    const occasion = { day: birthdayDay, month, dayOfMonth };
    groups.add(plan.iso(birthdayDay), occasion, due, record, raiseForValue('low', classification.valueTier));
  }
}

function planLunarBirthdays(
  plan: TaskCollector,
  facts: CustomerFacts,
  years: YearTable,
  groups: OccasionGroups<Birthday>,
  birthday: string,
): void {
  const lunarMonth = Number(birthday.slice(-5, -3));
  const lunarDay = Number(birthday.slice(-2));
  const lead = plan.config.followUps.birthdayLeadDays;
  // A lunar year's birthday falls in its own Gregorian year or, late in the twelfth month, in
  // the next one.
  const lastYear = years.firstYear + years.starts.length - 2;
  for (let year = years.firstYear - 1; year <= lastYear; year++) {
    const birthdayDay = lunarBirthdayDay(year, lunarMonth, lunarDay);
    if (birthdayDay === null || birthdayDay < plan.today) continue;
    const due = birthdayDay - lead;
    if (due > plan.horizonEnd) break;
    if (facts.lastContactDay !== null && facts.lastContactDay >= due) continue;
    const iso = plan.iso(birthdayDay);
    const occasion = {
      day: birthdayDay,
      month: Number(iso.slice(5, 7)),
      dayOfMonth: Number(iso.slice(8, 10)),
    };
    groups.add(iso, occasion, due, facts.record, raiseForValue('low', facts.classification.valueTier));
  }
}

function addBirthdayCare(plan: TaskCollector, group: OccasionGroup<Birthday>): void {
  const { occasion, due, members, priority } = group;
  const lang = plan.language;
  const lead = plan.config.followUps.birthdayLeadDays;
  const spec = { kind: 'birthday' as const, due, priority, channel: 'wechat' as const };
  const wish = { birthday: monthDayText(occasion.month, occasion.dayOfMonth, lang) };
  const [only] = members;
  if (members.length === 1 && only !== undefined) {
    plan.add(only, {
      ...spec,
      reason: plan.draft(REASON_TEMPLATES.birthday[lang], {
        birthday: plan.iso(occasion.day),
        interval: plan.days(lead),
      }),
      message: plan.message(MESSAGE_TEMPLATES.birthday[lang], only, wish),
    });
    return;
  }
  plan.addBatch(members, {
    ...spec,
    key: plan.iso(occasion.day),
    reason: fillTemplate(REASON_TEMPLATES.birthdayBatch[lang], {
      count: members.length,
      birthday: plan.iso(occasion.day),
      interval: plan.days(lead),
      names: batchNames(members, lang),
    }),
    message: plan.groupMessage(MESSAGE_TEMPLATES.birthday[lang], wish),
  });
}
