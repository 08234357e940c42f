// Every sentence the follow-ups produce, in one place, keyed by kind and language. Placeholders
// are filled by fillTemplate; planFollowUps supplies every one a template uses (a property
// test checks that no `{…}` survives).
//
// Message placeholders: {salutation} (王总, 李女士, Mr. Smith, or the full name), {andCompany}
// (及某公司 / " and everyone at Acme", or empty), {lastPurchase} and {closedDate} (dates for
// people), {sinceOrder} (e.g. "35 天" / "35 days"), {holiday}, {birthday}, {stage}, {nextStep},
// {complaintSummary}.
import type { FollowUpKind, Language } from '../model/keys.ts';
import { groupThousands } from '../report/formatNumbers.ts';

type ByLanguage = Readonly<Record<Language, string>>;

/**
 * Message templates: one per kind, plus a revisit for prospects (nothing bought yet) and one for
 * buyers whose last purchase has no date (it cannot be named).
 */
export type MessageKey = FollowUpKind | 'revisit-prospect' | 'revisit-undated';

export const MESSAGE_TEMPLATES: Readonly<Record<MessageKey, ByLanguage>> = {
  revisit: {
    zh: '{salutation}您好，感谢您{andCompany}一直以来对我们的支持！距您上次下单（{lastPurchase}）已有 {sinceOrder}，想了解一下产品的使用情况和您最近的新需求，有任何问题随时联系我。',
    en: 'Dear {salutation}, thank you{andCompany} for your continued support! It has been {sinceOrder} since your last order on {lastPurchase}, so I wanted to hear how everything is working and whether there is anything new we can help with.',
  },
  'revisit-prospect': {
    zh: '{salutation}您好，感谢您{andCompany}对我们的关注！想了解一下您目前的需求，方便的话我为您详细介绍合适的产品和方案。',
    en: 'Dear {salutation}, thank you{andCompany} for your interest in us! I would love to hear what you are looking for and walk you through the options that fit best.',
  },
  'revisit-undated': {
    zh: '{salutation}您好，感谢您{andCompany}一直以来对我们的支持！想了解一下产品的使用情况和您最近的新需求，有任何问题随时联系我。',
    en: 'Dear {salutation}, thank you{andCompany} for your continued support! I wanted to hear how everything is working and whether there is anything new we can help with.',
  },
  'win-back': {
    zh: '{salutation}您好，好久不见！距您上次下单（{lastPurchase}）已有 {sinceOrder}，我们非常珍惜与您{andCompany}的合作，想听听您的意见和建议，也为您准备了老客户专属优惠，您看什么时候方便沟通？',
    en: 'Dear {salutation}, it has been a while! Your last order was on {lastPurchase}, {sinceOrder} ago, and we value working with you{andCompany}. I would love your feedback, and we have a returning-customer offer ready for you. When would be a good time to talk?',
  },
  'post-purchase': {
    zh: '{salutation}您好，感谢您{lastPurchase}的订购！想确认一下产品是否已顺利收到、使用是否满意，如有任何问题请随时告诉我。',
    en: 'Dear {salutation}, thank you for your order on {lastPurchase}! I wanted to make sure everything arrived safely and works as expected. If anything is not right, just let me know.',
  },
  birthday: {
    zh: '{salutation}您好，提前祝您{birthday}生日快乐！感谢您{andCompany}一直以来的信任与支持，愿您新的一岁身体健康、万事顺意！',
    en: 'Dear {salutation}, happy early birthday for {birthday}! Thank you{andCompany} for your trust and support. Wishing you good health and a wonderful year ahead!',
  },
  holiday: {
    zh: '{salutation}您好，{holiday}将至，感谢您{andCompany}一直以来对我们的支持！提前祝您{holiday}快乐，阖家幸福，万事如意！',
    en: 'Dear {salutation}, with {holiday} coming up, thank you{andCompany} for your continued support. Wishing you and your family a joyful {holiday}!',
  },
  complaint: {
    zh: '{salutation}您好，关于您反馈的问题{complaintSummary}，目前处于“{stage}”阶段，下一步我们将{nextStep}。给您带来不便非常抱歉，有任何进展我会第一时间告知您。',
    en: 'Dear {salutation}, about the issue you reported{complaintSummary}: it is now at the “{stage}” stage, and our next step is to {nextStep}. We are sorry for the inconvenience and will keep you posted.',
  },
  'satisfaction-survey': {
    zh: '{salutation}您好，您之前反馈的问题已于{closedDate}处理完毕。想耽误您一分钟，请为这次的处理结果打个分（1–5 分），您的意见对我们非常重要，谢谢！',
    en: 'Dear {salutation}, the issue you reported was resolved on {closedDate}. Could you spare a minute to rate how we handled it (1–5)? Your feedback matters a lot to us. Thank you!',
  },
};

