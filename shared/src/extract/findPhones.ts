import { MAINLAND_MOBILE_SHAPE } from '../parse/mainlandMobile.ts';
import { normalizePhoneNumber } from '../parse/normalizePhoneNumber.ts';
import { foldTraditional } from '../parse/simplifiedChinese.ts';
import { trimEndMatching } from '../parse/textEnds.ts';
import { EXTENSION_MARK } from './extensionWords.ts';
import { HOTLINE_LABEL, nearestLabel } from './phoneLabels.ts';
import { withPlusOnBareCountryCode, writtenAsDialled, writtenWithBareCountryCode } from './phoneNotation.ts';
import { toHalfWidth } from './text.ts';

// Phone numbers in visible text. Validity and E.164 come from the same rule as phone cells
// (normalizePhoneNumber), so a number taken from a page is one the sheet accepts. The scanner
// around it decides which digit runs are meant as phone numbers: dates, order numbers, postal
// codes, licence numbers (京ICP备12345678号), ID-card numbers, tariff codes (8517.62.0000), book
// numbers, prices, years and timestamps stay out, though many of them are valid numbers somewhere.
// A number without a country code must also be written the way it is dialled in the region it is
// read in (phoneNotation.ts). Cheap tests run first, so libphonenumber only sees digit runs worth
// parsing.

