import { COMPLAINT_STAGE_LABELS } from '../i18n/labels.ts';
import { COMPLAINT_STAGES, type Language } from '../model/keys.ts';
import { monthName } from './calendarText.ts';
import type { CalendarFault, ParseProblem } from './parseProblem.ts';

type ProblemTexts = { [P in ParseProblem as P['code']]: (problem: P) => string };

/** `a, b or c` in either language. */
const alternatives = {
  zh: (items: readonly string[]) => joinLast(items, '、', '或'),
  en: (items: readonly string[]) => joinLast(items, ', ', ' or '),
} satisfies Record<Language, (items: readonly string[]) => string>;

function joinLast(items: readonly string[], separator: string, last: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(separator)}${last}${items[items.length - 1]}`;
}

/** What the user typed, set off from the sentence around it. */
const quoted = (text: string) => `“${text}”`;

// What each kind of cell should hold, with an example the user can copy. Chinese users see
// Chinese examples first; the stage words are the stage labels, so the two cannot drift apart.
const EXPECT_ZH = {
  number: '请填写金额或数量，如 1234.50 或 ¥1,234.50',
  date: '请填写日期，如 2024-03-05、2024/3/5 或 2024年3月5日',
  birthday: '请填写生日，如 1990-03-05、1990年3月5日 或 3月5日',
  email: '请填写邮箱地址，如 li.lei@example.com',
  stage: `请填写投诉阶段：${alternatives.zh(COMPLAINT_STAGES.map((stage) => COMPLAINT_STAGE_LABELS[stage].zh))}`,
  satisfaction: '请填写 0 到 10 的满意度评分，如 4 或 8.5',
  recommend: '请填写 0 到 10 的整数推荐意愿评分，如 9',
};

const EXPECT_EN = {
  number: 'expected a number such as 1234.50 or ¥1,234.50',
  date: 'expected a date such as 2024-03-05, 2024/3/5 or 2024年3月5日',
  birthday: 'expected a birthday such as 1990-03-05, 1990年3月5日 or 3月5日',
  email: 'expected an email address such as li.lei@example.com',
  // Sheets are filled in with the Chinese words as often as the English ones: name both.
  stage: `expected a complaint stage: ${alternatives.en(
    COMPLAINT_STAGES.map((stage) => COMPLAINT_STAGE_LABELS[stage].zh),
  )} (${COMPLAINT_STAGES.join(', ')})`,
  satisfaction: 'expected a satisfaction score from 0 to 10 such as 4 or 8.5',
  recommend: 'expected a likelihood-to-recommend score from 0 to 10 such as 9',
} satisfies typeof EXPECT_ZH;

function calendarFaultZh(fault: CalendarFault): string {
  switch (fault.kind) {
    case 'year':
      return `年份 ${fault.year} 超出范围`;
    case 'month':
      return `没有${fault.month}月`;
    case 'months':
      return `没有${fault.first}月或${fault.second}月`;
    case 'day':
      return `没有${fault.day}日`;
    case 'month-length':
      return fault.year === null
        ? `${fault.month}月最多${fault.days}天`
        : `${fault.year}年${fault.month}月只有${fault.days}天`;
  }
}

function calendarFaultEn(fault: CalendarFault): string {
  switch (fault.kind) {
    case 'year':
      return `year ${fault.year}`;
    case 'month':
      return `month ${fault.month}`;
    case 'months':
      return `no month ${fault.first} or ${fault.second}`;
    case 'day':
      return `day ${fault.day}`;
    case 'month-length':
      return fault.year === null
        ? `${monthName(fault.month)} has at most ${fault.days} days`
        : `${monthName(fault.month)} ${fault.year} has ${fault.days} days`;
  }
}

const zh = {
  'number-not-finite': (p) => `${quoted(p.text)}不是有效的数字；${EXPECT_ZH.number}`,
  'number-boolean': (p) => `${quoted(p.text)}是真/假值，不是数字；${EXPECT_ZH.number}`,
  'number-date': () => `这是日期，不是金额；${EXPECT_ZH.number}`,
  'number-expected': (p) => `${quoted(p.text)}不是数字；${EXPECT_ZH.number}`,
  'number-percentage': (p) => `${quoted(p.text)}是百分比，不是金额；${EXPECT_ZH.number}`,
  'number-signs': (p) => `${quoted(p.text)}有不止一个正负号；${EXPECT_ZH.number}`,
  'number-decimal-comma': (p) =>
    `${quoted(p.text)}的逗号后有三位数字，分不清逗号是小数点还是千位分隔符；请写成 1234.567 或 1234567 这样的形式`,
  'number-too-large': (p) => `${quoted(p.text)}太大了；${EXPECT_ZH.number}`,
  'date-boolean': (p) => `${quoted(p.text)}是真/假值，不是日期；${EXPECT_ZH.date}`,
  'date-expected': (p) => `${quoted(p.text)}不是可识别的日期；${EXPECT_ZH.date}`,
  'date-implausible-year': (p) => `${quoted(p.text)}不像真实的日期（年份为 ${p.year}）；${EXPECT_ZH.date}`,
  'not-a-real-date': (p) => `${quoted(p.text)}不是有效日期（${calendarFaultZh(p.fault)}）`,
  'date-object-invalid': () => `单元格里的日期无效；${EXPECT_ZH.date}`,
  'date-object-out-of-range': (p) => `日期的年份 ${p.year} 超出范围；${EXPECT_ZH.date}`,
  'date-serial-out-of-range': (p) =>
    `${quoted(p.text)}不是日期（表格的日期序号从 1 到 ${p.max}）；${EXPECT_ZH.date}`,
  'date-month-day-cut': (p) =>
    `${quoted(p.text)}被表格存成了数字，可能是 ${p.month}月${p.day}日，也可能是 ${p.month}月${p.day * 10}日（末尾的 0 被去掉了）；请把日期写成文本，如 ${p.month}月${p.day * 10}日 或 2026-${String(p.month).padStart(2, '0')}-${String(p.day * 10).padStart(2, '0')}`,
  'date-ambiguous': (p) =>
    `${quoted(p.text)}有歧义（${p.first}/${p.second} 可能是月/日，也可能是日/月）；请写成 ${p.monthFirst} 或 ${p.dayFirst}`,
  'birthday-expected': (p) => `${quoted(p.text)}不是可识别的生日；${EXPECT_ZH.birthday}`,
  'email-not-text': (p) => `${quoted(p.text)}不是邮箱地址；${EXPECT_ZH.email}`,
  'email-several': (p) => `${quoted(p.text)}像是 ${p.count} 个邮箱地址；每个单元格只填一个地址`,
  'email-space': (p) => `${quoted(p.text)}中有空格；${EXPECT_ZH.email}`,
  'email-no-at': (p) => `${quoted(p.text)}缺少 @；${EXPECT_ZH.email}`,
  'email-several-at': (p) => `${quoted(p.text)}有不止一个 @；${EXPECT_ZH.email}`,
  'email-double-dot': (p) => `${quoted(p.text)}中有两个连续的点；${EXPECT_ZH.email}`,
  'email-no-local-part': (p) => `${quoted(p.text)}的 @ 前面没有内容；${EXPECT_ZH.email}`,
  'email-no-domain': (p) => `${quoted(p.text)}的 @ 后面没有域名；${EXPECT_ZH.email}`,
  'email-no-tld': (p) => `${quoted(p.text)}的域名 ${p.domain} 缺少顶级域名，如 .com 或 .cn`,
  'email-invalid': (p) => `${quoted(p.text)}不是有效的邮箱地址；${EXPECT_ZH.email}`,
  'email-masked': (p) =>
    `${quoted(p.text)}是打码的邮箱（导出时隐藏了一部分），不是完整地址，无法发邮件，也不能用来区分客户；请填写完整地址`,
  'phone-not-text': (p) => `${quoted(p.text)}不是电话号码；请填写如 139 1234 5678 或 +86 21 6123 4567 的号码`,
  'phone-several': (p) => `${quoted(p.text)}像是 ${p.count} 个电话号码；每个单元格只填一个号码`,
  'phone-no-digits': (p) => `${quoted(p.text)}不是电话号码；请填写如 139 1234 5678 的号码`,
  'phone-invalid': (p) =>
    p.region === null
      ? `${quoted(p.text)}不是有效的电话号码`
      : `${quoted(p.text)}不是有效的电话号码（没有国家代码，按 ${p.region} 的号码解读）${
          p.validIn === undefined ? '' : `；按${regionList(p.validIn, 'zh')}的号码解读则有效`
        }`,
  'phone-masked': (p) =>
    `${quoted(p.text)}是打码的号码（导出时隐藏了中间几位），不是完整号码，无法联系，也不能用来区分客户；请填写完整号码`,
  'account-masked': (p) =>
    `${quoted(p.text)}是打码的平台账号（导出时隐藏了部分字符），不能用来区分客户或对应订单；请填写完整的账号（如旺旺号）`,
  'phone-scientific': (p) =>
    `${quoted(p.text)}是 Excel 或 WPS 以科学计数法显示的数字，只留下前 ${p.kept} 位，号码其余的数字已丢失；请重新填写完整号码，并先把该列设为“文本”格式再粘贴或导入`,
  'stage-not-text': (p) => `${quoted(p.text)}不是投诉阶段；${EXPECT_ZH.stage}`,
  'stage-unknown': (p) => `无法识别投诉阶段${quoted(p.text)}；${EXPECT_ZH.stage}`,
  'satisfaction-expected': (p) => `${quoted(p.text)}不是满意度评分；${EXPECT_ZH.satisfaction}`,
  'satisfaction-out-of-range': (p) => `${p.value} 超出 0–10 的范围；${EXPECT_ZH.satisfaction}`,
  'recommend-expected': (p) => `${quoted(p.text)}不是推荐意愿评分；${EXPECT_ZH.recommend}`,
  'recommend-off-scale': (p) => `${p.value} 不是 0 到 10 的整数评分；${EXPECT_ZH.recommend}`,
  'text-too-long': (p) =>
    `单元格有 ${p.length} 个字符（以${quoted(`${p.start}…`)}开头），超过一个值最多 ${p.max} 个字符的上限，未读取；请只填写一个值`,
} satisfies ProblemTexts;

const en: typeof zh = {
  'number-not-finite': (p) => `${p.text} is not a finite number`,
  'number-boolean': (p) => `${p.text} is a true/false value; ${EXPECT_EN.number}`,
  'number-date': () => `a date is not an amount; ${EXPECT_EN.number}`,
  'number-expected': () => EXPECT_EN.number,
  'number-percentage': (p) => `${p.text} is a percentage, not an amount; ${EXPECT_EN.number}`,
  'number-signs': (p) => `${p.text} has more than one sign; ${EXPECT_EN.number}`,
  'number-decimal-comma': (p) =>
    `${p.text} has three digits after its comma, which may be a decimal mark or a thousands separator; write it as 1234.567 or 1234567`,
  'number-too-large': (p) => `${p.text} is too large; ${EXPECT_EN.number}`,
  'date-boolean': (p) => `${p.text} is a true/false value; ${EXPECT_EN.date}`,
  'date-expected': () => EXPECT_EN.date,
  'date-implausible-year': (p) => `${p.text} is not a plausible date (year ${p.year})`,
  'not-a-real-date': (p) => `${p.text} is not a real date (${calendarFaultEn(p.fault)})`,
  'date-object-invalid': () => `an invalid Date object; ${EXPECT_EN.date}`,
  'date-object-out-of-range': (p) => `a Date in year ${p.year} is out of range; ${EXPECT_EN.date}`,
  'date-serial-out-of-range': (p) =>
    `${p.text} is not a date (spreadsheet date numbers run from 1 to ${p.max}); ${EXPECT_EN.date}`,
  'date-month-day-cut': (p) =>
    `${p.text} was kept as a number by the spreadsheet: it may be month ${p.month} day ${p.day}, or day ${p.day * 10} with its trailing 0 dropped; write the date as text, such as ${p.month}月${p.day * 10}日 or 2026-${String(p.month).padStart(2, '0')}-${String(p.day * 10).padStart(2, '0')}`,
  'date-ambiguous': (p) =>
    `${p.text} is ambiguous (${p.first}/${p.second} could be month/day or day/month); write it as ${p.monthFirst} or ${p.dayFirst}`,
  'birthday-expected': () => EXPECT_EN.birthday,
  'email-not-text': (p) => `${p.text} is not an email address; ${EXPECT_EN.email}`,
  'email-several': (p) => `${p.text} looks like ${p.count} email addresses; put one address per cell`,
  'email-space': (p) => `${p.text} contains a space; ${EXPECT_EN.email}`,
  'email-no-at': (p) => `${p.text} has no @; ${EXPECT_EN.email}`,
  'email-several-at': (p) => `${p.text} has more than one @; ${EXPECT_EN.email}`,
  'email-double-dot': (p) => `${p.text} contains two dots in a row; ${EXPECT_EN.email}`,
  'email-no-local-part': (p) => `${p.text} has nothing before the @; ${EXPECT_EN.email}`,
  'email-no-domain': (p) => `${p.text} has no domain after the @; ${EXPECT_EN.email}`,
  'email-no-tld': (p) => `${p.text}: the domain ${p.domain} has no top-level domain such as .com or .cn`,
  'email-invalid': (p) => `${p.text} is not a valid email address; ${EXPECT_EN.email}`,
  'email-masked': (p) =>
    `${p.text} is a masked address (part of it hidden when it was exported), not a whole one: it cannot be written to, nor tell customers apart; enter the whole address`,
  'phone-not-text': (p) =>
    `${p.text} is not a phone number; expected one such as 139 1234 5678 or +86 21 6123 4567`,
  'phone-several': (p) => `${p.text} looks like ${p.count} phone numbers; put one number per cell`,
  'phone-no-digits': (p) => `${p.text} is not a phone number; expected one such as 139 1234 5678`,
  'phone-invalid': (p) =>
    `${p.text} is not a valid phone number${p.region === null ? '' : ` for region ${p.region}`}${
      p.validIn === undefined ? '' : `; it is valid as a ${regionList(p.validIn, 'en')} number`
    }`,
  'phone-masked': (p) =>
    `${p.text} is a masked number (some digits hidden when it was exported), not a whole one: it cannot be called, nor tell customers apart; enter the whole number`,
  'account-masked': (p) =>
    `${p.text} is a masked platform account (part of it hidden when it was exported): it cannot tell customers apart nor match orders; enter the whole account name`,
  'phone-scientific': (p) =>
    `${p.text} is a number Excel or WPS showed in scientific notation: only its first ${p.kept} digits are left, and the rest of the phone number is lost; type the whole number again, with the column formatted as Text before pasting or importing`,
  'stage-not-text': (p) => `${p.text} is not a complaint stage; ${EXPECT_EN.stage}`,
  'stage-unknown': (p) => `${p.text}: ${EXPECT_EN.stage}`,
  'satisfaction-expected': () => EXPECT_EN.satisfaction,
  'satisfaction-out-of-range': (p) => `${p.value} is outside 0–10; ${EXPECT_EN.satisfaction}`,
  'recommend-expected': () => EXPECT_EN.recommend,
  'recommend-off-scale': (p) => `${p.value} is not a whole score from 0 to 10; ${EXPECT_EN.recommend}`,
  'text-too-long': (p) =>
    `the cell holds ${p.length} characters (starting "${p.start}…"), more than the ${p.max} one value may have; it was not read. Put one value in the cell`,
};

/** How each parse problem reads, in every language the toolkit speaks. */
export const PARSE_TEXTS: Record<Language, ProblemTexts> = { zh, en };

/** A parser's problem as one sentence in the user's language: the value, what was expected, an example. */
export function parseProblemText(problem: ParseProblem, language: Language): string {
  const text = PARSE_TEXTS[language][problem.code] as (p: ParseProblem) => string;
  return text(problem);
}

/**
 * The regions of NEARBY_REGIONS, those a table's currency names (see currencyRegion) and the
 * countries its numbers with a country code are most often of, by name, with their code (the
 * setting takes the code).
 */
const REGION_NAMES: Record<string, { zh: string; en: string }> = {
  CN: { zh: '中国大陆', en: 'mainland China' },
  HK: { zh: '香港', en: 'Hong Kong' },
  MO: { zh: '澳门', en: 'Macau' },
  TW: { zh: '台湾', en: 'Taiwan' },
  PL: { zh: '波兰', en: 'Poland' },
  TR: { zh: '土耳其', en: 'Türkiye' },
  BR: { zh: '巴西', en: 'Brazil' },
  MX: { zh: '墨西哥', en: 'Mexico' },
  ID: { zh: '印度尼西亚', en: 'Indonesia' },
  TH: { zh: '泰国', en: 'Thailand' },
  VN: { zh: '越南', en: 'Vietnam' },
  PH: { zh: '菲律宾', en: 'the Philippines' },
  MY: { zh: '马来西亚', en: 'Malaysia' },
  SG: { zh: '新加坡', en: 'Singapore' },
  JP: { zh: '日本', en: 'Japan' },
  KR: { zh: '韩国', en: 'South Korea' },
  IN: { zh: '印度', en: 'India' },
  KE: { zh: '肯尼亚', en: 'Kenya' },
  AE: { zh: '阿联酋', en: 'the United Arab Emirates' },
  GB: { zh: '英国', en: 'the United Kingdom' },
  // Countries a table's numbers written with a country code name (+34: ES).
  US: { zh: '美国', en: 'the United States' },
  CA: { zh: '加拿大', en: 'Canada' },
  AU: { zh: '澳大利亚', en: 'Australia' },
  NZ: { zh: '新西兰', en: 'New Zealand' },
  IE: { zh: '爱尔兰', en: 'Ireland' },
  DE: { zh: '德国', en: 'Germany' },
  AT: { zh: '奥地利', en: 'Austria' },
  CH: { zh: '瑞士', en: 'Switzerland' },
  FR: { zh: '法国', en: 'France' },
  BE: { zh: '比利时', en: 'Belgium' },
  NL: { zh: '荷兰', en: 'the Netherlands' },
  ES: { zh: '西班牙', en: 'Spain' },
  PT: { zh: '葡萄牙', en: 'Portugal' },
  IT: { zh: '意大利', en: 'Italy' },
  CZ: { zh: '捷克', en: 'Czechia' },
  HU: { zh: '匈牙利', en: 'Hungary' },
  KZ: { zh: '哈萨克斯坦', en: 'Kazakhstan' },
  RU: { zh: '俄罗斯', en: 'Russia' },
  SE: { zh: '瑞典', en: 'Sweden' },
  NO: { zh: '挪威', en: 'Norway' },
  DK: { zh: '丹麦', en: 'Denmark' },
  FI: { zh: '芬兰', en: 'Finland' },
  ZA: { zh: '南非', en: 'South Africa' },
  NG: { zh: '尼日利亚', en: 'Nigeria' },
  RO: { zh: '罗马尼亚', en: 'Romania' },
  BG: { zh: '保加利亚', en: 'Bulgaria' },
  UA: { zh: '乌克兰', en: 'Ukraine' },
  RS: { zh: '塞尔维亚', en: 'Serbia' },
  LT: { zh: '立陶宛', en: 'Lithuania' },
  PE: { zh: '秘鲁', en: 'Peru' },
};

/**
 * The region a currency is the money of, where it is one country's alone (PLN: PL, TRY: TR);
 * null for the euro, the US dollar and any other a table's country cannot be told by.
 */
export function currencyRegion(code: string): string | null {
  return CURRENCY_REGIONS[code] ?? null;
}

const CURRENCY_REGIONS: Record<string, string> = {
  CNY: 'CN',
  HKD: 'HK',
  MOP: 'MO',
  TWD: 'TW',
  PLN: 'PL',
  TRY: 'TR',
  BRL: 'BR',
  MXN: 'MX',
  IDR: 'ID',
  THB: 'TH',
  VND: 'VN',
  PHP: 'PH',
  MYR: 'MY',
  SGD: 'SG',
  JPY: 'JP',
  KRW: 'KR',
  INR: 'IN',
  KES: 'KE',
  AED: 'AE',
  GBP: 'GB',
  SEK: 'SE',
  NOK: 'NO',
  DKK: 'DK',
  HUF: 'HU',
  KZT: 'KZ',
  RUB: 'RU',
  CZK: 'CZ',
  RON: 'RO',
  BGN: 'BG',
  UAH: 'UA',
  RSD: 'RS',
  PEN: 'PE',
  CHF: 'CH',
  AUD: 'AU',
  NZD: 'NZ',
  CAD: 'CA',
};

/** 香港（HK） / Hong Kong (HK); the code alone for a region without a name here. */
export function regionName(region: string, language: Language): string {
  const name = REGION_NAMES[region]?.[language];
  if (name === undefined) return region;
  return language === 'zh' ? `${name}（${region}）` : `${name} (${region})`;
}

/** 香港（HK）、澳门（MO）或台湾（TW） / Hong Kong (HK), Macau (MO) or Taiwan (TW). */
function regionList(regions: readonly string[], language: Language): string {
  const names = regions.map((region) => regionName(region, language));
  const last = names.pop() ?? '';
  if (names.length === 0) return last;
  return language === 'zh' ? `${names.join('、')}或${last}` : `${names.join(', ')} or ${last}`;
}
