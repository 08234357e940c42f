import type { Cell } from '../model/table.ts';
import { MAX_PARSED_CELL_LENGTH, tooLongToParse } from './cellTextLimit.ts';
import { cellToText, normalizeText } from './cellToText.ts';
import { EMPTY, fail, ok, type ParseResult } from './ParseResult.ts';
import { alternationOf } from './regExpSource.ts';
import { foldTraditional } from './simplifiedChinese.ts';
import { endingWord, trimEndMatching } from './textEnds.ts';

/**
 * The currency marks written with an amount (after NFKC: ￥ → ¥; traditional characters folded:
 * 港幣 → 港币), each with the ISO 4217 code it names and where it stands: before the figure, after
 * it or either side. 元, 块 and a bare $ name the unit of wherever the ledger is kept (元 is a
 * Taiwan dollar in Taipei and a yuan in Shanghai), so they name no code. Hong Kong, Taiwan and
 * Macau ledgers write HK$, NT$ and MOP$ before the figure.
 */
const CURRENCY_MARKS: readonly [mark: string, code: string | null, stands: 'before' | 'after' | 'both'][] = [
  ['人民币', 'CNY', 'both'],
  ['RMB', 'CNY', 'both'],
  ['CNY', 'CNY', 'both'],
  ['¥', 'CNY', 'both'],
  ['港币', 'HKD', 'both'],
  ['港元', 'HKD', 'both'],
  ['HKD', 'HKD', 'both'],
  ['HK$', 'HKD', 'before'],
  ['新台币', 'TWD', 'both'],
  ['台币', 'TWD', 'both'],
  ['NTD', 'TWD', 'both'],
  ['TWD', 'TWD', 'both'],
  ['NT$', 'TWD', 'before'],
  ['澳门币', 'MOP', 'both'],
  ['MOP', 'MOP', 'both'],
  ['MOP$', 'MOP', 'before'],
  ['USD', 'USD', 'both'],
  ['US$', 'USD', 'before'],
  ['EUR', 'EUR', 'both'],
  ['€', 'EUR', 'both'],
  ['GBP', 'GBP', 'both'],
  ['£', 'GBP', 'both'],
  // Where customers of Chinese businesses often are, and what invoicing tools (Zoho Books,
  // QuickBooks, Xero) print before a figure there.
  ['JPY', 'JPY', 'both'],
  ['KRW', 'KRW', 'both'],
  ['₩', 'KRW', 'both'],
  ['SGD', 'SGD', 'both'],
  ['S$', 'SGD', 'before'],
  ['MYR', 'MYR', 'both'],
  ['RM', 'MYR', 'before'],
  ['THB', 'THB', 'both'],
  ['฿', 'THB', 'both'],
  ['VND', 'VND', 'both'],
  ['₫', 'VND', 'both'],
  // As Vietnamese shops write dong: 240.000đ, 1.850.000 VNĐ.
  ['VNĐ', 'VND', 'both'],
  ['đ', 'VND', 'after'],
  ['IDR', 'IDR', 'both'],
  ['Rp', 'IDR', 'before'],
  // Won written after the figure, as Korean shops do: 55,000원.
  ['원', 'KRW', 'after'],
  ['PHP', 'PHP', 'both'],
  ['₱', 'PHP', 'both'],
  // As Philippine shops write pesos without the sign: P1,980, Php 7,950.00.
  ['P', 'PHP', 'before'],
  ['INR', 'INR', 'both'],
  ['₹', 'INR', 'both'],
  // As Indian receipts write rupees: Rs. 12,500/- (the /- says no paise follow).
  ['Rs.', 'INR', 'before'],
  ['Rs', 'INR', 'before'],
  ['/-', null, 'after'],
  ['AUD', 'AUD', 'both'],
  ['A$', 'AUD', 'before'],
  ['NZD', 'NZD', 'both'],
  ['NZ$', 'NZD', 'before'],
  ['CAD', 'CAD', 'both'],
  ['C$', 'CAD', 'before'],
  // As shops in Europe, Latin America, Turkey and East Africa write their money: 1 240,00 zł,
  // R$ 84,03, ₺12.500, KSh 6,700 and 10,800/= (the /= says no cents follow), 1,500 บาท, $1,234.50 MXN.
  // The leu as Romania writes it: 3.600,00 lei, RON 1.840,00.
  ['RON', 'RON', 'both'],
  // The lev as Bulgaria writes it: 1 104,00 лв.; and the euro by its Bulgarian name, 547,20 евро.
  ['BGN', 'BGN', 'both'],
  ['лв.', 'BGN', 'after'],
  ['лв', 'BGN', 'after'],
  ['евро', 'EUR', 'after'],
  // The hryvnia as Ukraine writes it: 15 128,00 грн, 9 540,00 ₴.
  ['UAH', 'UAH', 'both'],
  ['грн.', 'UAH', 'after'],
  ['грн', 'UAH', 'after'],
  ['₴', 'UAH', 'both'],
  ['lei', 'RON', 'after'],
  // The dinar as Serbia writes it: 312.000,00 din., RSD 696.000,00, 12.345,00 дин.
  ['RSD', 'RSD', 'both'],
  ['din.', 'RSD', 'after'],
  ['din', 'RSD', 'after'],
  ['дин.', 'RSD', 'after'],
  ['PLN', 'PLN', 'both'],
  ['zł', 'PLN', 'after'],
  ['CZK', 'CZK', 'both'],
  ['Kč', 'CZK', 'after'],
  ['HUF', 'HUF', 'both'],
  ['Ft', 'HUF', 'after'],
  ['CHF', 'CHF', 'both'],
  ['SEK', 'SEK', 'both'],
  ['NOK', 'NOK', 'both'],
  ['DKK', 'DKK', 'both'],
  // The krona and the krone as Sweden, Norway and Denmark write them: 1 250,00 kr, kr 450,
  // 1.250,00 kr.; the same word in the three, so the unit of wherever the ledger is kept.
  ['kr.', null, 'both'],
  ['kr', null, 'both'],
  ['BRL', 'BRL', 'both'],
  ['R$', 'BRL', 'before'],
  ['MXN', 'MXN', 'both'],
  // The sol as Peru writes it: S/ 1,650.00, and the older S/. 310.00.
  ['PEN', 'PEN', 'both'],
  ['S/.', 'PEN', 'before'],
  ['S/', 'PEN', 'before'],
  ['TRY', 'TRY', 'both'],
  ['₺', 'TRY', 'both'],
  ['TL', 'TRY', 'after'],
  ['KES', 'KES', 'both'],
  ['Kshs.', 'KES', 'before'],
  ['Kshs', 'KES', 'both'],
  ['KSh', 'KES', 'both'],
  ['/=', null, 'after'],
  // 3,500.- and 500.-: a whole amount, no cents (Thailand, Switzerland); Rp1.000.000,- the same.
  ['.-', null, 'after'],
  [',-', null, 'after'],
  ['NGN', 'NGN', 'both'],
  ['₦', 'NGN', 'both'],
  ['ZAR', 'ZAR', 'both'],
  // As South Africa writes rand: R 4 850,00, R1,150.00.
  ['R', 'ZAR', 'before'],
  // The tenge and the rouble as Kazakh and Russian books write them: 250 000 ₸, 4 500 тг, 300 руб.
  ['KZT', 'KZT', 'both'],
  ['₸', 'KZT', 'both'],
  ['тенге', 'KZT', 'after'],
  ['тг.', 'KZT', 'after'],
  ['тг', 'KZT', 'after'],
  ['RUB', 'RUB', 'both'],
  ['₽', 'RUB', 'both'],
  ['руб.', 'RUB', 'after'],
  ['руб', 'RUB', 'after'],
  ['AED', 'AED', 'both'],
  // The dirham as the UAE writes it in Arabic and short: ٤٨٠ درهم, 480 د.إ, Dhs 480.
  ['درهم', 'AED', 'after'],
  ['د.إ', 'AED', 'both'],
  ['Dhs.', 'AED', 'before'],
  ['Dhs', 'AED', 'before'],
  ['บาท', 'THB', 'after'],
  ['$', null, 'both'],
  ['块钱', null, 'after'],
  ['元', null, 'after'],
  ['块', null, 'after'],
  ['圆', null, 'after'],
];

