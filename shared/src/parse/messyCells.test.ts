import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../model/dates.ts';
import type { Cell } from '../model/table.ts';
import type { ParseResult } from './ParseResult.ts';
import { parseBirthday } from './parseBirthday.ts';
import { parseComplaintStage } from './parseComplaintStage.ts';
import { columnDayOrder, parseDate } from './parseDate.ts';
import { parseEmail } from './parseEmail.ts';
import { parseNumber } from './parseNumber.ts';
import { parsePhone } from './parsePhone.ts';
import { parseProblemText } from './parseTexts.ts';

/** Expected outcome: a value (null = empty) or an error whose English message contains the text. */
type Expect<T> = { value: T | null } | { error: string };
type Case<T> = [input: Cell, expected: Expect<T>];

const v = <T>(value: T | null): Expect<T> => ({ value });
const err = <T>(error: string): Expect<T> => ({ error });

function check<T>(result: ParseResult<T>, expected: Expect<T>): void {
  if ('value' in expected) {
    expect(result).toEqual({ ok: true, value: expected.value });
  } else {
    expect(result.ok).toBe(false);
    if (!result.ok) expect(parseProblemText(result.problem, 'en')).toContain(expected.error);
  }
}

const NUMBER_EXPECTED = 'expected a number such as 1234.50 or ¥1,234.50';
const numberCases: Case<number>[] = [
  ['¥1,234.50', v(1234.5)],
  // Hong Kong, Taiwan and Macau ledgers: their currencies, and units in traditional characters.
  ['HK$12,500.00', v(12500)],
  ['-HK$600', v(-600)],
  // As Indian receipts write rupees: Rs. and /-, and lakh grouping (5,20,000 is 520,000).
  ['Rs. 12,500/-', v(12500)],
  // The sol (S/, S/.) before the figure, negative or in brackets; the leu after it.
  ['S/ 1,650.00', v(1650)],
  ['-S/ 120.00', v(-120)],
  ['(S/ 165.00)', v(-165)],
  ['S/. 55.80', v(55.8)],
  ['3.600,00 lei', v(3600)],
  // The lev after the figure, a space grouping its thousands; the euro by its Bulgarian name.
  ['1 104,00 лв.', v(1104)],
  ['-126,00 лв', v(-126)],
  ['547,20 евро', v(547.2)],
  // The hryvnia after the figure, by its abbreviation or its sign.
  ['15 128,00 грн', v(15128)],
  ['-472,00 грн', v(-472)],
  ['9 540,00 ₴', v(9540)],
  // The dinar after the figure or its code before it, thousands grouped with dots.
  ['312.000,00 din.', v(312000)],
  ['RSD 696.000,00', v(696000)],
  ['-11.200,00 din.', v(-11200)],
  // Vietnamese dong and Indonesian rupiah group thousands with dots; Korean prices in 만 and 천.
  ['1.850.000 ₫', v(1850000)],
  ['240.000đ', v(240000)],
  ['Rp 1.250.000', v(1250000)],
  ['1.850', v(1.85)],
  ['2tr5', v(2500000)],
  ['2,5 triệu', v(2500000)],
  ['55,000원', v(55000)],
  ['5만원', v(50000)],
  ['3만 5천원', v(35000)],
  // Philippine pesos written without the sign.
  ['P1,980', v(1980)],
  ['Php 7,950.00', v(7950)],
  ['Rs.17,500/-', v(17500)],
  ['₹5,20,000', v(520000)],
  ['-₹1,20,000.50', v(-120000.5)],
  ['12,34,56', err(NUMBER_EXPECTED)],
  ['港幣4,500元', v(4500)],
  ['NT$36,000', v(36000)],
  ['NT$ 4500', v(4500)],
  ['TWD 9,000', v(9000)],
  ['新台幣4.5萬', v(45000)],
  ['MOP$200', v(200)],
  ['(MOP 1,500.00)', v(-1500)],
  ['澳門幣8,500', v(8500)],
  ['人民幣800', v(800)],
  ['3億', v(300000000)],
  ['1,200 圓', v(1200)],
  ['1,234.50', v(1234.5)],
  ['1234.50 元', v(1234.5)],
  ['1234.50元', v(1234.5)],
  ['￥1,234.50', v(1234.5)],
  ['￥１，２３４．５０', v(1234.5)],
  ['１２３', v(123)],
  ['  88  ', v(88)],
  ['\u3000520\u3000', v(520)],
  ['$99.99', v(99.99)],
  ['€ 45', v(45)],
  ['£12.5', v(12.5)],
  ['RMB 1,000', v(1000)],
  ['CNY1000', v(1000)],
  ['1000 RMB', v(1000)],
  ['USD 250', v(250)],
  ['人民币 3,000 元', v(3000)],
  ['1.2万', v(12000)],
  ['1.1万元', v(11000)],
  ['3万', v(30000)],
  ['3千块', v(3000)],
  ['2亿', v(200_000_000)],
  ['5k', v(5000)],
  ['2.5K', v(2500)],
  ['1.2w', v(12000)],
  ['5W', v(50000)],
  ['3w元', v(30000)],
  // Millions as an English pipeline writes them.
  ['£1.2M', v(1_200_000)],
  ['$3.5m', v(3_500_000)],
  ['2mn', v(2_000_000)],
  ['£12k', v(12000)],
  ['200块', v(200)],
  ['200 块钱', v(200)],
  ['1,234,567.89', v(1234567.89)],
  ['1 234 567', v(1234567)],
  ['(12.00)', v(-12)],
  ['¥(1,200.00)', v(-1200)],
  ['-12', v(-12)],
  ['−12', v(-12)],
  ['-¥12', v(-12)],
  ['¥-12', v(-12)],
  ['+15', v(15)],
  ['0', v(0)],
  ['-0', v(0)],
  ['0.5', v(0.5)],
  ['.5', v(0.5)],
  ['1.2E+05', v(120000)],
  [1234.5, v(1234.5)],
  [0, v(0)],
  ['', v(null)],
  ['   ', v(null)],
  [null, v(null)],
  ['12%', err('is a percentage, not an amount')],
  ['12 ％', err('is a percentage')],
  ['abc', err(NUMBER_EXPECTED)],
  ['十二', err(NUMBER_EXPECTED)],
  // A decimal comma before one or two digits is never a thousands separator: read as written.
  ['1.234,50', v(1234.5)],
  ['2.380,00 €', v(2380)],
  ['-150,00 €', v(-150)],
  ['1 240,00 zł', v(1240)],
  ['R$ 84,03', v(84.03)],
  // Rand, as South Africa writes it either way.
  ['R 4 850,00', v(4850)],
  ['R1,150.00', v(1150)],
  ['-R150,00', v(-150)],
  // The dirham as a Gulf book writes it: Arabic-Indic digits and the word, short.
  ['٤٨٠ درهم', v(480)],
  ['Dhs 1,250', v(1250)],
  ['١٬٢٥٠٫٥٠', v(1250.5)],
  ['250 000 ₸', v(250000)],
  ['4 500 тг', v(4500)],
  // The krona as a Swedish till writes it, and the Danish krone.
  ['1 250,00 kr', v(1250)],
  ['540 kr', v(540)],
  ['-400,00 kr', v(-400)],
  ['kr. 1.250,00', v(1250)],
  ['1,5', v(1.5)],
  ['1.234,567', err('three digits after its comma')],
  // Money as shops abroad write it: shillings, rupiah shorthand, whole baht.
  ['KSh 6,700', v(6700)],
  ['10,800/=', v(10800)],
  ['Kshs. 7,400', v(7400)],
  ['Rp1.000.000,-', v(1000000)],
  ['25rb', v(25000)],
  ['1,1jt', v(1100000)],
  ['3,500.-', v(3500)],
  ['1,250 บาท', v(1250)],
  ['₺12.500,00', v(12500)],
  ['12,34', v(12.34)],
  ['--5', err('has more than one sign')],
  ['-(5)', err(NUMBER_EXPECTED)],
  ['12(3)', err(NUMBER_EXPECTED)],
  ['1.2.3', err(NUMBER_EXPECTED)],
  ['约1000', err(NUMBER_EXPECTED)],
  [true, err('is a true/false value')],
  [false, err('is a true/false value')],
  [new Date(Date.UTC(2024, 2, 5)), err('a date is not an amount')],
  [Number.NaN, err('is not a finite number')],
  [Number.POSITIVE_INFINITY, err('is not a finite number')],
];

