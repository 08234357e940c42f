import { CUSTOMER_NAME_FIELDS } from '../model/fields.ts';
import type { CustomerRecord } from '../model/records.ts';
import { parseEmail } from '../parse/parseEmail.ts';
import { parsePhone } from '../parse/parsePhone.ts';
import { namedBuyerOf } from './orderColumns.ts';
import type { ContactKind } from './readerProblem.ts';

/**
 * An email or phone of the orders as the customer table keeps one: an email trimmed and
 * lower-cased (parseEmail), a phone in E.164 (parsePhone, numbers without a country code read in
 * `region`), so that `Emily.Chen@Example.com ` is emily.chen@example.com and `13800138000`,
 * `+86 138 0013 8000` are +8613800138000. A cell neither parser takes is kept as its trimmed,
 * lower-cased text: it matches no customer, and the unknown-customer issue names it.
 */
export function contactKeyOf(value: string, by: ContactKind, region: string): string {
  if (by === 'name') return nameKeyOf(value);
  const parsed = by === 'email' ? parseEmail(value) : parsePhone(value, region);
  return parsed.ok && parsed.value !== null ? parsed.value : value.trim().toLowerCase();
}

/**
 * A customer's name or company as orders and the customer table are compared by it: full-width
 * letters, digits and brackets as their ASCII selves (NFKC: （北京） is (北京)), runs of spaces as
 * one, & as and, trimmed and lower-cased. Nothing else: 联创建材 is not 联创建材有限公司 (but see
 * bareNameKeyOf).
 */