/** The marks that may stand `where`, longest first (so that MOP$ is read whole, not as MOP). */
function marksStanding(where: 'before' | 'after'): string[] {
  return CURRENCY_MARKS.filter(([, , stands]) => stands === where || stands === 'both')
    .map(([mark]) => mark)
    .sort((a, b) => b.length - a.length);
}

/** The currency written before the amount, as a pattern's source. */
const CURRENCY_BEFORE = `(?:${alternationOf(marksStanding('before'))})`;
const CURRENCY_PREFIX = new RegExp(`^${CURRENCY_BEFORE}\\s*`, 'i');
/**
 * Currency or counter words written after the amount, compared case-insensitively, longest
 * first. Read off the end with endsWith, not a `\s*(…)$` pattern: that one is tried from every
 * space of a long run and costs seconds on a cell of 32,767 spaces.
 */
const CURRENCY_SUFFIXES = marksStanding('after');
/** The marks that name a currency (in upper case, as they are looked up), by its ISO 4217 code. */
const CURRENCY_CODES: ReadonlyMap<string, string> = new Map(
  CURRENCY_MARKS.flatMap(([mark, code]) => (code === null ? [] : [[mark.toUpperCase(), code] as const])),
);

/**
 * The currency an amount's text names before or after its figure, as parseNumber reads the marks
 * (HK$1,200, 1,200 港幣, ¥(12.00), USD -12), as its ISO 4217 code; null when it names none or
 * only a local unit (320 元, $25). A text without a letter, one of ¥ € £ $ ₹ ₩ ฿ (the other
 * currency signs), or 币, 幣 or 港 names none, which most amount cells tell in one look at their
 * characters.
 */