/** Reasons, for the team (ISO dates, compact). */
export const REASON_TEMPLATES = {
  revisit: {
    zh: '{segment}：每 {interval}回访一次，上次接触 {lastTouch}（{sinceTouch}前）',
    en: '{segment}: check in every {interval}; last touch {lastTouch} ({sinceTouch} ago)',
  },
  revisitNoTouch: {
    zh: '{segment}：尚无联系或购买记录，尽快首次联系',
    en: '{segment}: no contact or purchase on record yet; make the first contact',
  },
  revisitUndated: {
    zh: '{segment}：已购买 {purchases}（累计消费 {spend}），但没有最近购买或联系的日期；尽快联系，并补上日期',
    en: '{segment}: {purchases} ({spend} spent) but no date of the last purchase or contact; get in touch, and fill in the date',
  },
  winBack: {
    zh: '{segment}：已 {sinceOrder}未下单（{orders}，累计消费 {spend}），主动挽回',
    en: '{segment}: no order for {sinceOrder} ({orders}, {spend} spent); reach out to win them back',
  },
  winBackClv: {
    zh: '流失预警（CLV 模型）：存活概率 {pAlive}，涉及价值 {stake}（若挽回，未来 {horizonMonths} 个月预计的销售额）；{segment}，已 {sinceOrder}未下单，累计消费 {spend}',
    en: 'Churn warning (CLV model): P(alive) {pAlive}, value at stake {stake} (what they would spend in the next {horizonMonths} months if won back); {segment}, no order for {sinceOrder}, {spend} spent to date',
  },
  postPurchase: {
    zh: '{lastPurchase} 下单{firstOrder}，购后第 {interval}回访',
    en: 'Ordered on {lastPurchase}{firstOrder}; check in {interval} after the purchase',
  },
  birthday: {
    zh: '{birthday} 生日，提前 {interval}送上祝福',
    en: 'Birthday on {birthday}; send wishes {interval} ahead',
  },
  holiday: {
    zh: '{holiday}（{holidayDate}），提前 {interval}问候',
    en: '{holiday} on {holidayDate}; greet {interval} ahead',
  },
  holidayBatch: {
    zh: '{holiday}（{holidayDate}），提前 {interval}群发问候 {count} 位客户：{names}',
    en: '{holiday} on {holidayDate}; greet {count} customers {interval} ahead in one send: {names}',
  },
  birthdayBatch: {
    zh: '{count} 位客户 {birthday} 生日，提前 {interval}送上祝福：{names}',
    en: '{count} customers have their birthday on {birthday}; send wishes {interval} ahead: {names}',
  },
  complaint: {
    zh: '投诉处于“{stage}”阶段（自 {since} 起，时限 {interval}），下一步：{nextStage}{overdue}',
    en: 'Complaint at stage “{stage}” since {since} (SLA {interval}); next step: {nextStage}{overdue}',
  },
  survey: {
    zh: '投诉已于 {closedDate} 结案，{interval}后做满意度调查',
    en: 'Complaint closed on {closedDate}; satisfaction survey {interval} later',
  },
} as const satisfies Record<string, ByLanguage>;