const DATE_EXPECTED = 'expected a date such as 2024-03-05, 2024/3/5 or 2024年3月5日';
const dateCases: Case<string>[] = [
  // Taiwan's 民國 years (year 1 is 1912), and 號 for 号.
  ['民國113年3月5日', v('2024-03-05')],
  ['民国99.12.1', v('2010-12-01')],
  ['113年3月5日', v('2024-03-05')],
  ['113/03/05', v('2024-03-05')],
  ['115-11-20 14:30', v('2026-11-20')],
  ['1130305', v('2024-03-05')],
  [1130305, v('2024-03-05')],
  ['113/02/30', err('not a real date')],
  // Without 民國, a two-digit year may be a short 2024: refused, not guessed.
  ['24年3月5日', err('date')],
  ['99/12/01', err('date')],
  ['2024年3月5號', v('2024-03-05')],
  ['2024-03-05', v('2024-03-05')],
  ['2024/3/5', v('2024-03-05')],
  ['2024/03/05', v('2024-03-05')],
  ['2024.3.5', v('2024-03-05')],
  ['2024-3-5', v('2024-03-05')],
  ['2024年3月5日', v('2024-03-05')],
  ['2024年03月05号', v('2024-03-05')],
  ['2024 年 3 月 5 日', v('2024-03-05')],
  ['２０２４年３月５日', v('2024-03-05')],
  ['２０２４－０３－０５', v('2024-03-05')],
  ['二〇二四年三月五日', v('2024-03-05')],
  ['二〇二四年十二月二十五日', v('2024-12-25')],
  ['2024-03-05 14:30', v('2024-03-05')],
  ['2024-03-05 14:30:59', v('2024-03-05')],
  ['2024-03-05T10:00:00Z', v('2024-03-05')],
  ['2024-03-05T10:00:00.000+08:00', v('2024-03-05')],
  ['2024/3/5 9:05 PM', v('2024-03-05')],
  // Chinese clock times (Windows, .NET: 用友 and 金蝶 exports) and weekdays (shop exports).
  ['2024/5/6 上午 9:15:00', v('2024-05-06')],
  ['2024/6/10 下午3:20', v('2024-06-10')],
  ['2024-06-10 中午 12:05', v('2024-06-10')],
  ['2024-03-05(周二)', v('2024-03-05')],
  ['2026/11/03(火)', v('2026-11-03')],
  ['2026-11-03 (Tue) 19:30', v('2026-11-03')],
  ['2026/11/3（火曜日）', v('2026-11-03')],
  ['2024-03-05（星期二）', v('2024-03-05')],
  ['2024年3月5日 星期二', v('2024-03-05')],
  ['2024-03-05 週二 14:00', v('2024-03-05')],
  ['2024-03-05 周八', err(DATE_EXPECTED)],
  ['2024/5/6 上午', err(DATE_EXPECTED)],
  ['2024年3月5日 09:00', v('2024-03-05')],
  ['20240305', v('2024-03-05')],
  [20240305, v('2024-03-05')],
  [45356, v('2024-03-05')],
  ['45356', v('2024-03-05')],
  [45356.75, v('2024-03-05')],
  [1, v('1899-12-31')],
  [2958465, v('9999-12-31')],
  ['13/3/2024', v('2024-03-13')],
  ['3/13/2024', v('2024-03-13')],
  ['5/5/2024', v('2024-05-05')],
  ['5 Mar 2024', v('2024-03-05')],
  // Japanese era years: 令和 1 is 2019 (元年 its first), 平成 1 1989.
  ['R8.11.4', v('2026-11-04')],
  ['2026년 11월 9일', v('2026-11-09')],
  ['令和8年11月11日', v('2026-11-11')],
  ['令和元年5月1日', v('2019-05-01')],
  ['H31/4/30', v('2019-04-30')],
  ['R8.2.30', err('')],
  ['5-Mar-2024', v('2024-03-05')],
  ['March 5, 2024', v('2024-03-05')],
  ['Sept 30 2024', v('2024-09-30')],
  ['2024-02-29', v('2024-02-29')],
  [' 2024-03-05 ', v('2024-03-05')],
  [new Date(2024, 2, 5), v('2024-03-05')],
  ['', v(null)],
  [null, v(null)],
  ['2026-13-45', err('2026-13-45 is not a real date (month 13)')],
  ['2026-02-29', err('2026-02-29 is not a real date (February 2026 has 28 days)')],
  ['2024-04-31', err('(April 2024 has 30 days)')],
  ['2024-00-10', err('(month 0)')],
  ['2024-01-00', err('(day 0)')],
  ['6.6.0001', err('is not a plausible date (year 1)')],
  ['0099-01-01', err('(year 99)')],
  ['2024年2月30日', err('2024年2月30日 is not a real date (February 2024 has 29 days)')],
  ['20241345', err('20241345 is not a real date (month 13)')],
  ['3/5/2024', err('is ambiguous')],
  ['13/13/2024', err('is not a real date')],
  ['tomorrow', err(DATE_EXPECTED)],
  ['明天', err(DATE_EXPECTED)],
  ['12345678901', err(DATE_EXPECTED)],
  ['24/3/5', err(DATE_EXPECTED)],
  ['2024-03', err(DATE_EXPECTED)],
  ['2024/3-5', err(DATE_EXPECTED)],
  ['5 Foo 2024', err(DATE_EXPECTED)],
  [0, err('spreadsheet date numbers run from 1 to 2958465')],
  [-5, err('spreadsheet date numbers run from 1 to 2958465')],
  [2958466, err('spreadsheet date numbers run from 1 to 2958465')],
  [true, err('is a true/false value')],
  [new Date(Number.NaN), err('an invalid Date object')],
];