export function amountCurrency(text: string): string | null {
  // The usual marked amount of a mainland ledger, ¥1,200 or -¥80, told by its first characters.
  const head = text.charCodeAt(0) === 0x2d ? text.charCodeAt(1) : text.charCodeAt(0);
  if (head === 0xa5 || head === 0xffe5) return 'CNY';
  // A cell this long is no amount (parseNumber refuses it too).
  if (text.length > MAX_PARSED_CELL_LENGTH || !mayNameCurrency(text)) return null;
  const s = foldTraditional(normalizeText(text)).replace(/^[-+\u2212(\s]+/, '');
  const before = CURRENCY_PREFIX.exec(s);
  const code = before === null ? undefined : CURRENCY_CODES.get(before[0].trim().toUpperCase());
  if (code !== undefined) return code;
  const after = endingWord(trimEndMatching(s, /[)\s]/), CURRENCY_SUFFIXES, true);
  return after === null ? null : (CURRENCY_CODES.get(after.word.toUpperCase()) ?? null);
}

/** Counts the currency an amount cell names, if it names one (amountCurrency), by ISO 4217 code. */
export function countCurrency(counts: Record<string, number>, cell: Cell | undefined): void {
  if (typeof cell !== 'string') return;
  const code = amountCurrency(cell);
  if (code !== null) counts[code] = (counts[code] ?? 0) + 1;
}

/**
 * Whether a text holds a character every currency mark but 元 and 块 has: a letter, ¥ € £ $, 币,
 * 港, the Arabic letters of درهم and د.إ, or a Cyrillic one (тг, руб.).
 */
function mayNameCurrency(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x24) return true;
    if (code === 0xa5 || code === 0xffe5 || code === 0x20ac || code === 0xa3) return true;
    // ₩ ₫ ₱ ₹ (the currency signs block) and ฿.
    if ((code >= 0x20a0 && code <= 0x20cf) || code === 0x0e3f) return true;
    if (code === 0x062f) return true;
    // Cyrillic: тг, руб.
    if (code >= 0x0430 && code <= 0x044f) return true;
    if (code === 0x5e01 || code === 0x5e63 || code === 0x6e2f || code >= 0xff21) return true;
  }
  return false;
}

