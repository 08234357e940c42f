import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../model/keys.ts';
import type { ParseResult } from './ParseResult.ts';
import { parseBirthday } from './parseBirthday.ts';
import { parseComplaintStage } from './parseComplaintStage.ts';
import { parseDate } from './parseDate.ts';
import { parseEmail } from './parseEmail.ts';
import { parseNumber } from './parseNumber.ts';
import { parsePhone } from './parsePhone.ts';
import type { ParseProblem } from './parseProblem.ts';
import { PARSE_TEXTS, parseProblemText } from './parseTexts.ts';

/** One problem of every code: a code added to ParseProblem without an example does not compile. */
const EXAMPLES: { [P in ParseProblem as P['code']]: P } = {
  'number-not-finite': { code: 'number-not-finite', text: 'NaN' },
  'number-boolean': { code: 'number-boolean', text: 'TRUE' },
  'number-date': { code: 'number-date' },
  'number-expected': { code: 'number-expected', text: 'abc' },
  'number-percentage': { code: 'number-percentage', text: '12%' },
  'number-signs': { code: 'number-signs', text: '--5' },
  'number-decimal-comma': { code: 'number-decimal-comma', text: '1.234,567' },
  'number-too-large': { code: 'number-too-large', text: '1e999' },
  'date-boolean': { code: 'date-boolean', text: 'TRUE' },
  'date-expected': { code: 'date-expected', text: 'tomorrow' },
  'date-implausible-year': { code: 'date-implausible-year', text: '0099-01-01', year: 99 },
  'not-a-real-date': {
    code: 'not-a-real-date',
    text: '2026-02-29',
    fault: { kind: 'month-length', year: 2026, month: 2, days: 28 },
  },
  'date-object-invalid': { code: 'date-object-invalid' },
  'date-object-out-of-range': { code: 'date-object-out-of-range', year: 99 },
  'date-serial-out-of-range': { code: 'date-serial-out-of-range', text: '0', max: 2958465 },
  'date-month-day-cut': { code: 'date-month-day-cut', text: '9.2', month: 9, day: 2 },
  'date-ambiguous': {
    code: 'date-ambiguous',
    text: '3/5/2024',
    first: 3,
    second: 5,
    monthFirst: '2024-03-05',
    dayFirst: '2024-05-03',
  },
  'birthday-expected': { code: 'birthday-expected', text: 'soon' },
  'email-not-text': { code: 'email-not-text', text: '12345' },
  'email-several': { code: 'email-several', text: 'a@x.com; b@y.com', count: 2 },
  'email-space': { code: 'email-space', text: 'li lei@example.com' },
  'email-no-at': { code: 'email-no-at', text: 'li.example.com' },
  'email-several-at': { code: 'email-several-at', text: 'li@lei@example.com' },
  'email-double-dot': { code: 'email-double-dot', text: 'li..lei@example.com' },
  'email-no-local-part': { code: 'email-no-local-part', text: '@example.com' },
  'email-no-domain': { code: 'email-no-domain', text: 'li@' },
  'email-no-tld': { code: 'email-no-tld', text: 'li@example', domain: 'example' },
  'email-invalid': { code: 'email-invalid', text: 'li@example.c' },
  'email-masked': { code: 'email-masked', text: 'w***@example.com' },
  'phone-not-text': { code: 'phone-not-text', text: 'TRUE' },
  'phone-several': { code: 'phone-several', text: '139 / 138', count: 2 },
  'phone-no-digits': { code: 'phone-no-digits', text: 'none' },
  'phone-invalid': { code: 'phone-invalid', text: '139123', region: 'CN' },
  'phone-scientific': { code: 'phone-scientific', text: '1.38123E+10', kept: 6 },
  'phone-masked': { code: 'phone-masked', text: '138****5678' },
  'account-masked': { code: 'account-masked', text: 't**8' },
  'stage-not-text': { code: 'stage-not-text', text: '3' },
  'stage-unknown': { code: 'stage-unknown', text: 'maybe' },
  'satisfaction-expected': { code: 'satisfaction-expected', text: 'good' },
  'satisfaction-out-of-range': { code: 'satisfaction-out-of-range', value: 12 },
  'recommend-expected': { code: 'recommend-expected', text: 'likely' },
  'recommend-off-scale': { code: 'recommend-off-scale', value: 8.5 },
  'text-too-long': { code: 'text-too-long', length: 32767, max: 1000, start: 'aaaa' },
};