const BIRTHDAY_EXPECTED = 'expected a birthday such as 1990-03-05, 1990年3月5日 or 3月5日';
const birthdayCases: Case<string>[] = [
  ['12月25號', v('--12-25')],
  ['十二月兩號', v('--12-02')],
  ['1990-03-05', v('1990-03-05')],
  ['1990年3月5日', v('1990-03-05')],
  ['3月5日', v('--03-05')],
  ['03月05号', v('--03-05')],
  ['三月五日', v('--03-05')],
  ['03-05', v('--03-05')],
  ['3/5', v('--03-05')],
  ['3.5', v('--03-05')],
  ['--03-05', v('--03-05')],
  ['2月29日', v('--02-29')],
  ['25/12', v('--12-25')],
  // A month named without a year is a birthday's day and month, never this year's date.
  ['3 nov.', v('--11-03')],
  ['Nov 3', v('--11-03')],
  ['29 feb', v('--02-29')],
  ['3 Nov 1990', v('1990-11-03')],
  ['', v(null)],
  ['2月30日', err('2月30日 is not a real date (February has at most 29 days)')],
  ['13月1日', err('(month 13)')],
  ['1990-02-30', err('is not a real date')],
  ['下周', err(BIRTHDAY_EXPECTED)],
];

const phoneCases: Case<string>[] = [
  ['+86 139 1234 5678', v('+8613912345678')],
  ['139-1234-5678', v('+8613912345678')],
  ['13912345678', v('+8613912345678')],
  [13912345678, v('+8613912345678')],
  ['(021) 6123 4567', v('+862161234567')],
  ['021-61234567', v('+862161234567')],
  ['0086 13912345678', v('+8613912345678')],
  ['+86-139-1234-5678', v('+8613912345678')],
  ['１３９１２３４５６７８', v('+8613912345678')],
  ['tel:+8613912345678', v('+8613912345678')],
  ['021-6123 4567 转 801', v('+862161234567')],
  ['021-6123 4567 轉 801', v('+862161234567')],
  ['021-6123 4567 分機 801', v('+862161234567')],
  ['021-6123 4567 內線 801', v('+862161234567')],
  ['139-1234-5678 ext. 12', v('+8613912345678')],
  ['400-820-8820', v('+864008208820')],
  ['+1 212 555 0123', v('+12125550123')],
  ['+44 20 7946 0958', v('+442079460958')],
  // A phone number that went through a database or pandas as a float, and one a spreadsheet
  // showed in scientific notation with all its digits: nothing is lost, and both are read.
  ['13912345678.0', v('+8613912345678')],
  ['8613912345678.00', v('+8613912345678')],
  ['+8613912345678.0', v('+8613912345678')],
  ['1.3912345678E+10', v('+8613912345678')],
  ['8.613912345678e12', v('+8613912345678')],
  // Shown as a General cell shows it, then saved: the last digits are gone, and the message says so.
  ['1.39123E+10', err('only its first 6 digits are left, and the rest of the phone number is lost')],
  ['8.61391E+12', err('8.61391E+12 is a number Excel or WPS showed in scientific notation')],
  ['1.39E10', err('only its first 3 digits are left')],
  // A trailing zero may have been all Excel dropped; which, the text cannot tell: still refused.
  ['1.391234567E+10', err('only its first 10 digits are left')],
  // Not a whole number, or a dotted number that is a real way of writing one: read as before.
  ['1.39123456789E+10', err('is not a valid phone number for region CN')],
  ['139.1234.5678', v('+8613912345678')],
  // The same, imported into a spreadsheet first: 8.61391E+12 becomes the number 8613910000000,
  // a valid mobile (139 1000 0000) that is not the customer's.
  [8613910000000, err('8613910000000 is a number Excel or WPS showed in scientific notation')],
  [853661000000, err('only its first 6 digits are left')],
  [86139000000000, err('only its first 5 digits are left')],
  // Eleven digits fit a General cell, and a number with all its digits is read.
  [13910000000, v('+8613910000000')],
  [8613912345678, v('+8613912345678')],
  ['', v(null)],
  ['139123', err('139123 is not a valid phone number for region CN')],
  ['12345678901', err('is not a valid phone number for region CN')],
  ['+1 555 555 5555', err('+1 555 555 5555 is not a valid phone number')],
  ['无', err('is not a phone number')],
  ['13912345678 / 13812345678', err('looks like 2 phone numbers; put one number per cell')],
  [true, err('is not a phone number')],
];