/**
 * 万 = 10^4, 亿 = 10^8, 千/k = 10^3, M/m/mn = 10^6, as shorthand in hand-typed sheets (1.2万, 3k,
 * £1.2M); w is 万 as Chinese users type it without switching to their input method (1.2w, 5W).
 */
const EXPONENT: Record<string, number> = { 万: 4, 亿: 8, 千: 3, k: 3, K: 3, w: 4, W: 4, M: 6, m: 6, mn: 6 };
const MULTIPLIERS = Object.keys(EXPONENT);
/**
 * 1,234,567.89 (comma or space groups of three), 12,34,567.89 (India's lakh grouping: the last
 * three digits, then groups of two) or 1234567.89, optionally in e-notation.
 */
const GROUPED = /^(?:\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?: \d{3})+|\d+)(?:\.\d*)?$|^\.\d+$/;
/**
 * What may stand around an accounting negative: ¥(12.00), (12.00)元. The white space after the
 * word belongs to the optional group: `\s*(?:…)?\s*` would try every split of a run of spaces.
 */
const PAREN_BEFORE = new RegExp(`^\\s*(?:${CURRENCY_BEFORE}\\s*)?$`, 'i');
const PAREN_AFTER = new RegExp(`^\\s*(?:(?:${alternationOf(CURRENCY_SUFFIXES)})\\s*)?$`, 'i');
const E_NOTATION = /^\d+(?:\.\d*)?e[+-]?\d+$/i;

/**
 * Parses an amount or count as typed by hand: currency symbols and codes (¥ ￥ $ € £ RMB CNY
 * USD 人民币 HK$ NT$), thousand separators (, ，), units (元 块; 万 ×10,000, 千/k ×1,000, 亿
 * ×10^8), full-width digits, traditional characters (萬, 港幣) and surrounding spaces. `-12` and
 * the accounting form `(12.00)` are negative (callers decide whether a negative is allowed).
 * Percentages, booleans and dates are rejected.
 */
export function parseNumber(cell: Cell): ParseResult<number> {
  if (cell === null || cell === undefined) return EMPTY;
  if (typeof cell === 'number') {
    return Number.isFinite(cell)
      ? ok(cell === 0 ? 0 : cell)
      : fail({ code: 'number-not-finite', text: String(cell) });
  }
  if (typeof cell === 'boolean') return fail({ code: 'number-boolean', text: cellToText(cell) });
  if (cell instanceof Date) return fail({ code: 'number-date' });
  if (typeof cell !== 'string') return fail({ code: 'number-expected', text: cellToText(cell) });
  const plain = plainNumber(cell);
  if (!Number.isNaN(plain)) return ok(plain);
  const affixed = affixedNumber(cell);
  if (!Number.isNaN(affixed)) return ok(affixed);
  return parseNumberText(cell);
}

/**
 * The value of an amount in the forms ledgers write most after plain numbers, read by char code
 * as parseNumberText reads it: an optional minus, an optional currency sign (¥ ￥ $ € £), digits,
 * perhaps in comma groups of three, a decimal part, and 元 after one space or none (¥612.24,
 * -¥1,083.10, 713.24 元, 1,326.00). NaN for any other text, and for more than 15 digits.
 */
