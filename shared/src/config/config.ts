import * as z from 'zod';
import { isIsoDate } from '../model/dates.ts';
import { COMPLAINT_FIELDS, CUSTOMER_FIELDS, ORDER_FIELDS } from '../model/fields.ts';
import {
  CHANNELS,
  COMPLAINT_STAGES,
  HOLIDAYS,
  LANGUAGES,
  PUBLIC_HOLIDAY_CALENDARS,
  SEGMENTS,
  SLA_DAY_COUNTS,
  WEEKDAYS,
} from '../model/keys.ts';
import { ORDER_ERASURE_MODES } from '../privacy/orderErasureModes.ts';
import { REPORT_PERIODS } from '../report/periods/reportPeriods.ts';

const days = z.number().int().min(0).max(3650);
const segmentCadence = z.object({
  /** Revisit every N days; null = no periodic revisit for this segment. */
  everyDays: days.nullable(),
  channel: z.enum(CHANNELS),
});

/** Default revisit cadence per segment (定期回访). */
export const DEFAULT_CADENCE: Record<(typeof SEGMENTS)[number], z.infer<typeof segmentCadence>> = {
  champions: { everyDays: 30, channel: 'phone' },
  'loyal-customers': { everyDays: 45, channel: 'phone' },
  'potential-loyalists': { everyDays: 30, channel: 'wechat' },
  'new-customers': { everyDays: 14, channel: 'wechat' },
  promising: { everyDays: 21, channel: 'wechat' },
  'need-attention': { everyDays: 14, channel: 'phone' },
  'about-to-sleep': { everyDays: 14, channel: 'wechat' },
  'at-risk': { everyDays: 7, channel: 'phone' },
  'cannot-lose-them': { everyDays: 3, channel: 'visit' },
  hibernating: { everyDays: 90, channel: 'email' },
  prospect: { everyDays: 30, channel: 'email' },
};

const isoDate = z.string().refine(isIsoDate, 'expected a date written YYYY-MM-DD, such as 2026-10-08');
const dateList = z.array(isoDate).max(3660);

/** The team's working days, which the follow-ups are planned on (see WorkCalendar). */
const workDaysSchema = z
  .object({
    /** The days of the week the team works. */
    weekdays: z
      .array(z.enum(WEEKDAYS))
      .min(1, 'name at least one working weekday')
      .default(['mon', 'tue', 'wed', 'thu', 'fri']),
    /** Statutory days off and 调休 working days: China's (国庆, 春节 …), or none (teams abroad). */
    publicHolidays: z.enum(PUBLIC_HOLIDAY_CALENDARS).default('CN'),
    /** The team works every day (a shop): weekends and public holidays are working days. */
    everyDay: z.boolean().default(false),
    /** The team's own days off (a company trip, the days before 春节), over everything else. */
    daysOff: dateList.default([]),
    /** The team's own extra working days (a Saturday event), over the working week and holidays. */
    extraWorkingDays: dateList.default([]),
  })
  .superRefine((workDays, context) => {
    const off = new Set(workDays.daysOff);
    workDays.extraWorkingDays.forEach((date, i) => {
      if (off.has(date)) {
        context.addIssue({
          code: 'custom',
          path: ['extraWorkingDays', i],
          message: `${date} is both a day off and an extra working day`,
        });
      }
    });
  });

const DEFAULT_WORK_DAYS: z.infer<typeof workDaysSchema> = {
  weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'],
  publicHolidays: 'CN',
  everyDay: false,
  daysOff: [],
  extraWorkingDays: [],
};