const HAN = /\p{Script=Han}/u;

describe('parse texts', () => {
  it('has a text in every language for every problem code, and no other', () => {
    const codes = Object.keys(EXAMPLES).sort();
    for (const language of LANGUAGES) expect(Object.keys(PARSE_TEXTS[language]).sort()).toEqual(codes);
  });

  // The examples' own values are Latin, so Chinese in a zh text is the catalogue's wording.
  it.each(Object.values(EXAMPLES))('words $code in Chinese and in English', (problem) => {
    const zh = parseProblemText(problem, 'zh');
    const en = parseProblemText(problem, 'en');
    expect(zh).toMatch(HAN);
    expect(en).toMatch(/[a-z]{2}/);
    expect(en).not.toBe(zh);
  });
});

const refusal = (result: ParseResult<unknown>): ParseProblem => {
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.value)}`);
  return result.problem;
};

/** [parser call, the cell, Chinese message, English message]: English as the parsers wrote it before. */
const MESSAGES: [string, () => ParseResult<unknown>, string, string][] = [
  [
    'an impossible day',
    () => parseDate('2024年2月30日'),
    '“2024年2月30日”不是有效日期（2024年2月只有29天）',
    '2024年2月30日 is not a real date (February 2024 has 29 days)',
  ],
  [
    'month 13',
    () => parseDate('2026-13-45'),
    '“2026-13-45”不是有效日期（没有13月）',
    '2026-13-45 is not a real date (month 13)',
  ],
  [
    'an ambiguous day and month',
    () => parseDate('3/5/2024'),
    '“3/5/2024”有歧义（3/5 可能是月/日，也可能是日/月）；请写成 2024-03-05 或 2024-05-03',
    '3/5/2024 is ambiguous (3/5 could be month/day or day/month); write it as 2024-03-05 or 2024-05-03',
  ],
  [
    'no date at all',
    () => parseDate('明天'),
    '“明天”不是可识别的日期；请填写日期，如 2024-03-05、2024/3/5 或 2024年3月5日',
    'expected a date such as 2024-03-05, 2024/3/5 or 2024年3月5日',
  ],
  [
    'a serial number out of range',
    () => parseDate(0),
    '“0”不是日期（表格的日期序号从 1 到 2958465）；请填写日期，如 2024-03-05、2024/3/5 或 2024年3月5日',
    '0 is not a date (spreadsheet date numbers run from 1 to 2958465); expected a date such as 2024-03-05, 2024/3/5 or 2024年3月5日',
  ],
  [
    'a year-less birthday that cannot be',
    () => parseBirthday('2月30日'),
    '“2月30日”不是有效日期（2月最多29天）',
    '2月30日 is not a real date (February has at most 29 days)',
  ],
  [
    'no birthday at all',
    () => parseBirthday('下周'),
    '“下周”不是可识别的生日；请填写生日，如 1990-03-05、1990年3月5日 或 3月5日',
    'expected a birthday such as 1990-03-05, 1990年3月5日 or 3月5日',
  ],
  [
    'a percentage for an amount',
    () => parseNumber('12%'),
    '“12%”是百分比，不是金额；请填写金额或数量，如 1234.50 或 ¥1,234.50',
    '12% is a percentage, not an amount; expected a number such as 1234.50 or ¥1,234.50',
  ],
  [
    'a comma that may be a decimal mark or a thousands separator',
    () => parseNumber('1.234,567'),
    '“1.234,567”的逗号后有三位数字，分不清逗号是小数点还是千位分隔符；请写成 1234.567 或 1234567 这样的形式',
    '1.234,567 has three digits after its comma, which may be a decimal mark or a thousands separator; write it as 1234.567 or 1234567',
  ],
  [
    'an email without a top-level domain',
    () => parseEmail('li.lei@example'),
    '“li.lei@example”的域名 example 缺少顶级域名，如 .com 或 .cn',
    'li.lei@example: the domain example has no top-level domain such as .com or .cn',
  ],
  [
    'two emails in one cell',
    () => parseEmail('a@x.com; b@y.com'),
    '“a@x.com; b@y.com”像是 2 个邮箱地址；每个单元格只填一个地址',
    'a@x.com; b@y.com looks like 2 email addresses; put one address per cell',
  ],
  [
    'a phone number too short for its region',
    () => parsePhone('139123', 'CN'),
    '“139123”不是有效的电话号码（没有国家代码，按 CN 的号码解读）',
    '139123 is not a valid phone number for region CN',
  ],
  [
    'a Hong Kong number read in the mainland',
    () => parsePhone('9123 4567', 'CN'),
    '“9123 4567”不是有效的电话号码（没有国家代码，按 CN 的号码解读）；按香港（HK）的号码解读则有效',
    '9123 4567 is not a valid phone number for region CN; it is valid as a Hong Kong (HK) number',
  ],
  [
    'a Macau mobile read in the mainland, which Hong Kong and Taiwan also read',
    () => parsePhone('6612 3456', 'CN'),
    '“6612 3456”不是有效的电话号码（没有国家代码，按 CN 的号码解读）；按香港（HK）、澳门（MO）或台湾（TW）的号码解读则有效',
    '6612 3456 is not a valid phone number for region CN; it is valid as a Hong Kong (HK), Macau (MO) or Taiwan (TW) number',
  ],
  [
    'an invalid international phone number',
    () => parsePhone('+1 555 555 5555', 'CN'),
    '“+1 555 555 5555”不是有效的电话号码',
    '+1 555 555 5555 is not a valid phone number',
  ],
  [
    'two phone numbers in one cell',
    () => parsePhone('13912345678 / 13812345678', 'CN'),
    '“13912345678 / 13812345678”像是 2 个电话号码；每个单元格只填一个号码',
    '13912345678 / 13812345678 looks like 2 phone numbers; put one number per cell',
  ],
  [
    'a number a shop platform masked',
    () => parsePhone('138****5678', 'CN'),
    '“138****5678”是打码的号码（导出时隐藏了中间几位），不是完整号码，无法联系，也不能用来区分客户；请填写完整号码',
    '138****5678 is a masked number (some digits hidden when it was exported), not a whole one: it cannot be called, nor tell customers apart; enter the whole number',
  ],
  [
    'a masked address',
    () => parseEmail('w***@qq.com'),
    '“w***@qq.com”是打码的邮箱（导出时隐藏了一部分），不是完整地址，无法发邮件，也不能用来区分客户；请填写完整地址',
    'w***@qq.com is a masked address (part of it hidden when it was exported), not a whole one: it cannot be written to, nor tell customers apart; enter the whole address',
  ],
  [
    'an unknown complaint stage',
    () => parseComplaintStage('进行'),
    '无法识别投诉阶段“进行”；请填写投诉阶段：受理、调查核实、制定解决方案、反馈处理结果、回访或已关闭',
    '进行: expected a complaint stage: 受理, 调查核实, 制定解决方案, 反馈处理结果, 回访 or 已关闭 (received, investigating, resolving, feedback, revisit, closed)',
  ],
];

describe('parse messages', () => {
  it.each(MESSAGES)('words %s in both languages', (_name, parse, zh, en) => {
    const problem = refusal(parse());
    expect(parseProblemText(problem, 'zh')).toBe(zh);
    expect(parseProblemText(problem, 'en')).toBe(en);
  });
});