export function affixedNumber(text: string): number {
  const length = text.length;
  if (length < 2 || length > 30) return Number.NaN;
  const negative = text.charCodeAt(0) === 0x2d;
  let i = negative ? 1 : 0;
  if (isCurrencySign(text.charCodeAt(i))) i++;
  let end = length;
  if (text.charCodeAt(end - 1) === YUAN) {
    end--;
    if (text.charCodeAt(end - 1) === 0x20) end--;
  }
  const from = i;
  let whole = 0;
  let digits = 0;
  // Digits since the last comma, −1 before the first.
  let group = -1;
  let run = 0;
  for (; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x2c) {
      if (group === -1 ? run < 1 || run > 3 : run !== 3) return Number.NaN;
      group = 0;
      run = 0;
      continue;
    }
    const digit = code - 0x30;
    if (digit < 0 || digit > 9) break;
    whole = whole * 10 + digit;
    digits++;
    run++;
  }
  if (i === from || run === 0 || (group !== -1 && run !== 3)) return Number.NaN;
  let fractionDigits = 0;
  if (i < end) {
    if (text.charCodeAt(i) !== 0x2e) return Number.NaN;
    const fractionFrom = ++i;
    for (; i < end; i++) {
      const digit = text.charCodeAt(i) - 0x30;
      if (digit < 0 || digit > 9) return Number.NaN;
      whole = whole * 10 + digit;
    }
    fractionDigits = i - fractionFrom;
    if (fractionDigits === 0) return Number.NaN;
  }
  if (digits + fractionDigits > MAX_EXACT_DIGITS) return Number.NaN;
  // As plainNumber: both exact, the quotient rounded once.
  const value = fractionDigits === 0 ? whole : whole / (POWERS_OF_TEN[fractionDigits] as number);
  return negative && value !== 0 ? -value : value;
}

const YUAN = 0x5143;

/** ¥ ￥ $ € £: the signs parseNumberText reads before an amount (￥ as NFKC makes it ¥). */
function isCurrencySign(code: number): boolean {
  return code === 0xa5 || code === 0xffe5 || code === 0x24 || code === 0x20ac || code === 0xa3;
}

/**
 * parseNumber's value of a text, or NaN where it reads none; a text too long to parse
 * (tooLongToParse) is NaN too, without being parsed. For readers that tell a number from
 * anything else and leave the reason to the reading that reports it.
 */
export function numberOrNaN(text: string): number {
  if (tooLongToParse(text) !== null) return Number.NaN;
  const parsed = parseNumber(text);
  return parsed.ok && parsed.value !== null ? parsed.value : Number.NaN;
}

/**
 * The value of a plain number (-12, 99.50, 0012: an optional minus, digits, and a decimal point
 * followed by digits), the common case in large tables, read by char code; NaN for any other text,
 * and for one longer than 20 characters, so that the value is always finite. The others go on to
 * parseNumber's other forms (a longer run of digits there too, too large past ±1.8e308).
 */
export function plainNumber(text: string): number {
  const length = text.length;
  if (length === 0 || length > 20) return Number.NaN;
  let i = text.charCodeAt(0) === 0x2d ? 1 : 0;
  const digitsFrom = i;
  // The digits as one whole number, and how many of them follow the point.
  let whole = 0;
  for (; i < length; i++) {
    const digit = text.charCodeAt(i) - 0x30;
    if (digit < 0 || digit > 9) break;
    whole = whole * 10 + digit;
  }
  if (i === digitsFrom) return Number.NaN;
  let fractionDigits = 0;
  if (i < length) {
    if (text.charCodeAt(i) !== 0x2e) return Number.NaN;
    const fractionFrom = ++i;
    for (; i < length; i++) {
      const digit = text.charCodeAt(i) - 0x30;
      if (digit < 0 || digit > 9) break;
      whole = whole * 10 + digit;
    }
    if (i === fractionFrom || i < length) return Number.NaN;
    fractionDigits = i - fractionFrom;
  }
  // Up to 15 digits, the whole number is exact and so is 10^k: their quotient, rounded once, is
  // the double nearest the decimal, which is what Number gives (the exact fast path of decimal
  // reading, Clinger 1990). Longer texts are left to Number.
  const digits = i - digitsFrom - (fractionDigits > 0 ? 1 : 0);
  if (digits > MAX_EXACT_DIGITS) {
    const value = Number(text);
    return value === 0 ? 0 : value;
  }
  const value = fractionDigits === 0 ? whole : whole / (POWERS_OF_TEN[fractionDigits] as number);
  // -0 reads as 0, as everywhere in the toolkit.
  return digitsFrom === 1 && value !== 0 ? -value : value;
}

