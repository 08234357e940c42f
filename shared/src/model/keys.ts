/**
 * Stable machine names of the domain. Labels for people (zh/en) live in i18n/labels.ts.
 */
export const SEGMENTS = [
  'champions',
  'loyal-customers',
  'potential-loyalists',
  'new-customers',
  'promising',
  'need-attention',
  'about-to-sleep',
  'at-risk',
  'cannot-lose-them',
  'hibernating',
  'prospect',
] as const;
export type Segment = (typeof SEGMENTS)[number];

/** 客户价值 RFM 八分类 (R/F/M each high or low against the mean). */
export const GROUPS8 = [
  'important-value',
  'important-development',
  'important-retention',
  'important-winback',
  'general-value',
  'general-development',
  'general-retention',
  'general-winback',
] as const;
export type Group8 = (typeof GROUPS8)[number];

export const LIFECYCLES = ['prospect', 'new', 'active', 'at-risk', 'churned'] as const;
export type Lifecycle = (typeof LIFECYCLES)[number];

export const VALUE_TIERS = ['high', 'medium', 'low'] as const;
export type ValueTier = (typeof VALUE_TIERS)[number];

export type Score = 1 | 2 | 3 | 4 | 5;

export const FOLLOW_UP_KINDS = [
  'revisit',
  'win-back',
  'post-purchase',
  'birthday',
  'holiday',
  'complaint',
  'satisfaction-survey',
] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];

export const PRIORITIES = ['urgent', 'high', 'medium', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const CHANNELS = ['phone', 'wechat', 'email', 'sms', 'visit'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Complaint workflow: 受理 → 调查核实 → 制定解决方案 → 反馈处理结果 → 回访 → closed. */
export const COMPLAINT_STAGES = [
  'received',
  'investigating',
  'resolving',
  'feedback',
  'revisit',
  'closed',
] as const;
export type ComplaintStage = (typeof COMPLAINT_STAGES)[number];

export const HOLIDAYS = [
  'new-year',
  'spring-festival',
  'lantern-festival',
  'dragon-boat',
  'mid-autumn',
  'national-day',
] as const;
export type Holiday = (typeof HOLIDAYS)[number];

/** The days of the week, Monday first (ISO 8601). */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** How a complaint's SLA days are counted: working days (the team's calendar) or every day. */
export const SLA_DAY_COUNTS = ['working-days', 'calendar-days'] as const;
export type SlaDayCount = (typeof SLA_DAY_COUNTS)[number];

/** Whose statutory days off and 调休 working days the follow-ups keep: China's, or none. */
export const PUBLIC_HOLIDAY_CALENDARS = ['CN', 'none'] as const;
export type PublicHolidayCalendar = (typeof PUBLIC_HOLIDAY_CALENDARS)[number];

export const LANGUAGES = ['zh', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
