import { MAINLAND_MOBILE_SHAPE } from '../parse/mainlandMobile.ts';
import { normalizePhoneNumber } from '../parse/normalizePhoneNumber.ts';
import { toHalfWidth } from './text.ts';

// Phone numbers in visible text. Validity and E.164 come from the same rule as phone cells
// (normalizePhoneNumber), so a number taken from a page is one the sheet accepts. The scanner
// around it decides which digit runs are meant as phone numbers: dates, order numbers, postal
// codes, ICP licence numbers (京ICP备12345678号), ID-card numbers, prices, years and timestamps
// stay out, though many of them are valid numbers somewhere. A cheap candidate pattern runs
// first, so libphonenumber only sees digit runs worth parsing.

/** A digit run with phone punctuation; at least 5 characters. */
const CANDIDATE = /\(?\+?\d[\d \-–—.()\u00a0]{3,24}\d/g;

/** Words that announce a phone number. The nearest label before a number decides. */
const PHONE_LABEL =
  /电话|電話|手机|手機|座机|热线|熱線|客服|总机|直线|直拨|致电|拨打|联系方式|咨询|tel\b|tel[:.]|phone|mobile|mob\b|cell|hotline|call|whatsapp|office|direct|(?:^|[^a-z])[mtpod]\s*[:.：]|📞|☎/gi;
/** Words that announce some other number. */
const OTHER_LABEL =
  /订单|单号|编号|流水|批次|发票|税号|信用代码|执照|许可|icp|备案|公网安备|邮编|邮政|身份证|证件|证号|账号|帐号|卡号|银行|开户|工号|学号|货号|型号|版本|日期|时间|价格|售价|原价|金额|合计|总计|运费|传真|qq|order|invoice|ref\b|ref[:.]|reference|no\.|#|sku|item|model|zip|postal|post\s?code|isbn|issn|vat|tax|account|iban|swift|tracking|fax|version|date|price|total|amount|qty|(?:^|[^a-z])id\b|¥|￥|\$|€|£|rmb|cny|usd|©|copyright|版权/gi;
/** Service hotlines are short codes; take them only after a hotline label. */
const HOTLINE_LABEL = /热线|熱線|客服|服务|服務|致电|拨打|电话|hotline|service|call/i;
/** What follows a number that is not a phone: units, currencies, 号 (licence numbers), date parts. */
const AFTER_OTHER =
  /^\s*(?:号|元|年|月|日|%|万|亿|件|个|次|人|位|台|套|天|小时|分钟|秒|平方|㎡|kg|km|cm|mm|px|pcs|rmb|usd|cny|eur|美元|欧元|块|起|折|\.\d|,\d{3}|[-/.]\d{1,2}(?!\d)|[:：]\d{2})/i;
const DATE_LIKE = /^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})(?:\D|$)/;
const YEAR_RANGE = /^(?:19|20)\d{2}\s*[-–—]\s*(?:19|20)\d{2}$/;
const PRICE = /^\d{1,3}(?:[ ,.]\d{3})*\.\d{2}$/;
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
}

export interface PhoneScanOptions {
  region: string;
  /**
   * A selection the user chose as a contact: numbers without a label are taken when valid,
   * even as a bare digit run (still never dates, prices or licence numbers).
   */
  lenient?: boolean;
}