const EMAIL_EXPECTED = 'expected an email address such as li.lei@example.com';
const emailCases: Case<string>[] = [
  [' Li.Lei@Example.COM ', v('li.lei@example.com')],
  ['wang_fang@163.com', v('wang_fang@163.com')],
  ['mailto:zhang.wei@qq.com', v('zhang.wei@qq.com')],
  ['MAILTO:Sales@Acme.cn', v('sales@acme.cn')],
  ['li＠example.com', v('li@example.com')],
  ['Li Lei <li.lei@example.com>', v('li.lei@example.com')],
  ['chen+crm@mail.example.com.cn', v('chen+crm@mail.example.com.cn')],
  ['', v(null)],
  ['li lei@example.com', err('contains a space')],
  ['li..lei@example.com', err('contains two dots in a row')],
  ['li.lei@example', err('the domain example has no top-level domain')],
  ['li.lei.example.com', err('has no @')],
  ['li@lei@example.com', err('has more than one @')],
  ['@example.com', err('has nothing before the @')],
  ['li.lei@', err('has no domain after the @')],
  ['a@x.com; b@y.com', err('looks like 2 email addresses')],
  ['li.lei@example.c', err(EMAIL_EXPECTED)],
  [12345, err('is not an email address')],
];

const STAGE_EXPECTED = 'expected a complaint stage';
const stageCases: Case<string>[] = [
  ['受理', v('received')],
  // Traditional characters, as Hong Kong and Taiwan sheets write the stages.
  ['處理中', v('resolving')],
  ['已解決', v('closed')],
  ['調查核實', v('investigating')],
  ['待回訪', v('revisit')],
  ['已受理', v('received')],
  ['待处理', v('received')],
  ['New', v('received')],
  ['open', v('received')],
  ['received', v('received')],
  ['调查', v('investigating')],
  ['调查核实', v('investigating')],
  ['Investigating', v('investigating')],
  ['制定解决方案', v('resolving')],
  ['处理中', v('resolving')],
  ['in progress', v('resolving')],
  ['反馈', v('feedback')],
  ['反馈处理结果', v('feedback')],
  ['回访', v('revisit')],
  ['follow-up', v('revisit')],
  ['已关闭', v('closed')],
  ['已解决', v('closed')],
  ['已结案', v('closed')],
  ['Closed', v('closed')],
  ['RESOLVED', v('closed')],
  ['2. 调查核实', v('investigating')],
  ['无', v(null)],
  ['', v(null)],
  ['进行', err(STAGE_EXPECTED)],
  [3, err(STAGE_EXPECTED)],
];