/** Digits a double holds exactly as a whole number (10^15 < 2^53). */
const MAX_EXACT_DIGITS = 15;
const POWERS_OF_TEN = Array.from({ length: MAX_EXACT_DIGITS + 1 }, (_, k) => 10 ** k);

function parseNumberText(raw: string): ParseResult<number> {
  let s = foldTraditional(normalizeText(raw));
  if (s === '') return EMPTY;
  if (s.includes('%') || s.includes('‰')) return fail({ code: 'number-percentage', text: s });
  let negative = false;
  let accounting = false;
  // Accounting negatives: (12.00), ¥(12.00).
  const paren = /^([^()]*)\(([^()]*)\)([^()]*)$/.exec(s);
  if (paren && PAREN_BEFORE.test(paren[1] ?? '') && PAREN_AFTER.test(paren[3] ?? '')) {
    s = `${paren[1] ?? ''}${paren[2] ?? ''}${paren[3] ?? ''}`.trim();
    negative = true;
    accounting = true;
  }
  let signs = 0;
  // A currency whose figures group thousands with dots (the dong, the rupiah) was written.
  let dotMarked = false;
  // Sign and currency may come in either order: -¥12, ¥-12, USD -12.
  for (let i = 0; i < 3; i++) {
    const sign = /^[-+\u2212]\s*/.exec(s);
    if (sign) {
      signs++;
      if (sign[0].trim() !== '+') negative = !negative;
      s = s.slice(sign[0].length);
      continue;
    }
    const cur = CURRENCY_PREFIX.exec(s);
    if (cur) {
      dotMarked ||= DOT_CURRENCIES.has(cur[0].trim().toUpperCase());
      s = s.slice(cur[0].length);
      continue;
    }
    break;
  }
  if (signs > 1 || (signs > 0 && accounting)) return fail({ code: 'number-signs', text: raw.trim() });
  // Suffixes: 1.2万元, 3千块, 1,234.50 RMB.
  let exponent = 0;
  for (let i = 0; i < 3; i++) {
    const cur = endingWord(s, CURRENCY_SUFFIXES, true);
    if (cur) {
      dotMarked ||= DOT_CURRENCIES.has(cur.word.toUpperCase());
      s = cur.before;
      continue;
    }
    const mult = exponent === 0 ? endingWord(s, MULTIPLIERS) : null;
    if (mult) {
      exponent = EXPONENT[mult.word] ?? 0;
      s = mult.before;
      continue;
    }
    break;
  }
  s = s.trim();
  // Korean and Vietnamese shorthand: 5만, 3만 5천 (만 ten thousand, 천 a thousand), 2tr5 and 2,5
  // triệu (millions); and thousands grouped with dots, as Vietnamese and Indonesian write them
  // (1.850.000, or 850.000 with a dong or rupiah mark).
  const shorthand = exponent === 0 ? shorthandValue(s) : null;
  if (shorthand !== null) return ok(negative ? -shorthand : shorthand);
  if (DOT_THOUSANDS.test(s) || (dotMarked && DOT_GROUPED.test(s))) s = s.replace(/\./g, '').replace(',', '.');
  // A decimal comma, as much of Europe, Latin America and Turkey write amounts (2.380,00 €,
  // 1 240,00 zł, R$ 84,03): a comma before one or two digits at the end is no thousands separator,
  // so the reading is never in doubt. 1,234 and 1.234 (three digits after the mark) stay as read.
  const comma = DECIMAL_COMMA.exec(s);
  if (comma !== null) s = `${(comma[1] ?? '').replace(/[. ]/g, '')}.${comma[2] ?? ''}`;
  let digits: string;
  if (GROUPED.test(s)) {
    digits = s.replace(/[, ]/g, '');
  } else if (exponent === 0 && E_NOTATION.test(s)) {
    digits = s;
  } else {
    if (/^\d{1,3}(?:\.\d{3})+,\d{3,}$/.test(s)) {
      return fail({ code: 'number-decimal-comma', text: raw.trim() });
    }
    return fail({ code: 'number-expected', text: raw.trim() });
  }
  if (digits === '' || digits === '.') return fail({ code: 'number-expected', text: raw.trim() });
  // Shift the decimal point in the text (1.1万 → 1.1e4 = 11000 exactly, not 11000.000000000002).
  const value = Number(exponent === 0 ? digits : `${digits}e${exponent}`);
  if (!Number.isFinite(value)) return fail({ code: 'number-too-large', text: raw.trim() });
  if (value === 0) return ok(0);
  return ok(negative ? -value : value);
}