/** Phone numbers in `text`, as E.164, without duplicates. */
export function findPhones(text: string, options: PhoneScanOptions): PhoneHit[] {
  const hits: PhoneHit[] = [];
  const plain = toHalfWidth(text);
  for (const m of plain.matchAll(CANDIDATE)) {
    const start = m.index;
    const raw = m[0];
    const hit = judgeCandidate(plain, raw, start, options);
    if (hit !== null) {
      if (!hits.some((h) => h.e164 === hit.e164)) hits.push(hit);
      continue;
    }
    // Two numbers separated only by spaces ("021-6234 5678  139 1234 5678") parse as one run.
    if (/\s/.test(raw)) {
      for (const token of raw.matchAll(/\S+/g)) {
        if (token[0].replace(/\D/g, '').length < 7) continue;
        const part = judgeCandidate(plain, token[0], start + token.index, options);
        if (part !== null && !hits.some((h) => h.e164 === part.e164)) hits.push(part);
      }
    }
  }
  return hits;
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
  raw = raw.replace(/[\s\-–—.(]+$/, '');
  const end = start + raw.length;
  const digits = raw.replace(/\D/g, '');
  if (digits.length < 5 || digits.length > 15) return null;
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(end, end + 8);
  // Part of a longer token: a product code, a licence number, a word with digits.
  if (/[A-Za-z0-9_-]$/.test(before) || /^[A-Za-z0-9_]/.test(after)) return null;
  if (AFTER_OTHER.test(after) || DATE_LIKE.test(raw) || YEAR_RANGE.test(raw) || PRICE.test(raw)) return null;
  if (/\d[:：]\s*$/.test(before)) return null;
  const nearest = nearestLabel(before);
  if (nearest === 'other') return null;
  const labelled = nearest === 'phone';
  const international = /^\(?\+/.test(raw) || /^00[1-9]/.test(digits);
  const bare = /^\d+$/.test(raw);
  if (/^(?:\d{18}|\d{17}[xX]|\d{15})$/.test(digits) && !international) return null; // ID-card numbers
  const region = options.region.toUpperCase();
  if (CN_SHORT_SERVICE.test(digits) && !international) {
    const hotline = labelled && HOTLINE_LABEL.test(before) && region === 'CN';
    return hotline ? { e164: `+86${digits}`, start, end, labelled } : null;
  }
  const e164 = normalizePhoneNumber(raw, region);
  if (e164 === null) return null;
  if (labelled || options.lenient === true) {
    if (!labelled && bare && digits.length < 8) return null;
    return { e164, start, end, labelled };
  }
  // No label: only numbers written like phone numbers; a bare digit run only as a mainland mobile.
  if (bare) {
    const mobile = region === 'CN' && MAINLAND_MOBILE_SHAPE.test(digits);
    return mobile ? { e164, start, end, labelled } : null;
  }
  if (digits.length < (international ? 8 : 10)) return null;
  return { e164, start, end, labelled };
}

/** Both label lists in one pattern, so one scan of the text before a number finds the nearest. */
const ANY_LABEL = new RegExp(`(${PHONE_LABEL.source})|${OTHER_LABEL.source}`, 'gi');

function nearestLabel(before: string): 'phone' | 'other' | null {
  let kind: 'phone' | 'other' | null = null;
  ANY_LABEL.lastIndex = 0;
  for (let m = ANY_LABEL.exec(before); m !== null; m = ANY_LABEL.exec(before)) {
    kind = m[1] === undefined ? 'other' : 'phone';
    if (m[0] === '') ANY_LABEL.lastIndex++;
  }
  return kind;
}

/**
 * Normalises one phone value from structured data (JSON-LD, microdata, h-card, tel: links, meta
 * tags) to E.164 with normalizePhoneNumber; the markup labels it, so a Chinese service number
 * is taken too. Null when it is not a valid phone number.
 */
export function normalizePhone(value: string, region: string): string | null {
  const text = toHalfWidth(value)
    .replace(/^\s*tel:(?:\/\/)?/i, '')
    .replace(/%20/g, ' ')
    .replace(/\s*(?:ext\.?|x|转|分机)\s*\d+\s*$/i, '')
    .trim();
  if (!/\d/.test(text)) return null;
  const digits = text.replace(/\D/g, '');
  if (CN_SHORT_SERVICE.test(digits) && !text.includes('+') && region.toUpperCase() === 'CN') {
    return `+86${digits}`;
  }
  return normalizePhoneNumber(text, region);
}
