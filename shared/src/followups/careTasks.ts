import { HOLIDAY_LABELS } from '../i18n/labels.ts';
import { toDayNumber } from '../model/dates.ts';
import type { Holiday } from '../model/keys.ts';
import { fillTemplate } from './fillTemplate.ts';
import { holidayDates } from './holidayDates.ts';
import { POST_PURCHASE_WITHIN_DAYS } from './lookBack.ts';
import { raiseForValue } from './priorities.ts';
import type { CustomerFacts, TaskCollector } from './taskCollector.ts';
import { FRAGMENTS, MESSAGE_TEMPLATES, monthDayText, REASON_TEMPLATES } from './templates.ts';

/**
 * 购后回访: a check-in postPurchaseDays after the last purchase, only for purchases made in the
 * last POST_PURCHASE_WITHIN_DAYS days. Done once anyone contacted the customer after the
 * purchase (a same-day contact is the sale itself). First orders and high-value customers are
 * high priority (first impressions decide the second order); high-value ones get a call.
 */
export function planPostPurchaseTask(plan: TaskCollector, facts: CustomerFacts): void {
  const afterDays = plan.config.followUps.postPurchaseDays;
  const purchase = facts.lastPurchaseDay;
  if (afterDays <= 0 || purchase === null) return;
  if (purchase < plan.today - POST_PURCHASE_WITHIN_DAYS || purchase > plan.today) return;
  const due = purchase + afterDays;
  if (due > plan.horizonEnd) return;
  if (facts.lastContactDay !== null && facts.lastContactDay > purchase) return;
  const { record, stats, classification } = facts;
  const lang = plan.language;
  const firstOrder = stats.orderCount === 1;
  const highValue = classification.valueTier === 'high';
  plan.add(record, {
    kind: 'post-purchase',
    due,
    priority: firstOrder || highValue ? 'high' : 'medium',
    channel: highValue ? 'phone' : 'wechat',
    reason: fillTemplate(REASON_TEMPLATES.postPurchase[lang], {
      lastPurchase: plan.iso(purchase),
      firstOrder: firstOrder ? FRAGMENTS.firstOrder[lang] : '',
      interval: plan.days(afterDays),
    }),
    message: plan.message(MESSAGE_TEMPLATES['post-purchase'][lang], record, {
      lastPurchase: plan.dateText(purchase),
    }),
  });
}

/** Day numbers of 1 January for the years a plan can touch, so birthdays need no Date calls. */
export interface YearTable {
  firstYear: number;
  starts: number[];
}

export function yearTable(fromDay: number, toDay: number): YearTable {
  const firstYear = yearOfDay(fromDay);
  const lastYear = yearOfDay(toDay);
  const starts: number[] = [];
  for (let y = firstYear; y <= lastYear + 1; y++) starts.push(Math.round(Date.UTC(y, 0, 1) / 86_400_000));
  return { firstYear, starts };
}

function yearOfDay(day: number): number {
  return new Date(day * 86_400_000).getUTCFullYear();
}

const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * 生日关怀: a greeting birthdayLeadDays before each birthday within the horizon. Works for
 * `YYYY-MM-DD` and `--MM-DD` birthdays; 02-29 birthdays fall on 02-28 in common years. A missed
 * greeting stays on the list until the birthday itself (at most the lead days overdue); a
 * belated birthday wish is not worth a task. Done when contacted on or after the due date.
 */
export function planBirthdayTasks(plan: TaskCollector, facts: CustomerFacts, years: YearTable): void {
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

/** A day with one or more configured holidays (国庆 and 中秋 can share 10-01). */
export interface HolidayOccurrence {
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
export function upcomingHolidays(plan: TaskCollector, years: YearTable): HolidayOccurrence[] {
  const lead = plan.config.followUps.holidayLeadDays;
  const wanted = new Set(plan.config.followUps.holidays);
  const byDay = new Map<number, Holiday[]>();
  for (let y = years.firstYear; y < years.firstYear + years.starts.length; y++) {
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

/**
 * 节日问候: a WeChat greeting holidayLeadDays before each upcoming holiday, for customers who
 * have bought (prospects get the sales cadence, not greetings). One task per customer per
 * holiday day; low priority, medium for high-value customers. Like birthdays, a missed greeting
 * drops off after the holiday. Done when contacted on or after the due date.
 */
export function planHolidayTasks(
  plan: TaskCollector,
  facts: CustomerFacts,
  holidays: HolidayOccurrence[],
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