/** Small phrases the templates embed. */
export const FRAGMENTS = {
  /** Greeting when the name is unknown. */
  anonymous: { zh: '尊敬的客户', en: 'customer' },
  andCompany: { zh: '及{company}', en: ' and everyone at {company}' },
  complaintSummary: { zh: '（{summary}）', en: ' (“{summary}”)' },
  firstOrder: { zh: '（首单）', en: ' (first order)' },
  overdue: { zh: '；已超期 {overdueDays}，升级处理', en: '; {overdueDays} overdue, escalate' },
  unknownDate: { zh: '日期不详', en: 'an unknown date' },
  /** The step after the last open stage (回访). */
  closeCase: { zh: '结案', en: 'close the case' },
  /** Joins two holidays that fall on the same day (国庆节、中秋节 / National Day and Mid-Autumn Festival). */
  holidayJoin: { zh: '、', en: ' and ' },
  /** Joins the names of a batch. */
  nameJoin: { zh: '、', en: ', ' },
  /** After the names listed in a batch's reason, when there are more. */
  andMore: { zh: ' 等 {count} 位', en: ' and {count} more' },
} as const satisfies Record<string, ByLanguage>;

/** What the team does after each open stage (受理 → 调查核实 → 制定解决方案 → 反馈处理结果 → 回访 → 结案). */
export const NEXT_STEP: Readonly<
  Record<'received' | 'investigating' | 'resolving' | 'feedback' | 'revisit', ByLanguage>
> = {
  received: { zh: '调查核实情况', en: 'look into what happened' },
  investigating: { zh: '制定解决方案', en: 'work out a solution' },
  resolving: { zh: '向您反馈处理结果', en: 'report the outcome to you' },
  feedback: { zh: '回访确认问题已解决', en: 'follow up to confirm the issue is solved' },
  revisit: { zh: '在确认您满意后结案', en: 'close the case once you are satisfied' },
};

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** How each language writes day counts and dates for people. */
interface PeopleFormats {
  days: (days: number) => string;
  purchases: (count: number) => string;
  orders: (count: number) => string;
  workingDays: (days: number) => string;
  date: (year: string, month: number, day: number) => string;
  monthDay: (month: number, day: number) => string;
}

const PEOPLE_FORMATS: Readonly<Record<Language, PeopleFormats>> = {
  zh: {
    days: (days) => `${days} 天`,
    purchases: (count) => `${count} 次`,
    orders: (count) => `${count} 单`,
    workingDays: (days) => `${days} 个工作日`,
    date: (year, month, day) => `${year}年${month}月${day}日`,
    monthDay: (month, day) => `${month}月${day}日`,
  },
  en: {
    days: (days) => (days === 1 ? '1 day' : `${days} days`),
    purchases: (count) => (count === 1 ? '1 purchase' : `${count} purchases`),
    orders: (count) => (count === 1 ? '1 order' : `${count} orders`),
    workingDays: (days) => (days === 1 ? '1 working day' : `${days} working days`),
    date: (year, month, day) => `${day} ${EN_MONTHS[month - 1] ?? ''} ${year}`,
    monthDay: (month, day) => `${day} ${EN_MONTHS[month - 1] ?? ''}`,
  },
};

/** `n 天` / `n day(s)`, for reasons and messages. */
export function daysText(days: number, language: Language): string {
  return PEOPLE_FORMATS[language].days(days);
}

/** `n 次` / `n purchase(s)`: how often a customer bought. */
export function purchasesText(count: number, language: Language): string {
  return PEOPLE_FORMATS[language].purchases(count);
}

/** `n 单` / `n order(s)`. */
export function ordersText(count: number, language: Language): string {
  return PEOPLE_FORMATS[language].orders(count);
}

/** `n 个工作日` / `n working day(s)`: a complaint's SLA counted on the team's working days. */
export function workingDaysText(days: number, language: Language): string {
  return PEOPLE_FORMATS[language].workingDays(days);
}

/** A date for people: `2026年11月20日` / `20 Nov 2026`. */
export function dateText(date: string, language: Language): string {
  return PEOPLE_FORMATS[language].date(date.slice(0, 4), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

/** A month and day for people (birthdays): `11月27日` / `27 Nov`. */
export function monthDayText(month: number, day: number, language: Language): string {
  return PEOPLE_FORMATS[language].monthDay(month, day);
}

/**
 * 12,345.68: a figure the report shows too (value at stake), written the way the report writes
 * it, so the task and the report show the same number.
 */
export function moneyText(amount: number): string {
  return groupThousands(amount.toFixed(2));
}

/** 12,345 (amounts carry no currency: the table does not say which). */
export function amountText(amount: number): string {
  return groupThousands(Math.round(amount).toFixed(0));
}