/** Full-width characters a phone number may be written with: ０-９, ＋, －, （）. */
const FULL_WIDTH_NUMBER_PART = /[\uff08\uff09\uff0b\uff0d\uff10-\uff19]/;
/** A digit run with phone punctuation; at least 5 characters. */
const CANDIDATE = /\(?\+?\d[\d \-–—.()\u00a0]{3,24}\d/g;
/** What follows a number that is not a phone: units, currencies, 号 (licence numbers), date parts. */
const AFTER_OTHER =
  /^\s*(?:号|元|年|月|日|%|万|亿|件|个|次|人|位|台|套|天|小时|分钟|秒|平方|㎡|kg|km|cm|mm|px|pcs|rmb|usd|cny|eur|美元|欧元|块|起|折|条|瓶|\.\d|,\d{3}|[-/.]\d{1,2}(?!\d)|[:：]\d{2})/i;
/**
 * A date's shape: the year first, or the day and month first and a year of two digits or four,
 * which no more digits follow (06-20-391-5572, a Hungarian mobile, is none).
 */
const DATE_LIKE =
  /^(?:\d{4}[-./](\d{1,2})[-./](\d{1,2})|(\d{1,2})[-./](\d{1,2})[-./](?:\d{4}|\d{2}))(?:(?![-./]\d)\D|$)/;
const YEAR_RANGE = /^(?:19|20)\d{2}\s*[-–—]\s*(?:19|20)\d{2}$/;
const PRICE = /^\d{1,3}(?:[ ,.]\d{3})*\.\d{2}$/;
/** Harmonized System tariff lines (WCO HS: heading.subheading, then national digits): 8517.62.0000. */
const TARIFF_CODE = /^\d{4}\.\d{2}(?:\.\d{2,4})?$/;
/** ISBN-13 (ISO 2108) starts with the 978/979 "Bookland" prefix. */
const ISBN13 = /^97[89]\d{10}$/;
/**
 * Chinese service numbers (95588, 12315 …): dialled as they are, so not numbers libphonenumber
 * validates; taken from pages after a hotline label only, never from cells, where a phone
 * column holds people's numbers.
 */
const CN_SHORT_SERVICE = /^(?:95\d{3}|96\d{3}|100\d{2}|12\d{3})$/;

export interface PhoneHit {
  /** E.164. */
  e164: string;
  start: number;
  end: number;
  /** A phone label (电话, Tel, M: …) came right before it. */
  labelled: boolean;
  /** The number as written (a national one is read again if the region changes). */
  raw: string;
  /** Written without a country code: its region was a guess. */
  national: boolean;
}

export interface PhoneScanOptions {
  region: string;
  /**
   * A selection the user chose as a contact: numbers without a label are taken when valid,
   * even as a bare digit run (still never dates, prices or licence numbers).
   */
  lenient?: boolean;
  /**
   * Receives numbers written like phone numbers without a country code that are not valid in
   * `region` (their e164 is ''): an address may later say which country they belong to.
   */
  unresolved?: PhoneHit[];
  /**
   * Where a fax sign stands in the text (a fax icon, or 0 after a fax label in a cell or <dt> of
   * its own): the numbers after it without a label of their own are fax numbers, not phones.
   */
  faxFrom?: number;
  /**
   * A label outside the text says it holds phone numbers: the header of its table column (Tel 电话,
   * H/P). Its numbers are read as if the label stood before each (6293 4471 in a Singapore
   * directory's Tel column), unless a label of their own says otherwise.
   */
  phoneColumn?: boolean;
}

/** Phone numbers in `text`, as E.164, without duplicates. */
export function findPhones(text: string, options: PhoneScanOptions): readonly PhoneHit[] {
  // Most lines with digits hold no phone number: they share one empty list.
  let hits: PhoneHit[] | null = null;
  // Only full-width digits, +, - and brackets change what is found; other punctuation stays.
  const halfWidth = FULL_WIDTH_NUMBER_PART.test(text) ? toHalfWidth(text) : text;
  const slash = SLASH_AFTER_AREA_CODE.get(options.region);
  const plain = slash === undefined ? halfWidth : withoutAreaCodeSlash(halfWidth, slash);
  // An exec loop rather than matchAll: matchAll constructs a copy of the pattern on every call,
  // which on a page of a few thousand lines with digits was a tenth of the whole walk.
  CANDIDATE.lastIndex = 0;
  let last: PhoneHit | null = null;
  for (let m = CANDIDATE.exec(plain); m !== null; m = CANDIDATE.exec(plain)) {
    const start = m.index;
    const raw = m[0];
    // A run right after a number, as long as its local part, is that number's second line first:
    // "0755-2996 0188、2996 0189" is no number of Xi'an (029).
    const hit: PhoneHit | null =
      (last === null ? null : sameAreaCode(plain, raw, start, last, options.region)) ??
      judgeCandidate(plain, raw, start, options) ??
      withDashExtension(plain, raw, start, options) ??
      beforeOpenBracket(plain, raw, start, options);
    last = hit;
    if (hit !== null) {
      if (hits === null) hits = [hit];
      else if (!hits.some((h) => h.e164 === hit.e164)) hits.push(hit);
      continue;
    }
    // Two numbers separated only by spaces ("021-6234 5678  139 1234 5678") parse as one run
    // (the only white space a run holds is the space and the no-break space).
    if (raw.includes(' ') || raw.includes('\u00a0')) {
      const { unresolved: _, ...alone } = options;
      for (const token of raw.matchAll(/\S+/g)) {
        if (token[0].replace(/\D/g, '').length < 7) continue;
        const part = judgeCandidate(plain, token[0], start + token.index, alone);
        if (part === null) continue;
        if (hits === null) hits = [part];
        else if (!hits.some((h) => h.e164 === part.e164)) hits.push(part);
      }
    }
  }
  return hits ?? NO_HITS;
}

const NO_HITS: readonly PhoneHit[] = Object.freeze([]);

/** A VAT number's label, then its country's letters: TVA intracommunautaire FR, USt-IdNr. DE, VAT No. GB. */
const VAT_BEFORE = /\b(?:tva|vat|ust|iva|btw|mwst|moms|dph|pdv|afa|kdv)\b[^\d]{0,32}\b[A-Z]{2}\s?$/i;

/**
 * An extension written after a number, perhaps after a comma or in brackets (see EXTENSION_MARK): 分机 215,
 * 分機215, 转 801, ext. 216, (ext. 240), x101, #12, int. 134, wew. 31, iekš. 162.
 */
export const EXTENSION_AFTER = new RegExp(String.raw`^\s*[,，]?\s*[(（]?\s*${EXTENSION_MARK}\.?\s*\d`, 'i');

/**
 * The number before a bracket the run took the start of: 0110 447 203 (6:00 am – 6:00 pm), the
 * hours the line is answered in brackets after it. Null where the run opens no bracket after a
 * space that it does not close.
 */
function beforeOpenBracket(
  text: string,
  raw: string,
  start: number,
  options: PhoneScanOptions,
): PhoneHit | null {
  const open = raw.lastIndexOf(' (');
  if (open <= 0 || raw.includes(')', open)) return null;
  return judgeCandidate(text, raw.slice(0, open), start, options);
}

/** An area code with its trunk 0, a slash, then at least five digits and spaces or dashes. */
const AREA_CODE_SLASH = /(?<![\d/])(0\d{1,4})(\s?)\/(\s?)(?=\d[\d -]{3,14}\d(?![\d/]))/g;
/**
 * A Hungarian area code, perhaps after the trunk 06, then a slash and the number in two groups:
 * 52/530-405, 06-30/512-7716, 1/234-5678, as Hungary writes its numbers.
 */
const HUNGARIAN_AREA_SLASH = /(?<![\d/])((?:06[- ]?)?\d{1,2})(\s?)\/(\s?)(?=\d{3}[- ]\d{3,4}(?![\d/]))/g;

/**
 * Regions whose numbers are written with a slash after the area code, and how: 0664 / 853 27 19,
 * 01/616 38 40-27, 089/12345-0, as German-speaking offices long wrote them (DIN 5008's older form),
 * and as the former Yugoslavia's, Bulgaria's and Slovakia's still do (051/325-801, 099/612-0483,
 * 032/643-233, 055/789 41 61);
 * Hungary's without the trunk 06 or with it (52/530-405, 06-30/512-7716).
 */
const SLASH_AFTER_AREA_CODE: ReadonlyMap<string, RegExp> = new Map([
  ...['DE', 'AT', 'CH', 'LI', 'HR', 'SI', 'RS', 'BA', 'ME', 'MK', 'BG', 'SK'].map(
    (region) => [region, AREA_CODE_SLASH] as const,
  ),
  ['HU', HUNGARIAN_AREA_SLASH],
]);

/**
 * The text with the slash after an area code (`pattern`) read as a space (the same length, so
 * that every hit's place in it is its place in the text): dates (01/12/2026) and fractions keep
 * theirs.
 */
function withoutAreaCodeSlash(text: string, pattern: RegExp): string {
  if (!text.includes('/')) return text;
  return text.replace(
    pattern,
    (_, area: string, before: string, after: string) => `${area}${before} ${after}`,
  );
}

/** What may stand between a number and the next one written without its area code: / 、 , ; 或 or. */
const LOCAL_AFTER = /^\s*(?:[/、,，;；]|或|or)\s*$/i;
/** A national number's area code, with its trunk prefix, as its first group: 0512-, (021), 02 …. */
const AREA_CODE = /^\(?(0\d{1,4})[)\-\s]/;

/**
 * A number written after another one without the area code they share, as directories write a
 * company's second line: 0512-6658 3302 / 6658 3305, (021) 5888 1234、5888 1235. It is taken with
 * the area code of the number before it when it has as many digits as that number's local part,
 * only a separator stands between the two, and the whole is a valid number.
 */
function sameAreaCode(
  text: string,
  raw: string,
  start: number,
  before: PhoneHit,
  region: string,
): PhoneHit | null {
  if (!before.national || !LOCAL_AFTER.test(text.slice(before.end, start))) return null;
  const area = AREA_CODE.exec(before.raw)?.[1];
  if (area === undefined) return null;
  const digits = raw.replace(/\D/g, '');
  if (digits.length !== countDigits(before.raw) - area.length || /[^\d -]/.test(raw)) return null;
  // A date or a figure after a number (0512-6658 3302 / 2024-05-01) is none of its lines.
  const end = start + raw.length;
  if (looksLikeDate(raw) || AFTER_OTHER.test(foldTraditional(text.slice(end, end + 8)))) return null;
  const e164 = normalizePhoneNumber(`${area}${digits}`, region.toUpperCase());
  if (e164 === null) return null;
  return { e164, start, end, labelled: before.labelled, raw: `${area}-${raw}`, national: true };
}

/**
 * A switchboard's number with the extension after a dash, as Chinese pages write one
 * (0755-83276600-8012, 021-6234 5678-801): the number, without the extension, where the whole run
 * is none. The number with its area code or country code first, and a local part whole.
 */
function withDashExtension(
  text: string,
  raw: string,
  start: number,
  options: PhoneScanOptions,
): PhoneHit | null {
  const m = DASH_EXTENSION.exec(raw);
  if (m === null) return null;
  const base = m[1] ?? '';
  return countDigits(base) >= 10 ? judgeCandidate(text, base, start, options) : null;
}

const DASH_EXTENSION = /^((?:\+|\(?0)[\d \-()]*\d{4})-(\d{1,5})$/;

/** A national number found under one region, read in another (null when it is not valid there). */
export function phoneInRegion(hit: PhoneHit, region: string): PhoneHit | null {
  if (!hit.national) return hit;
  const e164 = nationalNumber(hit.raw, hit.raw.replace(/\D/g, ''), region.toUpperCase());
  return e164 === null ? null : { ...hit, e164 };
}

function judgeCandidate(
  text: string,
  raw0: string,
  start0: number,
  options: PhoneScanOptions,
): PhoneHit | null {
  // The pattern may take an unbalanced bracket or a trailing separator.
  let raw = raw0;
  let start = start0;
  if (raw.startsWith('(') && !raw.includes(')')) {
    raw = raw.slice(1);
    start++;
  }
  // A run CANDIDATE found ends with a digit; a token of one split at its spaces may not.
  if (!isDigit(raw.charCodeAt(raw.length - 1))) raw = raw.replace(/[\s\-–—.(]+$/, '');
  const end = start + raw.length;
  const digitCount = countDigits(raw);
  if (digitCount < 5 || digitCount > 15) return null;
  // Dates, prices and tariff codes, the digit runs most pages are full of, by their shape alone
  // (first: they need no look at the text around them).
  if (looksLikeDate(raw) || YEAR_RANGE.test(raw) || PRICE.test(raw) || TARIFF_CODE.test(raw)) return null;
  // Nobody groups a phone number digit by digit ("1 3 9 1 2 …"): a run with three one-digit
  // groups is a list, a version or a table of figures, and is not worth libphonenumber's search.
  if (oneDigitGroups(raw) >= 3) return null;

  // The words around the number are read in simplified characters (傳真 is 传真, a fax).
  const faxFrom = options.faxFrom ?? Number.POSITIVE_INFINITY;
  const afterFax = start >= faxFrom;
  const before = foldTraditional(text.slice(Math.max(0, start - 24, afterFax ? faxFrom : 0), start));
  const after = foldTraditional(text.slice(end, end + 8));
  // Part of a longer token: a product code, a licence number, a word with digits.
  if (/[A-Za-z0-9_-]$/.test(before) || /^[A-Za-z0-9_]/.test(after)) return null;
  if (AFTER_OTHER.test(after) || /\d[:：]\s*$/.test(before)) return null;
  // A VAT number's country letters before its digits: N° TVA intracommunautaire FR 27 812 594 367.
  if (/[A-Z]{2}\s?$/.test(before) && VAT_BEFORE.test(text.slice(Math.max(0, start - 48), start))) return null;
  const nearest = nearestLabel(before);
  if (nearest === 'other' || (nearest === null && afterFax)) return null;
  // An extension written after it (256 780 400 (ext. 240)) says it is a phone as a label would.
  const labelled =
    nearest === 'phone' ||
    (nearest === null && (options.phoneColumn === true || EXTENSION_AFTER.test(text.slice(end, end + 14))));
  const digits = raw.replace(/\D/g, '');
  const international = /^\(?\+/.test(raw) || /^00[1-9]/.test(digits);
  if (!international && (ISBN13.test(digits) || /^(?:\d{18}|\d{17}[xX]|\d{15})$/.test(digits))) return null; // books, ID cards
  const region = options.region.toUpperCase();
  const hit = (e164: string) => ({ e164, start, end, labelled, raw, national: !international });
  if (CN_SHORT_SERVICE.test(digits) && !international) {
    const hotline = labelled && HOTLINE_LABEL.test(before) && region === 'CN';
    return hotline ? hit(`+86${digits}`) : null;
  }
  const bare = /^\d+$/.test(raw);
  // No label: only numbers written like phone numbers; a bare digit run only as a mainland mobile.
  // Nine digits only as a landline is dialled, with dashes: its trunk 0 and area code, then the
  // number (06-687-2588, Tainan's; 04-6527700, Afula's); eight only in the pairs Denmark and Norway
  // write theirs in (61 27 84 35).
  if (!labelled && options.lenient !== true) {
    if (bare && !(region === 'CN' && MAINLAND_MOBILE_SHAPE.test(digits))) return null;
    if (
      !bare &&
      digits.length < (international ? 8 : 10) &&
      !(digits.length === 9 && AREA_LANDLINE.test(raw)) &&
      !(digits.length === 8 && PAIRED_EIGHT_REGIONS.has(region) && PAIRED_EIGHT.test(raw))
    )
      return null;
  }
  if (!labelled && bare && digits.length < 8) return null;
  const e164 = international ? normalizePhoneNumber(raw, region) : nationalNumber(raw, digits, region);
  if (e164 === null && !international && !bare) options.unresolved?.push(hit(''));
  return e164 === null ? null : hit(e164);
}

/** Eight digits in pairs (61 27 84 35), as Denmark and Norway write every number of theirs. */
const PAIRED_EIGHT = /^\d{2}(?: \d{2}){3}$/;
const PAIRED_EIGHT_REGIONS: ReadonlySet<string> = new Set(['DK', 'NO']);

/**
 * A landline as dialled within its country: 0, the area's digit, then three digits and four, or
 * the seven together (04-6527700, as Israel writes it).
 */
const AREA_LANDLINE = /^0\d-(?:\d{3}-\d{4}|\d{7})$/;

/**
 * A date at the start of `raw` (2024-03-15, 15/03/2024, 3.15.24): a month and a day that can be
 * one, in either order after the year-last forms. "86-21-6234 5678" has the shape and no such
 * month, and is a Shanghai number written with its country code.
 */
function looksLikeDate(raw: string): boolean {
  // Year first has a separator after four digits, year last after one or two: most runs have
  // none in those places and need no match.
  if (
    !isDateSeparator(raw.charCodeAt(4)) &&
    !isDateSeparator(raw.charCodeAt(1)) &&
    !isDateSeparator(raw.charCodeAt(2))
  )
    return false;
  const m = DATE_LIKE.exec(raw);
  if (m === null) return false;
  // Year first: month, then day. Year last: day and month in either order.
  if (m[1] !== undefined) return inRange(m[1], 12) && inRange(m[2], 31);
  return inRange(m[3], 31) && inRange(m[4], 31) && (inRange(m[3], 12) || inRange(m[4], 12));
}

/** Whether a date part of one or two digits (as DATE_LIKE takes them) is from 1 to `last`. */
function inRange(part: string | undefined, last: number): boolean {
  if (part === undefined) return false;
  const value =
    part.length === 1 ? part.charCodeAt(0) - 48 : (part.charCodeAt(0) - 48) * 10 + part.charCodeAt(1) - 48;
  return value >= 1 && value <= last;
}

/** - . / : what DATE_LIKE separates a date's parts with. */
function isDateSeparator(code: number): boolean {
  return code === 0x2d || code === 0x2e || code === 0x2f;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** How many ASCII digits `raw` has (what `raw.replace(/\D/g, '').length` is, without the copy). */
function countDigits(raw: string): number {
  let count = 0;
  for (let i = 0; i < raw.length; i++) if (isDigit(raw.charCodeAt(i))) count++;
  return count;
}

/** How many groups of exactly one digit `raw` has, its groups split at anything not a digit. */
function oneDigitGroups(raw: string): number {
  let groups = 0;
  let run = 0;
  for (let i = 0; i <= raw.length; i++) {
    const code = i < raw.length ? raw.charCodeAt(i) : -1;
    if (code >= 48 && code <= 57) {
      run++;
      continue;
    }
    if (run === 1) groups++;
    run = 0;
  }
  return groups;
}

function nationalNumber(raw: string, digits: string, region: string): string | null {
  if (CN_SHORT_SERVICE.test(digits)) return region === 'CN' ? `+86${digits}` : null;
  // An Indonesian mobile as WhatsApp takes it, 62 in place of the trunk 0 and run into the
  // network's digits (62878-3201-6644): the country code is written all the same.
  if (region === 'ID' && INDONESIAN_MOBILE_RUN_ON.test(raw))
    return normalizePhoneNumber(`+${digits}`, region);
  const e164 = normalizePhoneNumber(raw, region);
  if (e164 !== null)
    return writtenAsDialled(raw, e164) || writtenWithBareCountryCode(raw, e164) ? e164 : null;
  // Another country's code without its + ((852) 2345 6789 on a page read in CN) says where it is.
  // The code read must be the one written: "140 1234 5678" is not +1 401 ….
  const international = withPlusOnBareCountryCode(raw);
  const abroad = international === null ? null : normalizePhoneNumber(international, region);
  return abroad !== null && writtenWithBareCountryCode(raw, abroad) ? abroad : null;
}

/** 62, then an Indonesian mobile's network digits (8xx) and its number in two groups. */
const INDONESIAN_MOBILE_RUN_ON = /^628\d{2}-\d{3,4}-\d{3,4}$/;

/**
 * Normalises one phone value from structured data (JSON-LD, microdata, h-card, tel: links, meta
 * tags) to E.164 with normalizePhoneNumber; the markup labels it, so a Chinese service number
 * is taken too. Null when it is not a valid phone number.
 */
export function normalizePhone(value: string, region: string): string | null {
  const raw = toHalfWidth(value)
    .replace(/^\s*tel:(?:\/\/)?/i, '')
    .replace(/%20/g, ' ')
    // A CMS's tel: link with its plus sign escaped (tel:%2B4791742368).
    .replace(/%2B/gi, '+');
  const text = withoutExtension(raw);
  if (!/\d/.test(text)) return null;
  const digits = text.replace(/\D/g, '');
  if (CN_SHORT_SERVICE.test(digits) && !text.includes('+') && region.toUpperCase() === 'CN') {
    return `+86${digits}`;
  }
  return normalizePhoneNumber(text, region);
}

/**
 * A phone value without its extension at the end (`ext. 12`, `x12`, `转 801`, `分机 801`) and
 * without white space around it; read off the end, as a `\s*(…)\s*\d+\s*$` pattern is tried
 * from every space of a long run.
 */
function withoutExtension(value: string): string {
  const text = value.trim();
  const digits = trimEndMatching(text, /\d/);
  if (digits.length === text.length) return text;
  const mark = /(?:ext\.?|x|转|分机)$/i.exec(digits.trimEnd());
  return mark === null ? text : digits.trimEnd().slice(0, mark.index).trim();
}

/** A structured phone value written without a country code (its region is a guess). */
export function isNationalPhoneValue(value: string): boolean {
  const text = toHalfWidth(value)
    .replace(/^\s*tel:(?:\/\/)?/i, '')
    .replace(/%2B/gi, '+')
    .trim();
  return !/^\(?\+/.test(text) && !/^00[1-9]/.test(text.replace(/\D/g, ''));
}