describe('messy cells', () => {
  it('has at least 120 cases', () => {
    const total =
      numberCases.length +
      dateCases.length +
      birthdayCases.length +
      phoneCases.length +
      emailCases.length +
      stageCases.length;
    expect(total).toBeGreaterThanOrEqual(120);
  });

  it.each(numberCases)('parseNumber(%j)', (input, expected) => check(parseNumber(input), expected));
  it.each(dateCases)('parseDate(%j)', (input, expected) => check(parseDate(input), expected));
  // A date without its year, as a ledger kept for the year at hand writes it: the latest such day
  // up to today, the year before where this year's is still to come; refused without a today.
  it.each<[string, string, string | null]>([
    ['9月3日', '2026-12-01', '2026-09-03'],
    ['11月28号', '2026-12-01', '2026-11-28'],
    ['12月1日', '2026-12-01', '2026-12-01'],
    ['12月25日', '2026-12-01', '2025-12-25'],
    ['9月3日（周三）', '2026-12-01', '2026-09-03'],
    ['2月29日', '2026-12-01', null],
    ['2月29日', '2024-03-01', '2024-02-29'],
    ['9月3', '2026-12-01', null],
    // Korean: 11월 9일 (the year 년 when written).
    ['11월 9일', '2026-12-01', '2026-11-09'],
    // A month named and a day, as English logs write them.
    ['Nov 9', '2026-12-01', '2026-11-09'],
    ['December 25th', '2026-12-01', '2025-12-25'],
    ['9 Nov', '2026-12-01', '2026-11-09'],
    ['Bob 9', '2026-12-01', null],
    // In the other languages ledgers are kept in, a weekday perhaps before it.
    ['15 de octubre', '2026-12-01', '2026-10-15'],
    ['20 nov', '2026-12-01', '2026-11-20'],
    ['lun 2/nov', '2026-12-01', '2026-11-02'],
    ['Jum, 9 Okt', '2026-12-01', '2026-10-09'],
    ['3 août', '2026-12-01', '2026-08-03'],
    ['3 ต.ค.', '2026-12-01', '2026-10-03'],
    ['Mar 9', '2026-12-01', '2026-03-09'],
  ])('parseDate(%j) on %s', (input, today, expected) => {
    const result = parseDate(input, { today: today as IsoDate });
    expect(result.ok ? result.value : null).toBe(expected);
    expect(parseDate(input).ok).toBe(false);
  });
  it.each(birthdayCases)('parseBirthday(%j)', (input, expected) => check(parseBirthday(input), expected));
  // A column read day-first (its other dates, or a Swedish or German header) reads 12/9 as the 12th
  // of September; 13/9 and 9/13 say their order themselves.
  it.each<[string, string]>([
    ['12/9', '--09-12'],
    ['9/12', '--12-09'],
    ['13/9', '--09-13'],
    ['9/13', '--09-13'],
  ])('parseBirthday(%j), day first', (input, expected) =>
    check(parseBirthday(input, { dayOrder: 'day-first' }), v(expected)),
  );
  it.each(phoneCases)('parsePhone(%j, CN)', (input, expected) => check(parsePhone(input, 'CN'), expected));
  it.each(emailCases)('parseEmail(%j)', (input, expected) => check(parseEmail(input), expected));
  it.each(stageCases)('parseComplaintStage(%j)', (input, expected) =>
    check(parseComplaintStage(input), expected),
  );
});