export const ConfigSchema = z.object({
  /** Language of labels, reasons and messages. */
  language: z.enum(LANGUAGES).default('zh'),
  /** ISO 3166 region for phone numbers written without a country code. */
  defaultRegion: z
    .string()
    .regex(/^[A-Z]{2}$/, 'expected a two-letter region code such as CN or US')
    .default('CN'),
  /** Header text → field, overriding the built-in synonyms (e.g. {"Kunde": "name"}). */
  headerOverrides: z
    .object({
      customers: z.record(z.string(), z.enum(CUSTOMER_FIELDS)).default({}),
      orders: z.record(z.string(), z.enum(ORDER_FIELDS)).default({}),
      complaints: z.record(z.string(), z.enum(COMPLAINT_FIELDS)).default({}),
    })
    .default({ customers: {}, orders: {}, complaints: {} }),
  /** Fields a customer row should have; missing ones are listed in the cleaning review. */
  requiredFields: z.array(z.enum(CUSTOMER_FIELDS)).default(['name']),
  /** At least one of these contact fields should be present. */
  requiredContactFields: z.array(z.enum(CUSTOMER_FIELDS)).default(['mobile', 'phone', 'email', 'wechat']),
  lifecycle: z
    .object({
      newMaxDays: days.default(30),
      activeMaxDays: days.default(90),
      atRiskMaxDays: days.default(180),
    })
    .default({ newMaxDays: 30, activeMaxDays: 90, atRiskMaxDays: 180 }),
  valueTier: z
    .object({
      highShare: z.number().gt(0).lt(1).default(0.8),
      mediumShare: z.number().gt(0).max(1).default(0.95),
    })
    .default({ highShare: 0.8, mediumShare: 0.95 }),
  followUps: z
    .object({
      /** Plan tasks due within this many days after today (overdue ones are always included). */
      horizonDays: days.default(30),
      cadence: z.partialRecord(z.enum(SEGMENTS), segmentCadence).default({}),
      /** Check in N days after a purchase (0 = off). */
      postPurchaseDays: days.default(7),
      /** Birthday care N days ahead of the birthday. */
      birthdayLeadDays: days.default(3),
      /** Holiday greetings N days ahead. */
      holidayLeadDays: days.default(5),
      holidays: z
        .array(z.enum(HOLIDAYS))
        .default(['spring-festival', 'dragon-boat', 'mid-autumn', 'national-day', 'new-year']),
      /** SLA in days per complaint stage (受理 1 day, 调查核实 3 days, …). */
      complaintSlaDays: z
        .partialRecord(z.enum(COMPLAINT_STAGES), days)
        .default({ received: 1, investigating: 3, resolving: 2, feedback: 1, revisit: 7 }),
      /** Satisfaction survey N days after a complaint closes. */
      surveyDelayDays: days.default(3),
      /**
       * Tasks one owner (负责人) can work through in a day; priorities decide which tasks fill
       * each day, and what does not fit moves to a later day (or past the horizon).
       */
      dailyCapacity: z.number().int().min(1).max(1000).default(20),
      /** The days the team works: tasks are placed on these only. */
      workDays: workDaysSchema.default(DEFAULT_WORK_DAYS),
      /** Whether complaintSlaDays count working days (a Friday complaint is due on Monday) or every day. */
      complaintSlaCount: z.enum(SLA_DAY_COUNTS).default('working-days'),
    })
    .default({
      horizonDays: 30,
      cadence: {},
      postPurchaseDays: 7,
      birthdayLeadDays: 3,
      holidayLeadDays: 5,
      holidays: ['spring-festival', 'dragon-boat', 'mid-autumn', 'national-day', 'new-year'],
      complaintSlaDays: { received: 1, investigating: 3, resolving: 2, feedback: 1, revisit: 7 },
      surveyDelayDays: 3,
      dailyCapacity: 20,
      workDays: DEFAULT_WORK_DAYS,
      complaintSlaCount: 'working-days',
    }),
  /** The report: which calendar period it compares (the last complete one). */
  report: z.object({ period: z.enum(REPORT_PERIODS).default('month') }).default({ period: 'month' }),
  /** Strategy per segment, overriding the built-in playbook: segment → { zh, en }. */
  playbook: z.partialRecord(z.enum(SEGMENTS), z.object({ zh: z.string(), en: z.string() })).default({}),
  /** CLV settings: forecast horizon, discount rate and the churn-risk threshold. */
  clv: z
    .object({
      horizonMonths: z.number().int().min(1).max(120).default(12),
      /** Annual discount rate, e.g. 0.1 for 10 %. */
      annualDiscountRate: z.number().min(0).max(1).default(0.1),
      /** Below this P(alive), a valuable customer counts as at risk of churning. */
      churnThreshold: z.number().gt(0).lt(1).default(0.5),
    })
    .default({ horizonMonths: 12, annualDiscountRate: 0.1, churnThreshold: 0.5 }),
  /** Personal information (个人信息保护法): retention, minimisation, consent and erasure. */
  privacy: z
    .object({
      /**
       * Months a customer's data is kept after their last purchase or contact (36: three years);
       * the cleaning review lists those past it, and backups and reports older than it. null: none.
       */
      retentionMonths: z.number().int().min(1).max(1200).nullable().default(null),
      /** Show emails and phone numbers in reviews, reports and digests (else names and rows only). */
      showContactDetails: z.boolean().default(false),
      /** The cleaning review lists customers without a 合法依据 / Legal basis. */
      requireLegalBasis: z.boolean().default(false),
      /** What erasing a person does to their orders and complaints (see ORDER_ERASURE_MODES). */
      eraseOrders: z.enum(ORDER_ERASURE_MODES).default('keep-amounts'),
      /**
       * A secret for the personal data log's hashes (HMAC-SHA-256), kept apart from the workbook;
       * null: plain SHA-256, which anyone can check a phone number or email against.
       */
      logSecret: z.string().min(8, 'a secret of at least 8 characters').nullable().default(null),
    })
    .default({
      retentionMonths: null,
      showContactDetails: false,
      requireLegalBasis: false,
      eraseOrders: 'keep-amounts',
      logSecret: null,
    }),
});

export type Config = z.infer<typeof ConfigSchema>;
export type ConfigInput = z.input<typeof ConfigSchema>;

/** Full configuration from a partial one; throws a ZodError naming the offending setting. */
export function resolveConfig(input: ConfigInput = {}): Config {
  return ConfigSchema.parse(input);
}

/** Revisit cadence for a segment: user setting, else the default. */
export function cadenceFor(config: Config, segment: (typeof SEGMENTS)[number]) {
  return config.followUps.cadence[segment] ?? DEFAULT_CADENCE[segment];
}