export function nameKeyOf(value: string): string {
  const nfkc = value.normalize('NFKC');
  return (nfkc.includes('&') ? nfkc.replace(AMPERSAND, ' and ') : nfkc)
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** An ampersand with the spaces round it: Emily & Jake Turner is Emily and Jake Turner. */
const AMPERSAND = /\s*&\s*/g;

/**
 * A name key (nameKeyOf) without its emoji, the honorific before it, the remark in brackets at its
 * end and its legal form: 🌿清风徐来🌿 is the nickname an order writes 清风徐来, Dr. Anita Patel the
 * client a payment calls Anita Patel, 小鹿家（淘宝店） the shop an order calls 小鹿家, Al Fajr
 * Electronics Trading LLC the company a PI calls Al Fajr Electronics Trading, 沃克森科技有限公司
 * 沃克森科技. Null where there is none of them. Orders are matched by it only where one customer
 * row alone has it (nameIndexesOf).
 */
export function bareNameKeyOf(key: string): string | null {
  let bare = EMOJI.test(key) ? key.replace(EMOJI_RUN, ' ').replace(/\s+/g, ' ').trim() : key;
  bare = bare.replace(HONORIFIC, '');
  for (const ending of [NAME_REMARK, LEGAL_FORM]) {
    const m = ending.exec(bare);
    const rest = (m?.[1] ?? '').trim();
    // Kasia & Co: the Co is the partners, not a legal form.
    if (m !== null && !PARTNERS_BEFORE.test(rest)) bare = rest;
  }
  return bare === key || bare.length < 2 ? null : bare;
}

/**
 * Emoji in a WeChat nickname (🌿清风徐来🌿), which an order may leave out (清风徐来): a run of
 * pictographs with their joiners and variation selectors.
 */
const EMOJI = /\p{Extended_Pictographic}/u;
const EMOJI_RUN = /(?:\p{Extended_Pictographic}|\u200d|\ufe0f)+/gu;

/** Whether the records at `rows` are one person's: the same mobile, or the same email, on each. */
function onePerson(records: readonly CustomerRecord[], rows: readonly number[]): boolean {
  const first = records[rows[0] as number];
  if (first === undefined) return false;
  const same = (field: 'mobile' | 'email') =>
    first[field] !== null && rows.every((i) => records[i]?.[field] === first[field]);
  return same('mobile') || same('email');
}

/** How a name may be addressed before it: Dr. Anita Patel, Mrs Li. */
const HONORIFIC = /^(?:dr|mr|mrs|ms|miss|mx|prof)\.?\s+(?=\S)/;

/** A name, then a remark of a few words in brackets: 小鹿家（淘宝店）, Cafe Volta (West End). */
const NAME_REMARK = /^(.+?)\s*[(（][^()（）]{1,20}[)）]$/;

/** The end of a name before "Co" that is the partners, not a legal form: Kasia &, Smith and. */
const PARTNERS_BEFORE = /(?:&|\band)$/;

/**
 * A company name, then its legal form (of a lower-cased key): 有限公司, 股份有限公司, Ltd, LLC,
 * Inc., Co., Ltd., GmbH, Pty Ltd, Pte. Ltd., Sp. z o.o., Ltda, S.A., AB. A Latin form after a
 * space (or a comma) alone: Kasia & Co is not Kasia &.
 */
const LEGAL_FORM =
  /^(.+?)(?:股份有限公司|有限责任公司|有限公司|公司|,?\s+(?:co\.?,?\s*ltd\.?|company\s+limited|limited|ltd\.?|llc|l\.l\.c\.|inc\.?|incorporated|corp\.?|corporation|co\.?|plc|gmbh(?:\s*&\s*co\.?\s*kg)?|ag|kg|pty\.?\s*ltd\.?|pte\.?\s*ltd\.?|sdn\.?\s*bhd\.?|sp\.\s*z\s*o\.\s*o\.|ltda\.?|s\.?a\.?|s\.?r\.?l\.?|b\.?v\.?|n\.?v\.?|ab|oy|k\.k\.))$/;

/**
 * The record index of each email or phone of the orders (`values`, as written), or −1 for one no
 * customer has: orders without a customer id matched by `by`. A phone matches the customer's
 * mobile or phone (one number space, as contactKeys has it). Where two rows share a value, the
 * first row gets the orders, as with a customer id written twice. One lookup per distinct value.
 */
export function contactIndexesOf(
  records: readonly CustomerRecord[],
  values: readonly string[],
  by: Exclude<ContactKind, 'name'>,
  region: string,
): Int32Array {
  const recordOf = new Map<string, number>();
  const keep = (key: string | null, index: number) => {
    if (key !== null && !recordOf.has(key)) recordOf.set(key, index);
  };
  for (let i = 0; i < records.length; i++) {
    const record = records[i] as CustomerRecord;
    if (by === 'email') keep(record.email, i);
    else {
      keep(record.mobile, i);
      keep(record.phone, i);
    }
  }
  const indexes = new Int32Array(values.length);
  for (let key = 0; key < values.length; key++)
    indexes[key] = recordOf.get(contactKeyOf(values[key] as string, by, region)) ?? -1;
  return indexes;
}

/** The record indexes of the orders' customer names, and the names several customers share. */
export interface NameIndexes {
  /** Per name of the orders (`values`, as written): its customer's record index, or −1. */
  indexes: Int32Array;
  /**
   * Names (nameKeyOf) that two or more rows of the customer table have, as a name or a company,
   * with those rows' record indexes: two 张伟 may be two people, so their orders count for
   * neither, and the issue names the rows.
   */
  shared: Map<string, number[]>;
}

/**
 * The record index of each customer name of the orders: the row whose name, company or short name
 * (客户简称) is that name (nameKeyOf), else the one row whose such name is it with a remark in
 * brackets after it (小鹿家 for 小鹿家（淘宝店）, bareNameKeyOf). A name no row has, or several rows
 * have, gets −1, unless those rows are one person's (the same mobile or email: the first row).
 */
export function nameIndexesOf(records: readonly CustomerRecord[], values: readonly string[]): NameIndexes {
  const recordOf = new Map<string, number>();
  const shared = new Map<string, number[]>();
  // Bare names (bareNameKeyOf) by record index; −1 for one two rows have.
  const bareOf = new Map<string, number>();
  const keep = (key: string, index: number) => {
    const first = recordOf.get(key);
    if (first === undefined) recordOf.set(key, index);
    else if (first !== index) {
      const rows = shared.get(key) ?? [first];
      if (!rows.includes(index)) rows.push(index);
      shared.set(key, rows);
    }
  };
  const keepBare = (bare: string, index: number) => {
    const first = bareOf.get(bare);
    bareOf.set(bare, first === undefined || first === index ? index : -1);
  };
  for (let i = 0; i < records.length; i++) {
    const record = records[i] as CustomerRecord;
    for (const field of CUSTOMER_NAME_FIELDS) {
      const text = record[field];
      const key = text === null ? '' : nameKeyOf(text);
      if (key === '') continue;
      keep(key, i);
      const bare = bareNameKeyOf(key);
      if (bare !== null) keepBare(bare, i);
    }
  }
  // A name on rows of one person written twice (the same mobile or email on each, a customer
  // listed again after moving house) is that person's: their orders go to the first row, as a
  // customer id written twice gives them.
  for (const [name, rows] of shared) if (onePerson(records, rows)) shared.delete(name);
  const indexes = new Int32Array(values.length);
  for (let key = 0; key < values.length; key++) {
    const value = values[key] as string;
    const name = nameKeyOf(namedBuyerOf(value) ?? value);
    if (shared.has(name)) {
      indexes[key] = -1;
      continue;
    }
    // The order's name bare too (Dr. Anita Patel for a row of Anita Patel), where no row has it whole.
    const bare = recordOf.has(name) || bareOf.has(name) ? null : bareNameKeyOf(name);
    indexes[key] =
      recordOf.get(name) ??
      bareOf.get(name) ??
      (bare === null || shared.has(bare) ? -1 : (recordOf.get(bare) ?? bareOf.get(bare) ?? -1));
  }
  return { indexes, shared };
}