describe('a date with its month named in another language, or its year in the Buddhist era', () => {
  it.each<[string, string | null]>([
    ['7-oct-26', '2026-10-07'],
    ['15 de octubre de 2026', '2026-10-15'],
    ['1 Nov 2026', '2026-11-01'],
    // German and Austrian write the day with its dot; Austria names January and February its own way.
    ['9. Oktober 2026', '2026-10-09'],
    ['12. Jänner 2026', '2026-01-12'],
    ['12. Feber 2026', '2026-02-12'],
    // Bulgarian names its months in Cyrillic and may write the year's word (г.) after the date.
    ['12 декември 2025', '2025-12-12'],
    ['12 януари 2026 г.', '2026-01-12'],
    ['15.12.2025 г.', '2025-12-15'],
    // Ukrainian names its months in the genitive after the day and writes the year's word (р.).
    ['11 лютого 2026 р.', '2026-02-11'],
    ['12 березня 2026 р.', '2026-03-12'],
    ['12 березня 2026', '2026-03-12'],
    // Lithuanian writes the year first with its word (m.), the month in the genitive, the day's word (d.).
    ['2026 m. kovo 12 d.', '2026-03-12'],
    ['2026 m. balandžio 3 d.', '2026-04-03'],
    // Latvian writes the year with its word (gada, g.), then the day and the month in the locative
    // or the nominative; Serbian a dot after the year.
    ['2026. gada 5. martā', '2026-03-05'],
    ['2026. gada 22. aprīlī', '2026-04-22'],
    ['2026. g. 12. marts', '2026-03-12'],
    ['2026. gada 1. decembrī', '2026-12-01'],
    ['6. mart 2026.', '2026-03-06'],
    ['3. april 2026.', '2026-04-03'],
    ['5 октомври 2026', '2026-10-05'],
    ['3 Okt 2026', '2026-10-03'],
    ['12 März 2026', '2026-03-12'],
    ['1 janvier 2026', '2026-01-01'],
    ['5 Desember 2026', '2026-12-05'],
    ['Mon, 2 Nov 2026', '2026-11-02'],
    // Polish writes the month in the genitive after its day; Turkish as it is.
    ['3 listopada 2026', '2026-11-03'],
    ['15 października 2026', '2026-10-15'],
    ['15 Ekim 2026', '2026-10-15'],
    ['2 Kasım 2026', '2026-11-02'],
    // Hungarian writes the year first, the month named or cut short, the day, each with a dot.
    ['2025. márc. 6.', '2025-03-06'],
    ['2025. ápr. 17.', '2025-04-17'],
    ['2025. március 6.', '2025-03-06'],
    ['2026. szept. 3.', '2026-09-03'],
    ['2026. febr. 28.', '2026-02-28'],
    ['2026. febr. 30.', null],
    // Thailand: 2569 is 2026, in four digits or two (3 ต.ค. 69).
    ['30/11/2569', '2026-11-30'],
    ['3 ต.ค. 69', '2026-10-03'],
    ['25 พฤศจิกายน 2569', '2026-11-25'],
    // No weekday before a lone number: Mar 9 is March, a 9 alone a spreadsheet serial.
    ['Xyz, 9 Okt 2026', null],
  ])('parseDate(%j) → %s', (input, expected) => {
    const result = parseDate(input);
    expect(result.ok ? result.value : null).toBe(expected);
  });
});