/**
 * An amount written in a column whose language groups thousands with dots (see
 * groupsThousandsWithDots), its dots taken out so that any reader reads it so: 3.600 → 3600,
 * NT$12.000 → NT$12000, 1.485,00 → 1485,00. Any other text is returned as it is.
 */
export function withoutThousandsDots(text: string): string {
  const m = DOTTED_AMOUNT.exec(text);
  return m === null ? text : `${m[1] ?? ''}${(m[2] ?? '').replace(/\./g, '')}${m[3] ?? ''}`;
}

/** Digits grouped in threes with dots, what comes before and after them holding no digit or dot. */
const DOTTED_AMOUNT = /^([^\d.]*)(\d{1,3}(?:\.\d{3})+)((?:,\d+)?[^\d.]*)$/;

/** An amount with a decimal comma: its whole part, perhaps grouped with dots or spaces, and its cents. */
const DECIMAL_COMMA = /^(\d{1,3}(?:\.\d{3})+|\d{1,3}(?: \d{3})+|\d+),(\d{1,2})$/;
/** Thousands grouped with dots, twice or more: 1.850.000 (a decimal point is never written twice). */
const DOT_THOUSANDS = /^\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?$/;
/** Thousands grouped with dots once or more, read so beside a dong or rupiah mark: 850.000₫. */
const DOT_GROUPED = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const DOT_CURRENCIES: ReadonlySet<string> = new Set(['VND', 'VNĐ', '₫', 'Đ', 'IDR', 'RP']);
/** 3만 5천, 5만, 1.5만: 만 (ten thousand) and 천 (a thousand), as Korean prices are written. */
const HANGUL_UNITS = /^(?:(\d+(?:\.\d+)?)\s*만)?\s*(?:(\d+)\s*천)?$/;
/** 2tr5, 2 tr, 2,5 triệu: millions (triệu), as Vietnamese shops write a price. */
const TRIEU = /^(\d+)(?:[.,](\d+))?\s*(?:tr|triệu)(\d{0,3})$/i;

/** 25rb, 1,1jt, 2 juta: thousands (ribu) and millions (juta), as Indonesian shops write a price. */
const INDONESIAN_UNITS = /^(\d+)(?:[.,](\d{1,3}))?\s*(rb|ribu|jt|juta)$/i;

/**
 * The value of Korean, Vietnamese or Indonesian shorthand (HANGUL_UNITS, TRIEU, INDONESIAN_UNITS),
 * or null for other text.
 */
function shorthandValue(s: string): number | null {
  const hangul = s.includes('만') || s.includes('천') ? HANGUL_UNITS.exec(s) : null;
  if (hangul !== null && (hangul[1] !== undefined || hangul[2] !== undefined))
    return Math.round(Number(hangul[1] ?? 0) * 10_000 + Number(hangul[2] ?? 0) * 1_000);
  const ribu = INDONESIAN_UNITS.exec(s);
  if (ribu !== null) {
    const unit = (ribu[3] ?? '').toLowerCase();
    const scale = unit === 'jt' || unit === 'juta' ? 1_000_000 : 1_000;
    return Math.round(Number(`${ribu[1]}.${ribu[2] ?? '0'}`) * scale);
  }
  const trieu = /tr/i.test(s) ? TRIEU.exec(s) : null;
  if (trieu === null) return null;
  // 2tr5: the digits after tr are the next places (2.5 million); 2,5 triệu the same written out.
  const fraction = trieu[2] ?? trieu[3] ?? '';
  if (trieu[2] !== undefined && trieu[3] !== '') return null;
  return Math.round(Number(`${trieu[1]}.${fraction || '0'}`) * 1_000_000);
}