describe('a month and a day with a dot, without their year (9.3, 11.25)', () => {
  const today = '2026-12-01';
  it.each<[Cell, string | null, string | null]>([
    ['9.3', '2026-09-03', null],
    ['12.28', '2025-12-28', null],
    [' 10.15 ', '2026-10-15', null],
    // Kept as a number by the spreadsheet: 11.25 is 11月25日; 9.2 may be 9.20 with its 0 dropped.
    [11.25, '2026-11-25', null],
    [9.2, null, 'date-month-day-cut'],
    // No month has a 40th day, nor February a 30th: 9月4日, 2月3日.
    [9.4, '2026-09-04', null],
    [2.3, '2026-02-03', null],
    // Not a month: a spreadsheet's serial number as before.
    ['13.5', '1900-01-12', null],
    ['2026.11.3', '2026-11-03', null],
    // Czech, Slovak and German: the day first, a space after each dot, or the year left out and
    // the month's dot kept (not 9.3's month and day).
    ['1. 10. 2026', '2026-10-01', null],
    ['14. 3. 1979', '1979-03-14', null],
    ['7. 10.', '2026-10-07', null],
    ['19.10.', '2026-10-19', null],
    ['30. 11.', '2026-11-30', null],
    // Hungarian: the year first, a dot after each part (2026. 10. 01.); without the year, the
    // month first where the day can be no month (10. 14.).
    ['2026. 10. 01.', '2026-10-01', null],
    ['2026.10.16.', '2026-10-16', null],
    ['2026. 11. 31.', null, 'not-a-real-date'],
    ['10. 14.', '2026-10-14', null],
    // Latvian and Serbian: the day first, a dot after each part and none spaced (10.03.2026.),
    // whatever the day; as the dot says so, 03.10.2026. is the 3rd of October and no question.
    ['10.03.2026.', '2026-03-10', null],
    ['03.10.2026.', '2026-10-03', null],
    ['30.02.2026.', null, 'not-a-real-date'],
  ])('%j → %s', (cell, date, problem) => {
    const parsed = parseDate(cell, { today });
    if (date !== null) expect(parsed).toEqual({ ok: true, value: date });
    else expect(parsed.ok ? null : parsed.problem.code).toBe(problem);
  });

  it("reads 10. 12. in the column's order: the month first in a Hungarian book", () => {
    expect(parseDate('10. 12.', { today, dayOrder: 'month-first' })).toEqual({
      ok: true,
      value: '2026-10-12',
    });
    expect(parseDate('10. 12.', { today, dayOrder: 'day-first' })).toEqual({ ok: true, value: '2025-12-10' });
    expect(parseDate('10. 12.', { today })).toEqual({ ok: true, value: '2025-12-10' });
    // Croatian writes a dot after the year too.
    expect(parseDate('1. 9. 2026.')).toEqual({ ok: true, value: '2026-09-01' });
  });

  it('reads them as text only where today is known (as an order reader knows it)', () => {
    expect(parseDate('9.3')).toEqual({ ok: true, value: '1900-01-08' });
  });
});

describe('a month and a day with a slash, without their year (10/20, 20/10)', () => {
  const today = '2026-12-01';
  it.each<[string, 'day-first' | 'month-first' | null, string | null, string | null]>([
    // 20 can be no month: 10/20 is 10月20日 whatever the column's order, 20/10 the 20th of October.
    ['10/20', null, '2026-10-20', null],
    ['20/10', null, '2026-10-20', null],
    ['12/25', null, '2025-12-25', null],
    // Either way round: the column's order says, and without one it is refused, saying both.
    ['11/8', 'month-first', '2026-11-08', null],
    ['11/8', 'day-first', '2026-08-11', null],
    ['11/8', null, null, 'date-ambiguous'],
    ['13/13', null, null, 'not-a-real-date'],
    // A weekday after it, as Japanese and English write it: read past; where the column does not
    // settle the order, it settles it when it is the weekday of one reading only. 6 November 2026
    // is a Friday and 11 June a Thursday; 7 November and 11 July are both Saturdays.
    ['11/21(土)', null, '2026-11-21', null],
    ['11/6(金)', null, '2026-11-06', null],
    ['6/11（木）', null, '2026-06-11', null],
    ['11/6 (Fri)', null, '2026-11-06', null],
    ['11/6(金曜日)', null, '2026-11-06', null],
    ['11/6(火)', null, null, 'date-ambiguous'],
    ['11/7(土)', null, null, 'date-ambiguous'],
    ['11/7(土)', 'month-first', '2026-11-07', null],
    ['11/2(월)', 'month-first', '2026-11-02', null],
    // With a dash, as a Chinese ledger writes its month and day (10-3, 11-28).
    ['11-28', null, '2026-11-28', null],
    ['10-3', 'month-first', '2026-10-03', null],
    ['10-3', null, null, 'date-ambiguous'],
  ])('%j (%s) → %s', (text, dayOrder, date, problem) => {
    const parsed = parseDate(text, { today, dayOrder });
    if (date !== null) expect(parsed).toEqual({ ok: true, value: date });
    else expect(parsed.ok ? null : parsed.problem.code).toBe(problem);
    // Without a today, as before: no date.
    expect(parseDate(text).ok).toBe(false);
  });
});

describe('the day order of a column of dates without their year', () => {
  it.each<[string[], 'day-first' | 'month-first' | null]>([
    [['11/21(土)', '11/6(金)', '11/7(土)'], 'month-first'],
    [['21/11', '6/11'], 'day-first'],
    [['10-3', '10-13', '11-2'], 'month-first'],
    [['2026/11/03(火)', '11/6', '11月13日'], null],
    // Both orders in one column settle nothing.
    [['11/21', '21/11'], null],
  ])('%j → %s', (cells, order) => {
    expect(columnDayOrder(cells)).toBe(order);
  });
});

describe('a date with its year in two digits (12/11/26)', () => {
  it.each<[Cell, 'day-first' | 'month-first' | null, string | null]>([
    ['12/11/26', 'day-first', '2026-11-12'],
    ['30/11/26', null, '2026-11-30'],
    ['11/30/26', null, '2026-11-30'],
    ['12/11/85', 'day-first', '1985-11-12'],
    ['12/11/26', null, null],
  ])('%j (%s) → %s', (cell, dayOrder, date) => {
    const parsed = parseDate(cell, { dayOrder });
    expect(parsed.ok ? parsed.value : null).toBe(date);
  });
});
