import { CUSTOMER_NAME_FIELDS } from '../model/fields.ts';
import type { CustomerRecord } from '../model/records.ts';
import { withoutAccents } from '../parse/accents.ts';
import { parseEmail } from '../parse/parseEmail.ts';
import { parsePhone } from '../parse/parsePhone.ts';
import { foldTraditional } from '../parse/simplifiedChinese.ts';
import { bilingualHalves } from './bilingualHalves.ts';
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
 * end, its legal form and a shop's Store: 🌿清风徐来🌿 is the nickname an order writes 清风徐来, Dr. Anita Patel the
 * client a payment calls Anita Patel, 小鹿家（淘宝店） the shop an order calls 小鹿家, Al Fajr
 * Electronics Trading LLC the company a PI calls Al Fajr Electronics Trading, 沃克森科技有限公司
 * 沃克森科技, Nena's Sari-Sari Store the shop a delivery calls Nena's Sari-Sari. Null where there is
 * none of them. Orders are matched by it only where one customer
 * row alone has it (nameIndexesOf).
 */
export function bareNameKeyOf(key: string): string | null {
  let bare = EMOJI.test(key) ? key.replace(EMOJI_RUN, ' ').replace(/\s+/g, ' ').trim() : key;
  bare = bare.replace(HONORIFIC, '');
  for (const ending of [NAME_REMARK, LEGAL_FORM, STORE_WORD]) {
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

/**
 * How a name may be addressed before it: Dr. Anita Patel, Mrs Li; and as shops abroad address
 * their customers: Ibu Sari Wulandari, Pak Hendra, Sra. Patricia Navarro, Herr Krause, Frau Dr.
 * Hoffmann, Mme Giraud, mw. (mevrouw) Visser, dhr. De Graaf, p. (pan, paní) Kovářová, and in Thai คุณแอน (written without a
 * space).
 */
const HONORIFIC =
  /^(?:(?:dr|mr|mrs|ms|miss|mx|prof|ibu|bu|bapak|pak|mbak|mas|tante|om|tannie|oom|kak|sr|sra|srta|don|doña|dona|herr|frau|hr|fr|mme|mlle|m|sig|sig\.ra|pan|pani|mw|mevr|mevrouw|dhr|p|κ|κα|κος|κυρία|κυρια|κύριος|κυριος|π|δρ)\.?\s+)+(?=\S)|^คุณ(?=\S)/;

/** A name, then a remark of a few words in brackets: 小鹿家（淘宝店）, Cafe Volta (West End). */
const NAME_REMARK = /^(.+?)\s*[(（][^()（）]{1,20}[)）]$/;
/** How a shop addresses a Chinese customer: 王师傅, 刘经理, 王大姐, 周老板, 老杜, 小孙. */
const ADDRESS_FORM = String.raw`\p{Script=Han}{1,2}(?:师傅|經理|经理|老板|老闆|总|總|姐|哥|工|主任|老师|老師)|[老小]\p{Script=Han}`;
/**
 * A Chinese name, then how its bearer is addressed in brackets: 王德林（王师傅）, 刘宏伟（刘经理）,
 * 王秀兰（王大姐）, 杜建军（老杜）; perhaps their post before it (厨师长 杜建军（老杜）).
 */
const ADDRESSED_AFTER_NAME = new RegExp(
  String.raw`^(?:\p{Script=Han}{2,5}\s+)?\p{Script=Han}{2,4}\s*[(（]\s*(${ADDRESS_FORM})\s*[)）]$`,
  'u',
);
/** The other way round: how the bearer is addressed, then the name in brackets: 王姐（王秀英）. */
const NAME_AFTER_ADDRESSED = new RegExp(
  String.raw`^(${ADDRESS_FORM})\s*[(（]\s*(\p{Script=Han}{2,4})\s*[)）]$`,
  'u',
);

/**
 * The name in brackets after how its bearer is addressed (王秀英 of 王姐（王秀英）, 孙丽 of
 * 小孙（孙丽）), where the name has the surname the address uses; null for any other key.
 */
function nameAfterAddressed(key: string): string | null {
  const m = NAME_AFTER_ADDRESSED.exec(key);
  if (m === null) return null;
  const form = m[1] as string;
  const name = m[2] as string;
  // 老刘 and 小孙 name the surname second; 王姐, 张经理 and 马大哥 first.
  const surname = /^[老小]/.test(form) && form.length === 2 ? form.charAt(1) : form.charAt(0);
  return name.startsWith(surname) ? name : null;
}

/**
 * The bracketed remark after a name when it is written in Chinese characters and the name before
 * it in letters, or the other way round: the same person's name as the other script writes it
 * (Сергей（谢尔盖）, Chen Jing (陈静), 陈静（Chen Jing）). Null for a remark in the name's own script
 * (小鹿家（淘宝店）, Cafe Volta (West End)), or for none.
 */
function nameInOtherScript(key: string): string | null {
  const parts = nameAndRemark(key);
  if (parts === null || parts.remark.length < 2) return null;
  const script = (text: string) =>
    ALL_HAN.test(text) ? 'han' : ALL_LETTERS.test(text) && !HAS_HAN.test(text) ? 'letters' : null;
  const a = script(parts.name);
  const b = script(parts.remark);
  return a !== null && b !== null && a !== b ? parts.remark : null;
}

/** A key's name and the remark in brackets after it (NAME_REMARK), each trimmed; null for none. */
function nameAndRemark(key: string): { name: string; remark: string } | null {
  const m = NAME_REMARK.exec(key);
  if (m === null) return null;
  const name = m[1] ?? '';
  return { name: name.trim(), remark: key.slice(name.length).trim().slice(1, -1).trim() };
}

/** Chinese characters alone (a middle dot between a transliterated name's parts allowed). */
const ALL_HAN = /^[\p{Script=Han}·・]+$/u;
/** Letters of any script, with the spaces, dots, hyphens and apostrophes of a name. */
const ALL_LETTERS = /^[\p{L}][\p{L}\p{M} .'’-]*$/u;
const HAS_HAN = /\p{Script=Han}/u;

/** A shop's name and the word Store or Shop after it: Nena's Sari-Sari Store, Ben's Shop. */
const STORE_WORD = /^(.+?)\s+(?:store|shop)$/;

/** The end of a name before "Co" that is the partners, not a legal form: Kasia &, Smith and. */
const PARTNERS_BEFORE = /(?:&|\band)$/;

/**
 * A company name, then its legal form (of a lower-cased key): 有限公司, 股份有限公司, Ltd, LLC,
 * Inc., Co., Ltd., GmbH, Pty Ltd, Pte. Ltd., Sp. z o.o., Ltda, S.A., AB, a French SAS or SARL. A
 * Latin form after a space (or a comma) alone: Kasia & Co is not Kasia &.
 */
const LEGAL_FORM =
  /^(.+?)(?:股份有限公司|有限责任公司|有限公司|公司|,?\s+(?:co\.?,?\s*ltd\.?|company\s+limited|limited|ltd\.?|llc|l\.l\.c\.|inc\.?|incorporated|corp\.?|corporation|co\.?|plc|gmbh(?:\s*&\s*co\.?\s*kg)?|ag|kg|pty\.?\s*ltd\.?|pte\.?\s*ltd\.?|sdn\.?\s*bhd\.?|sp\.\s*z\s*o\.\s*o\.|ltda\.?|s\.?a\.?|s\.?r\.?l\.?|b\.?v\.?|n\.?v\.?|ab|oy|k\.k\.|sas|sasu|sarl|eurl|snc))$/;

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
  const found = namesFound(records, values);
  // Names still not found: a name with where the customer lives after it, as a shop tells two of
  // a name apart (Hùng KTX: the Hùng of the dormitory; Thu 八德), and a Chinese firm's name
  // without some characters of its middle (蓮花仲介 of 蓮花人力仲介).
  findPlacedNames(records, values, found);
  findShortenedFirms(records, values, found);
  findShortNamesOfKind(records, values, found);
  return found;
}

function namesFound(records: readonly CustomerRecord[], values: readonly string[]): NameIndexes {
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
      // What a customer is called, written several ways in one cell (PT SJA – Bu Dewi (HRD), Bu
      // Lina (Arisan RT 05), เฉิน / 陈静): each a name of theirs, where no other row has it.
      if (field === 'nickname') for (const alias of callingNamesIn(key)) keepBare(alias, i);
      // How the person is addressed, in brackets after the name (王德林（王师傅）, 周振国（周老板）):
      // what the shop's orders call them.
      const addressed = ADDRESSED_AFTER_NAME.exec(key)?.[1];
      if (addressed !== undefined) keepBare(addressed, i);
      // And the other way round (王姐（王秀英）): the name the shop's orders sometimes write in full.
      const named = nameAfterAddressed(key);
      if (named !== null) keepBare(named, i);
      // The name in the other script, in brackets after it (Сергей（谢尔盖）, Chen Jing (陈静)):
      // what a buyer writing in that script calls them.
      const otherScript = nameInOtherScript(key);
      if (otherScript !== null) keepBare(otherScript, i);
    }
    // What the remark says the customer is called (王姐，带小狗; 中文名张丽莎): a name of theirs too,
    // where no other row has it.
    const note = record.note;
    if (note !== null) for (const alias of aliasesIn(note, record.name)) keepBare(nameKeyOf(alias), i);
  }
  // A name on rows of one person written twice (the same mobile or email on each, a customer
  // listed again after moving house) is that person's: their orders go to the first row, as a
  // customer id written twice gives them.
  for (const [name, rows] of shared) if (onePerson(records, rows)) shared.delete(name);
  const indexes = new Int32Array(values.length);
  let parts: Map<string, number> | null = null;
  // The one customer whose name has the part (partialNameIndex, made on first use), or −1.
  const partFound = (part: NonNullable<ReturnType<typeof partOfName>>): number => {
    parts ??= partialNameIndex(records);
    return parts.get(`${part.kind}:${part.text}`) ?? -1;
  };
  let words: ReturnType<typeof nameWordIndex> | null = null;
  for (let key = 0; key < values.length; key++) {
    const value = values[key] as string;
    const name = nameKeyOf(value);
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
    if (indexes[key] !== -1) continue;
    // Paid by someone of the customer's family, for them: Mary (Mzee Kiprono's wife).
    const payer =
      PAID_BY_FAMILY.exec(name) ?? PAID_BY_FAMILY_BEFORE.exec(name) ?? FAMILY_OF_HAN_NAME.exec(name);
    if (payer !== null) {
      const whom = (payer[1] ?? '').trim();
      let found = recordOf.get(whom) ?? bareOf.get(whom) ?? -1;
      // The customer by the name the family calls them (Davi, of Davi Oliveira Santos).
      const part = found === -1 && !recordOf.has(whom) && !bareOf.has(whom) ? partOfName(whom) : null;
      if (part !== null) found = partFound(part);
      if (found !== -1 && !shared.has(whom)) {
        indexes[key] = found;
        continue;
      }
    }
    // A name, then the customer's firm in brackets (Emeka (Emy Textiles)): the firm's row, where the
    // name before the bracket is part of that row's own name.
    const parts = nameAndRemark(name);
    const firmRow = parts === null ? -1 : (recordOf.get(parts.remark) ?? -1);
    const person = records[firmRow]?.name;
    if (
      parts !== null &&
      firmRow !== -1 &&
      !shared.has(parts.remark) &&
      person &&
      nameKeyOf(person).includes(parts.name)
    ) {
      indexes[key] = firmRow;
      continue;
    }
    // A part of a name, as written (Mrs. Reyes: a family name) or without its honorific (คุณอรวรรณ: a
    // given name).
    const remarked = parts?.name ?? name;
    // The honorific a Turkish name is written with after it: Selin Hanım, Hasan Bey.
    const plain = remarked.replace(HONORIFIC_AFTER, '');
    for (const part of [partOfName(plain), bare === null ? null : partOfName(bare)]) {
      if (part === null || recordOf.has(part.text) || bareOf.has(part.text)) continue;
      indexes[key] = partFound(part);
      if (indexes[key] !== -1) break;
    }
    if (indexes[key] !== -1) continue;
    // The name in some of the words of one customer's, in any order, a word cut short the start
    // of one of theirs (see wordsOfName).
    // How the customer is addressed is none of their name's words (Mme Vidal for Marie-Claude Vidal).
    const asked = wordsOfName(plain.replace(HONORIFIC, ''));
    if (asked !== null) {
      words ??= nameWordIndex(records);
      indexes[key] = words.find(asked);
    }
  }
  return { indexes, shared };
}

/**
 * Finds the customer of a name written with a place after it (PLACE_AFTER: Hùng KTX, Thu 八德):
 * the one customer the name alone finds (namesFound), where their address or city holds the
 * place (KTX 平鎮 A304, 八德區).
 */
function findPlacedNames(
  records: readonly CustomerRecord[],
  values: readonly string[],
  found: NameIndexes,
): void {
  const asked: number[] = [];
  const names: string[] = [];
  const places: string[] = [];
  for (let key = 0; key < values.length; key++) {
    if (found.indexes[key] !== -1) continue;
    const name = nameKeyOf(values[key] as string);
    const m = found.shared.has(name) ? null : PLACE_AFTER.exec(name);
    if (m === null) continue;
    asked.push(key);
    names.push(m[1] ?? '');
    places.push(foldTraditional(m[2] ?? ''));
  }
  if (asked.length === 0) return;
  const byName = namesFound(records, names).indexes;
  // Or whom the order was for there (渔家小院 王大姐): a name of the same row.
  const byWhom = namesFound(records, places).indexes;
  for (let k = 0; k < asked.length; k++) {
    const record = records[byName[k] as number];
    if (record === undefined) continue;
    if (byWhom[k] === byName[k]) {
      found.indexes[asked[k] as number] = byName[k] as number;
      continue;
    }
    const where = [record.address, record.city]
      .map((text) => foldTraditional(nameKeyOf(text ?? '')))
      .join(' ');
    if (where.includes(places[k] as string)) found.indexes[asked[k] as number] = byName[k] as number;
  }
}

/**
 * Finds the customer of a Chinese firm's 简称 written with the kind of firm its full name ends with
 * (仰口酒店 for 仰口 of 青岛仰口湾度假酒店), or without it (明港 for 明港食堂 of 青岛明港物流有限公司
 * 职工食堂): the one customer whose short name and full name so differ from the name asked.
 */
function findShortNamesOfKind(
  records: readonly CustomerRecord[],
  values: readonly string[],
  found: NameIndexes,
): void {
  let byStart: Map<string, ShortAndFull[]> | null = null;
  for (let key = 0; key < values.length; key++) {
    if (found.indexes[key] !== -1) continue;
    const asked = hanNameOf(nameKeyOf(values[key] as string));
    if (asked === null || asked.length < 2) continue;
    byStart ??= shortAndFullNames(records);
    let only = -1;
    // The shorter of the two names starts the longer, so both start with the same two characters.
    for (const firm of byStart.get(asked.slice(0, 2)) ?? []) {
      const [shorter, longer] = asked.length < firm.short.length ? [asked, firm.short] : [firm.short, asked];
      const kind = longer.slice(shorter.length);
      if (!longer.startsWith(shorter) || kind.length < 1 || kind.length > 3 || !firm.full.endsWith(kind))
        continue;
      if (only !== -1 && only !== firm.index) {
        only = -1;
        break;
      }
      only = firm.index;
    }
    if (only !== -1) found.indexes[key] = only;
  }
}

/** A customer's short name and full name in Chinese characters, and the customer's record index. */
interface ShortAndFull {
  short: string;
  full: string;
  index: number;
}

/**
 * The customers' short names of two characters or more with their full names, in Chinese
 * characters, a remark in brackets and the spaces inside aside; by the short name's first two.
 */
function shortAndFullNames(records: readonly CustomerRecord[]): Map<string, ShortAndFull[]> {
  const byStart = new Map<string, ShortAndFull[]>();
  records.forEach((record, index) => {
    const short = record.shortName ? hanNameOf(nameKeyOf(record.shortName)) : null;
    const company = record.company ? nameKeyOf(record.company) : '';
    const full = hanNameOf((nameAndRemark(company)?.name ?? company).replace(/\s+/g, ''));
    if (short === null || short.length < 2 || full === null) return;
    const start = short.slice(0, 2);
    const list = byStart.get(start);
    if (list === undefined) byStart.set(start, [{ short, full, index }]);
    else list.push({ short, full, index });
  });
  return byStart;
}

/** A name, then one word of two characters or more after a space: hùng ktx, thu 八德. */
const PLACE_AFTER = /^(.+?)\s+(\S{2,12})$/u;

/**
 * Finds the customer of a Chinese firm's name shortened as Chinese shortens one: some characters
 * of its middle left out, its first two and last two kept (蓮花仲介 of 蓮花人力仲介), the one
 * customer whose name, company or short name in Chinese characters is so shortened, a remark in
 * brackets after either aside; else its 简称, its first two characters (the firm's own name, after
 * the city it opens with) and some of the rest, in order (盛世装饰 of 沈阳盛世佳园装饰工程有限公司,
 * 福泰物业 of 福泰小区物业服务中心, 鑫诚 of 鑫诚防水保温工程队), the one customer whose company or
 * short name, with or without the place before it, so starts and holds them.
 */
function findShortenedFirms(
  records: readonly CustomerRecord[],
  values: readonly string[],
  found: NameIndexes,
): void {
  let byEnds: Map<string, FirmName[]> | null = null;
  let byStart: Map<string, FirmName[]> | null = null;
  for (let key = 0; key < values.length; key++) {
    if (found.indexes[key] !== -1) continue;
    const short = hanNameOf(nameKeyOf(values[key] as string));
    if (short === null || short.length < 2) continue;
    let only = -1;
    if (short.length >= 4) {
      byEnds ??= firmsByEnds(records);
      only = onlyFirmHolding(short, byEnds.get(endsOf(short)));
    }
    if (only === -1 && short.length <= 8) {
      byStart ??= firmCores(records);
      only = onlyFirmHolding(short, byStart.get(short.slice(0, 2)));
    }
    if (only !== -1) found.indexes[key] = only;
  }
}

/** A customer's firm name in Chinese characters, and the customer's record index. */
interface FirmName {
  name: string;
  index: number;
}

/**
 * The record index of the one customer among `firms` whose name is longer than `short` and holds
 * its characters in order (isSubsequence); −1 for none or several.
 */
function onlyFirmHolding(short: string, firms: readonly FirmName[] | undefined): number {
  let only = -1;
  for (const firm of firms ?? []) {
    if (firm.name.length <= short.length || !isSubsequence(short, firm.name) || firm.index === only) continue;
    if (only !== -1) return -1;
    only = firm.index;
  }
  return only;
}

/**
 * The customers' companies and short names in Chinese characters of five or more, each without
 * the place it opens with: marked (沈阳市, 中牟县: LEADING_PLACE), or the two characters a
 * registered company's name (…有限公司) opens with (沈阳); by their first two characters, so that
 * a name asked looks only at the firms it could be short for.
 */
function firmCores(records: readonly CustomerRecord[]): Map<string, FirmName[]> {
  const cores = new Map<string, FirmName[]>();
  for (let i = 0; i < records.length; i++) {
    for (const field of ['company', 'shortName'] as const) {
      const text = records[i]?.[field];
      const han = text === null || text === undefined ? null : hanNameOf(nameKeyOf(text));
      if (han === null || han.length < 5) continue;
      // A registered company's name opens with its place, as the rules for naming one ask
      // (沈阳盛世佳园装饰工程有限公司): its 简称 starts after it, never with it.
      const placed = han.length >= 8 && han.endsWith('公司');
      const local = han.replace(LEADING_PLACE, '');
      const seen = new Set(placed ? [local === han ? han.slice(2) : local] : [han, local]);
      for (const core of seen) {
        const start = core.slice(0, 2);
        const list = cores.get(start);
        if (list === undefined) cores.set(start, [{ name: core, index: i }]);
        else list.push({ name: core, index: i });
      }
    }
  }
  return cores;
}

/**
 * The customers' names in Chinese characters of five or more (longer than the shortest name
 * shortened from one), by their first two and last two.
 */
function firmsByEnds(records: readonly CustomerRecord[]): Map<string, FirmName[]> {
  const byEnds = new Map<string, FirmName[]>();
  for (let i = 0; i < records.length; i++) {
    for (const field of CUSTOMER_NAME_FIELDS) {
      const text = records[i]?.[field];
      const han = text === null || text === undefined ? null : hanNameOf(nameKeyOf(text));
      if (han === null || han.length < 5) continue;
      // And without the place it starts with (丰泽蔬菜种植专业合作社 of 中牟县丰泽蔬菜种植专业合作社),
      // which a shop in that place leaves out: 丰泽合作社.
      const local = han.replace(LEADING_PLACE, '');
      for (const name of local.length >= 5 && local !== han ? [han, local] : [han]) {
        const ends = endsOf(name);
        const list = byEnds.get(ends);
        if (list === undefined) byEnds.set(ends, [{ name, index: i }]);
        else list.push({ name, index: i });
      }
    }
  }
  return byEnds;
}

/**
 * A key's name in Chinese characters alone, folded, without a remark in brackets; null for any
 * other.
 */
function hanNameOf(key: string): string | null {
  const name = foldTraditional(nameAndRemark(key)?.name ?? key);
  return ALL_HAN.test(name) ? name : null;
}

/** A province, a city, a county or a town a Chinese firm's name starts with: 河南省郑州市, 中牟县. */
const LEADING_PLACE = /^(?:\p{Script=Han}{1,3}[省市县縣区區镇鎮乡鄉]){1,2}/u;

function endsOf(han: string): string {
  return `${han.slice(0, 2)}|${han.slice(-2)}`;
}

/** Whether the characters of `short` stand in `long` in the same order. */
function isSubsequence(short: string, long: string): boolean {
  let at = 0;
  for (const ch of long) if (at < short.length && ch === short[at]) at++;
  return at === short.length;
}

/**
 * The words of a name in Latin, Greek or Cyrillic letters (a key, nameKeyOf) as an order may give some of a
 * customer's, as a shop writes its regulars on an invoice: Mechanika Pojazdowa Baran for
 * Mechanika Pojazdowa Tadeusz Baran, NOWTRANS for Przedsiębiorstwo Transportowe NOWTRANS Sp. z
 * o.o., Kędzierski Blacharstwo for Blacharstwo-Lakiernictwo Kędzierski, Szymańska Anna for Anna
 * Szymańska, Kowalczyk J. and Baran T. – mech. pojazdowa, a word ending in a dot being cut short.
 * Words of no weight (legal forms, and) are left out; Greek words are compared without their
 * accents (foldGreek). Null for a name in other scripts, or without a whole word of three letters
 * or more.
 */
function wordsOfName(key: string): NameWords | null {
  const whole: string[] = [];
  const short: string[] = [];
  let wife = false;
  const parts = key.split(WORD_APART);
  let afterArticle = false;
  for (let i = 0; i < parts.length; i++) {
    const written = foldGreek(parts[i] as string);
    if (written === '') continue;
    // An Arabic name written in Latin letters the ways it is spelt: Mohd and Mohammed, Al-Hashimi
    // and Al Hashemi.
    // A Hungarian given name as it is called (Kati of Katalin), a married woman's name as the name
    // she took (Kovácsné, Mrs Kovács, and Péterné, Péter's wife, as the name they are of).
    const married = HUNGARIAN_WIFE.exec(written)?.[1];
    if (married !== undefined) wife = true;
    const part =
      ARABIC_GIVEN.get(written) ??
      HUNGARIAN_PET_NAMES.get(written) ??
      married ??
      (afterArticle ? arabicSpelling(written) : written);
    afterArticle = written === 'al' || written === 'el';
    if (!LATIN_NAME_WORD.test(part)) return null;
    const word = part.endsWith('.') ? part.slice(0, -1) : part;
    if (word === '' || NO_WEIGHT.has(word) || NO_WEIGHT.has(part)) continue;
    if (part.endsWith('.') && !word.includes('.')) short.push(word);
    // Initials written together, each with its dot (J.W. of Jan-Willem, A.M. of Anna Maria).
    else if (INITIALS.test(part)) for (const letter of word.split('.')) short.push(letter);
    else whole.push(word);
  }
  return whole.some((word) => word.length >= 3) ? { whole, short, wife } : null;
}

interface NameWords {
  /** Words written whole. */
  whole: string[];
  /** Words cut short (mech. of mechanika, T. of Tadeusz), without their dot. */
  short: string[];
  /** Whether the name is a married woman's, as Hungarian writes it (Kovácsné, Kovács Péterné). */
  wife: boolean;
}

/**
 * Arabic given names as they are spelt in Latin letters, and as the Gulf and Malaysia shorten
 * Muhammad (Mohd): each as one spelling.
 */
const ARABIC_GIVEN: ReadonlyMap<string, string> = new Map(
  [
    ['muhammad', 'mohammed', 'mohamed', 'mohammad', 'muhammed', 'mohamad', 'mohd', 'mohd.', "moh'd", 'muhd'],
    ['ahmad', 'ahmed'],
    ['khalid', 'khaled'],
    ['abdullah', 'abdulla'],
    ['yusuf', 'yousef', 'youssef', 'yousif', 'yusef'],
  ].flatMap((spellings) => spellings.map((word) => [word, spellings[0] as string] as const)),
);

/**
 * Hungarian given names and what they are called by (Kati, Katalin's; Erzsi, Erzsébet's; Évi,
 * Éva's), as a supplier's invoices name a regular: each as its given name.
 */
const HUNGARIAN_PET_NAMES: ReadonlyMap<string, string> = new Map(
  [
    ['katalin', 'kati', 'katika'],
    ['erzsébet', 'erzsi', 'erzsike', 'böske'],
    ['éva', 'évi', 'évike'],
    ['zsuzsanna', 'zsuzsa', 'zsuzsi'],
    ['mária', 'marika', 'mariska'],
    ['ilona', 'ili', 'ilonka'],
    ['margit', 'manci', 'margitka'],
    ['judit', 'juci', 'jutka'],
    ['ágnes', 'ági'],
    ['krisztina', 'kriszti'],
    ['ildikó', 'ildi'],
    ['istván', 'pisti', 'pista'],
    ['jános', 'jancsi'],
    ['lászló', 'laci'],
    ['ferenc', 'feri'],
    ['józsef', 'józsi'],
    ['györgy', 'gyuri'],
    ['sándor', 'sanyi'],
    ['zoltán', 'zoli'],
    ['mihály', 'misi'],
  ].flatMap((names) => names.map((word) => [word, names[0] as string] as const)),
);

/**
 * A married woman's name in Hungarian: her husband's family name or given name and -né (Kovácsné,
 * Mrs Kovács; Kovács Péterné, Péter Kovács's wife). The name before -né is kept.
 */
const HUNGARIAN_WIFE = /^(\p{L}{3,})né$/u;

/**
 * The family name after Al or El in one spelling of its vowels (Al Hashemi and Al-Hashimi, Al
 * Mazroui and Al Mazrouei): ou and o as u, ee and e as i, a letter written twice as once.
 */
function arabicSpelling(word: string): string {
  return word
    .replace(/ou|oo|o/g, 'u')
    .replace(/ee|ei|e/g, 'i')
    .replace(DOUBLED_LETTER, '$1');
}

/** A letter written twice (a module constant: see CAPITALISED in classifyText.ts). */
const DOUBLED_LETTER = /(\p{L})\1/gu;

/** Two initials or more, each with its dot: J.W., A.M. */
const INITIALS = /^(?:\p{L}\.){2,}$/u;

/** What parts the words of a name: white space, dashes, slashes, brackets and quotation marks. */
const WORD_APART = /[\s\-–—/,;:()（）"“”„«»‚‘]+/;
/**
 * A word of a name in Latin, Greek or Cyrillic letters or digits (Taxi Radom 9622, Ταβέρνα «Ο
 * Μπάμπης», Т. Стоянов), with dots and apostrophes.
 */
const LATIN_NAME_WORD = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{N}'’.]+$/u;

/**
 * A Greek word without its accents and with a final sigma as any other (Αιγαίον and ΑΙΓΑΙΟΝ both
 * αιγαιον; Μπάμπης μπαμπησ): capitals write no accents. Any other word as it is.
 */
function foldGreek(word: string): string {
  if (!GREEK_LETTER.test(word)) return word;
  return withoutAccents(word).replace(/ς/g, 'σ');
}

const GREEK_LETTER = /[\u0370-\u03ff]/;
/** Words a name holds that say nothing of whose it is: legal forms and joining words. */
const NO_WEIGHT = new Set([
  'and',
  'sp',
  'z',
  'o.o',
  'o.o.',
  's.c',
  's.c.',
  'sc',
  'ltd',
  'llc',
  'inc',
  'co',
  'corp',
  'gmbh',
  'ag',
  'kg',
  'bv',
  'nv',
  'sa',
  'srl',
  'spa',
  'ltda',
  'pty',
  'pte',
  'sdn',
  'bhd',
  'plc',
  'şti',
  'a.ş',
  'a.ş.',
  'sas',
  'sasu',
  'sarl',
  'eurl',
  'snc',
  // Greek legal forms, without their accents (foldGreek), and the article a taverna's name takes.
  'α.ε',
  'αε',
  'ε.π.ε',
  'επε',
  'ο.ε',
  'οε',
  'ε.ε',
  'ι.κ.ε',
  'ικε',
  'ο',
  'η',
  'το',
]);
/**
 * The short words inside a name that are no family name of their own: Al and El (Mohammed Al
 * Hashimi), de, del, van, von, bin.
 */
const PARTICLE = new Set([
  'al',
  'el',
  'de',
  'del',
  'la',
  'da',
  'do',
  'dos',
  'das',
  'di',
  'van',
  'von',
  'der',
  'den',
  'bin',
  'binti',
  'ben',
  'y',
]);
/** A Turkish honorific, written after the name it addresses (Selin Hanım, Hasan Bey). */
const HONORIFIC_AFTER = /(?<=\S)\s(?:hanım|hanim|bey)$/;

/**
 * Each word of the customers' names and companies in Latin letters (wordsOfName), with the
 * records that have it, for finding the one customer whose name holds all of an order's words
 * and one of its distinctive words: the last of a name or company of two words or more (the
 * family name, the end of a firm's name: Baran, NOWTRANS), or one its name quotes (Wulkanizacja
 * „Gumiak” Piotr Zając). The first words alone are no one's (Al Fajr of Al Fajr Electronics
 * Trading LLC may be another firm's name; Kasia of Kasia & Co another Kasia).
 */
function nameWordIndex(records: readonly CustomerRecord[]): { find: (asked: NameWords) => number } {
  const byWord = new Map<string, number[]>();
  const wordsOf: string[][] = [];
  const distinctOf: Set<string>[] = [];
  const paternalOf: Set<string>[] = [];
  // The records of married women named as Hungarian names them (Kovács Péterné): the only ones an
  // order naming a man's wife (Kovácsné) can be for.
  const wives = new Set<number>();
  for (let i = 0; i < records.length; i++) {
    const own = new Set<string>();
    const distinct = new Set<string>();
    const paternal = new Set<string>();
    for (const field of CUSTOMER_NAME_FIELDS) {
      const text = records[i]?.[field];
      if (text === null || text === undefined) continue;
      const key = nameKeyOf(text);
      // A name written in both scripts by its Latin half: Quán Phở Hà Nội of Quán Phở Hà Nội 河內河粉.
      const words = wordsOfName(key) ?? wordsOfName(bilingualHalves(key)?.latin ?? '');
      if (words === null) continue;
      if (words.wife) wives.add(i);
      for (const word of [...words.whole, ...words.short]) own.add(word);
      const last = words.whole[words.whole.length - 1];
      if (words.whole.length >= 2 && last !== undefined) distinct.add(last);
      // A person's name of three words or more may end in two family names, the father's first,
      // as Spanish America writes them (Julio Quispe Mamani, called Julio Quispe): the one before
      // the last tells the person too, beside another of the name's words.
      const beforeLast = words.whole[words.whole.length - 2];
      if (
        field === 'name' &&
        words.whole.length >= 3 &&
        beforeLast !== undefined &&
        !PARTICLE.has(beforeLast)
      )
        paternal.add(beforeLast);
      // A firm's name is told by its first word (Tecnoimpianti of Tecnoimpianti Emiliani s.p.a.),
      // and so is a private customer's on a list that writes the surname first in the same column
      // (Lambertini of Lambertini Franca); not by an article (Al of Al Fajr Electronics Trading).
      const first = words.whole[0];
      // A name column's firm too, told by its legal form (Ubuntu of Ubuntu Events & Catering
      // (Pty) Ltd).
      const firm = field === 'company' || LEGAL_FORM.test(key);
      if (firm && words.whole.length >= 2 && first !== undefined && first.length >= 4) distinct.add(first);
      for (const quoted of key.matchAll(QUOTED)) {
        const inner = wordsOfName(quoted[1] ?? '');
        if (inner !== null) for (const word of inner.whole) distinct.add(word);
      }
    }
    wordsOf.push([...own]);
    distinctOf.push(distinct);
    paternalOf.push(paternal);
    for (const word of own) {
      const list = byWord.get(word);
      if (list === undefined) byWord.set(word, [i]);
      else list.push(i);
    }
  }
  // The end of each long word, as a shop shortens a compound name (Maas Koeriers for
  // Fietskoeriers Maas B.V.): made on first use, when an order's word is no customer's whole.
  let tails: Map<string, Set<number>> | null = null;
  const tailOf = (word: string): number[] | undefined => {
    if (tails === null) {
      tails = new Map();
      for (const [whole, rows] of byWord) {
        for (let start = MIN_COMPOUND_HEAD; start <= whole.length - MIN_COMPOUND_TAIL; start++) {
          const tail = whole.slice(start);
          if (byWord.has(tail)) continue;
          const set = tails.get(tail);
          if (set === undefined) tails.set(tail, new Set(rows));
          else for (const row of rows) set.add(row);
        }
      }
    }
    const rows = tails.get(word);
    return rows === undefined ? undefined : [...rows];
  };
  return {
    find: ({ whole, short, wife }) => {
      // The records of the rarest word first, kept where each other word's records have them:
      // a set of each, so that two common words (Anna, Nowak) of a large table cost their lengths.
      const lists: number[][] = [];
      // Words of two or three letters no customer has whole, each perhaps a word contracted (LS of
      // Laerskool, as Afrikaans writes a school's name short).
      const contracted: string[] = [];
      for (const word of whole) {
        const rows = byWord.get(word) ?? tailOf(word);
        if (rows !== undefined) lists.push(rows);
        else if (word.length <= 3) contracted.push(word);
        // The occasion the order was for, after the customer's name: Pretorius wedding.
        else if (!OCCASION.has(word)) return -1;
      }
      lists.sort((a, b) => a.length - b.length);
      let found: number[] | null = lists[0] ?? null;
      for (let k = 1; k < lists.length && found !== null && found.length > 0; k++) {
        const others = new Set(lists[k]);
        found = found.filter((i) => others.has(i));
      }
      const fits = (found ?? []).filter(
        (i) =>
          (!wife || wives.has(i)) &&
          short.every((cut) => startsOne(wordsOf[i] ?? [], cut)) &&
          contracted.every((word) => contractsOne(wordsOf[i] ?? [], word)),
      );
      if (fits.length !== 1) return -1;
      const only = fits[0] as number;
      const distinct = distinctOf[only] as Set<string>;
      // A distinctive word whole, or its start (Thijs B. for Thijs Bakker).
      if (whole.some((word) => distinct.has(word))) return only;
      const paternal = paternalOf[only] as Set<string>;
      if (whole.length >= 2 && whole.some((word) => paternal.has(word))) return only;
      return short.some((cut) => startsOne(distinct, cut)) ? only : -1;
    },
  };
}

/**
 * Whether one of `words` is longer than `word` and has its letters in order, the first first: LS
 * of laerskool.
 */
function contractsOne(words: readonly string[], word: string): boolean {
  return words.some((w) => w.length > word.length && w[0] === word[0] && isSubsequence(word, w));
}

/** What an order names after its customer's name: the occasion it was for. */
const OCCASION = new Set([
  'wedding',
  'party',
  'birthday',
  'funeral',
  'christening',
  'anniversary',
  'braai',
  'function',
  'event',
]);

/** Whether one of `words` starts with `cut` (a word cut short: T. of Tadeusz, B. of Bakker). */
function startsOne(words: Iterable<string>, cut: string): boolean {
  for (const word of words) if (word.startsWith(cut)) return true;
  return false;
}

/**
 * The shortest start and end of a compound word an order may give the end of alone: fiets and
 * koeriers of fietskoeriers (the end long enough to say something of its own).
 */
const MIN_COMPOUND_HEAD = 3;
const MIN_COMPOUND_TAIL = 6;

/** A name in quotation marks within a firm's: „Gumiak”, "Zielona L-ka", «Ромашка». */
const QUOTED = /[„“"«‚']([^„“”"«»‚‘’']{2,40})[”“"»‘’']/g;

/**
 * The names one nickname cell gives (a key, nameKeyOf): the names a dash or a slash divides and
 * the name in brackets after them, each of two characters or more.
 */
function callingNamesIn(key: string): string[] {
  const remarked = nameAndRemark(key);
  const inBrackets = remarked?.remark ?? '';
  const before = remarked?.name ?? key;
  const parts = before.split(CALLING_NAMES_APART);
  if (parts.length === 1 && inBrackets === '') return [];
  return [...parts, inBrackets].map((name) => name.trim()).filter((name) => name.length >= 2);
}

/**
 * What divides the names of one nickname cell: a dash with a space each side, or a slash (the
 * parts are trimmed after; a pattern opening with \s* or \s+ is tried from every space of a long
 * run, a cost that grows with the square of its length).
 */
const CALLING_NAMES_APART = /\s[–—-]\s|\//;

/**
 * A buyer written as someone of a customer's family, the customer named in brackets after them:
 * Mary (Mzee Kiprono's wife), 李梅（王总的爱人）. The customer's name is the group.
 */
const PAID_BY_FAMILY =
  /[(（]\s*([^()（）]{1,40}?)(?:['’]s\s+(?:wife|husband|son|daughter|mother|mum|mom|father|dad|sister|brother|child|kid)|的(?:爱人|老婆|老公|太太|妻子|丈夫|先生|儿子|女儿|妈妈|爸爸|母亲|父亲))\s*[)）]$/;
/**
 * The same without brackets, as a Chinese credit book writes who came for a farmer: the
 * customer's name, whole or as they are called (国富 of 张国富, 老王), then who of theirs came
 * (国富媳妇, 老王他爹, 张国富家的).
 */
const FAMILY_OF_HAN_NAME =
  /^(\p{Script=Han}{2,4}?)的?(?:媳妇|媳婦|老婆|爱人|愛人|家属|家屬|家里的|家裡的|家的|老伴|儿子|兒子|闺女|閨女|女儿|女兒|他爹|他娘|他爸|他妈|他媽)$/u;
/** The same, the relation first, as Portuguese and Spanish write it: Renata (mãe do Davi), Ana (mamá de Sofía). */
const PAID_BY_FAMILY_BEFORE =
  /[(（]\s*(?:m[ãa]e|pai|esposa|esposo|marido|filh[oa]|av[óô]|irm[ãa]o?|mam[áa]|pap[áa]|madre|padre|hij[oa]|abuel[oa]|herman[oa])\s+d[aeo]s?\s+([^()（）]{1,40}?)\s*[)）]$/;

/**
 * The names a customer's remark says they go by: how they are addressed, as its first clause (王姐，带小狗（泰迪）;
 * 李叔，只付现金), and a name it gives them (中文名张丽莎，上海人; 都叫她张姐; aka Jimmy; in Vietnamese, 阿明 gọi là 阿雄: 阿明 calls him
 * 阿雄; in Bulgarian, всички му викат Тошко водопроводчика; in Ukrainian, всі кажуть «Андрій з Сихова»), the one of their family it says pays for them
 * (女儿赵敏付钱), their kunya (Umm Khalid (أم خالد)), what a market calls them (Iya Kaffy, Mummy Tobi), and the
 * whole name of one called by their surname (小周 whose remark opens with 周敏).
 */
function aliasesIn(note: string, name: string | null): string[] {
  const names: string[] = [];
  // 小周 whose remark opens with 周敏: the whole name of the one the shop calls by their surname.
  const surname = name === null ? undefined : CALLED_BY_SURNAME.exec(name.trim())?.[1];
  const whole = surname === undefined ? undefined : WHOLE_NAME_FIRST.exec(note)?.[1];
  if (surname !== undefined && whole?.startsWith(surname)) names.push(whole);
  const addressed = ADDRESSED_IN_REMARK.exec(note);
  if (addressed !== null) names.push(addressed[1] ?? '');
  const named = NAMED_IN_REMARK.exec(note);
  if (named !== null) names.push(named[1] ?? '');
  const calledByAll = CALLED_BY_ALL.exec(note);
  if (calledByAll !== null) names.push(calledByAll[1] ?? '');
  const payer = PAYER_IN_REMARK.exec(note);
  if (payer !== null) names.push(payer[1] ?? '');
  // Iya Kaffy, Mummy Tobi, Aunty Funmi: the name a Nigerian or Ghanaian market calls a regular by.
  const called = CALLED_IN_REMARK.exec(note);
  if (called !== null) names.push(called[1] ?? '');
  // Umm Khalid (أم خالد), Bu Rashid: the name a Gulf shop calls a regular by, after their eldest son.
  const kunya = KUNYA_IN_REMARK.exec(note);
  if (kunya !== null) {
    names.push(kunya[1] ?? '');
    if (kunya[2] !== undefined) names.push(kunya[2]);
  }
  return names;
}

const ADDRESSED_IN_REMARK =
  /^\s*(\p{Script=Han}{1,2}(?:姐|哥|叔|姨|阿姨|总|工|老师|老板|伯|婶|嫂|先生|小姐|女士|太太|经理))\s*(?:[，,；;。、]|$)/u;
/** 小周, 老王, 阿芳: someone called by their surname (or given name) and 小, 老 or 阿. */
const CALLED_BY_SURNAME = /^[小老阿](\p{Script=Han})$/u;
/** A remark's first clause a whole Chinese name: 周敏，接婚庆单子. */
const WHOLE_NAME_FIRST = /^\s*(\p{Script=Han}{2,3})\s*[，,；;。]/u;

/**
 * How a West African market addresses a regular, opening a remark: Iya Kaffy (Kaffy's mother, in
 * Yoruba), Mummy Tobi, Mama Ngozi, Aunty Funmi, Oga Emeka, then a clause's end or nothing.
 */
const CALLED_IN_REMARK =
  /^\s*((?:iya|iyá|mama|mummy|mommy|aunty|auntie|baba|papa|daddy|oga|uncle|madam)\s+\p{Lu}[\p{L}'’-]+)\s*(?:[;,.:(]|\s[–—-]\s|$)/iu;

/**
 * A kunya opening a remark, the name an Arab is called by after their eldest child (Umm Khalid,
 * Abu Ahmed, in the Gulf Bu Rashid), perhaps with its Arabic in brackets after it: أم خالد.
 */
const KUNYA_IN_REMARK =
  /^\s*((?:umm|um|abu|abou|bu)\s+\p{Script=Latin}[\p{Script=Latin}'’-]+)(?:\s*[(（]\s*(\p{Script=Arabic}[\p{Script=Arabic}\s]{1,24}?)\s*[)）])?/iu;
/**
 * The one of the family who pays for the customer, named in the remark (女儿赵敏付钱, 钱是她老公刘先生付,
 * 儿子王强转账): a housekeeping shop's book writes the job under the name of whoever paid.
 */
const PAYER_IN_REMARK =
  /(?:女儿|女兒|儿子|兒子|闺女|閨女|老公|老婆|丈夫|妻子|爱人|愛人|媳妇|媳婦|家属|家屬)\s*(\p{Script=Han}{2,3}?)\s*(?:付钱|付錢|付款|付|转账|轉賬|转钱|轉錢|买单|買單|结账|結賬)/u;
/**
 * What a Bulgarian remark says everyone calls the customer, a trade perhaps after the name (всички му
 * викат Тошко водопроводчика: everybody calls him Toshko the plumber), up to three words; and a
 * Ukrainian one, the name perhaps in quotation marks (всі кажуть «Андрій з Сихова»: Andriy from Sykhiv).
 */
const CALLED_BY_ALL =
  /(?:(?:всички|всеки)\s+(?:му|го|я|ѝ)\s+(?:викат|казват|наричат)|(?:всі|усі)\s+(?:його\s+|її\s+)?(?:кличуть|кажуть|називають))\s+[«"„]?(\p{Lu}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*){0,2})/u;
const NAMED_IN_REMARK =
  /(?:中文名|英文名|又名|别名|外号|本名|都叫[他她]|大家叫[他她]|a\.?k\.?a\.?|gọi là)\s*[:：是]?\s*([^\s，,；;。()（）]{2,20})/iu;

/**
 * A name an order gives in part, as a shop writes a regular: a family name and the honorific
 * (山口様, 佐藤さん, 老王, Mrs. Reyes, Fr. Dr. Hoffmann), a given name addressed or alone (Pak Hendra,
 * Dodong, Marites, 国富 of 张国富), the first two of someone's three names (Peter Otieno), or a Chinese company
 * without the place its name starts with (品茗轩茶楼); null for any other. Matched
 * to the one customer whose name has that part (partialNameIndex), where no name or company is it
 * whole. Not a Chinese 先生 or 女士, which say whether a man or a woman is meant, where the
 * customer table does not; nor a given name of one or two letters.
 */
function partOfName(key: string): { kind: 'family' | 'given' | 'tail' | 'first-two'; text: string } | null {
  const han = SURNAME_ADDRESSED.exec(key) ?? OLD_SURNAME.exec(key);
  if (han !== null) return { kind: 'family', text: han[1] ?? '' };
  // A Han given name of two characters alone (国富), as a village shop calls a regular.
  if (HAN_GIVEN.test(key)) return { kind: 'given', text: key };
  const latin = HONORIFIC_SURNAME.exec(key);
  if (latin !== null) return { kind: 'family', text: latin[1] ?? '' };
  const given = HONORIFIC_GIVEN.exec(key);
  if (given !== null) return { kind: 'given', text: given[1] ?? '' };
  if (HAN_COMPANY_TAIL.test(key)) return { kind: 'tail', text: key };
  if (TWO_LATIN_WORDS.test(key)) return { kind: 'first-two', text: key };
  return GIVEN_NAME.test(key) ? { kind: 'given', text: key } : null;
}

/** A company named without the place its name starts with (品茗轩茶楼 for 厦门品茗轩茶楼). */
const HAN_COMPANY_TAIL = /^\p{Script=Han}{3,}$/u;

const SURNAME_ADDRESSED = /^(\p{Script=Han}{1,3})\s?(?:様|さん|さま|殿)$/u;
/** 老王: an older man called by his family name, as the shops of his village call him. */
const OLD_SURNAME = /^老(\p{Script=Han})$/u;
const HAN_GIVEN = /^\p{Script=Han}{2}$/u;
/**
 * A name's last word addressed: a family name (Mrs. Reyes, mw. Visser), and in Vietnamese the
 * given name a person is called by, which ends their name (cô Lài of Nguyễn Thị Lài, chị Sương).
 */
const HONORIFIC_SURNAME =
  /^(?:(?:mr|mrs|ms|miss|mx|dr|sir|madam|ma'am|herr|frau|hr|fr|sr|sra|srta|mme|m|pan|pani|mw|mevr|mevrouw|dhr|cô|chị|anh|chú|bác|ông|bà)\.?\s+)+(\p{L}[\p{L}'’-]+)$/u;
/**
 * A given name addressed, as Indonesian and Malaysian shops call a customer (Pak Hendra, Bu Sari,
 * Mbak Yuni), Spanish ones (Don Arturo, Doña Lupe) and Afrikaans ones (Tannie Sarie, Oom Gert):
 * matched as a given name.
 */
const HONORIFIC_GIVEN =
  /^(?:(?:pak|bapak|bu|ibu|mbak|mas|tante|om|tannie|oom|kak|don|doña|dona)\.?\s+)(\p{L}[\p{L}'’-]+)$/u;
const GIVEN_NAME = /^(?:\p{Script=Latin}[\p{Script=Latin}'’-]{2,}|\p{Script=Thai}{2,})$/u;
/** A given name and a second one, of a customer with three (Peter Otieno of Peter Otieno Ouma). */
const TWO_LATIN_WORDS = /^\p{Script=Latin}[\p{Script=Latin}'’-]+ \p{Script=Latin}[\p{Script=Latin}'’-]+$/u;

/**
 * The record index of each part of a customer's name an order may give alone (partOfName), keyed
 * by its kind: the end of a Chinese company's name (品茗轩茶楼 of 厦门品茗轩茶楼, 海悦大酒店 of
 * 厦门海沧海悦大酒店: what is left without the place it starts with); a Han name's family name (山口 of 山口 正子 and of 山口正子, 佐々木 of 佐々木 恵子: its first
 * one to three characters, before the rest of the name); a Latin or Thai name's first word, its
 * given name, and its last, its family name (Dodong and Alvarez of Dodong Alvarez), or the word
 * before a comma (Hoffmann of Hoffmann, Dr. Sabine); the first two of three names or more (Peter
 * Otieno of Peter Otieno Ouma). −1 for a part two customers share.
 */
function partialNameIndex(records: readonly CustomerRecord[]): Map<string, number> {
  const index = new Map<string, number>();
  const keep = (key: string, i: number) => {
    const first = index.get(key);
    index.set(key, first === undefined || first === i ? i : -1);
  };
  for (let i = 0; i < records.length; i++) {
    // A company's name without the place it starts with: each end of three characters or more.
    for (const field of ['company', 'shortName'] as const) {
      const company = records[i]?.[field];
      const key = company === null || company === undefined ? '' : nameKeyOf(company);
      if (!HAN_COMPANY_TAIL.test(key)) continue;
      for (let from = 1; key.length - from >= 3; from++) keep(`tail:${key.slice(from)}`, i);
    }
    // A person's name where the firm's would be, as a credit book of firms and people alike
    // writes its private customers (单位名称/姓名: 李国庆), their contact column empty.
    const company = records[i]?.company;
    const name =
      records[i]?.name ??
      (company !== null && company !== undefined && HAN_PERSON.test(company) ? company : null);
    if (name === null || name === undefined) continue;
    // Without a remark in brackets after it: Selin Kaya (butik, Kadıköy).
    const written = nameKeyOf(name);
    const key = NAME_REMARK.exec(written)?.[1]?.trim() ?? written;
    const han = HAN_NAME.exec(key);
    if (han !== null) {
      const whole = `${han[1] ?? ''}${han[2] ?? ''}`;
      // Written with a space, the family name is what comes before it; without one, any of the
      // first one to three characters that leave a given name of one or more.
      const families = key.includes(' ') ? [han[1] ?? ''] : familyNamesOf(whole);
      for (const family of families) keep(`family:${family}`, i);
      // The given name of a name of three characters, its family name one (国富 of 张国富).
      if (whole.length === 3) keep(`given:${whole.slice(1)}`, i);
      continue;
    }
    // Family name first, then a comma, as German and Dutch lists write it: Hoffmann, Dr. Sabine.
    const reversed = FAMILY_COMMA_GIVEN.exec(key);
    if (reversed !== null) {
      keep(`family:${reversed[1]}`, i);
      keep(`given:${reversed[2]}`, i);
      continue;
    }
    const words = key.split(' ');
    if (words.length < 2 || !words.every((word) => LATIN_WORD.test(word))) continue;
    keep(`given:${words[0]}`, i);
    keep(`family:${words[words.length - 1]}`, i);
    if (words.length >= 3) keep(`first-two:${words[0]} ${words[1]}`, i);
  }
  return index;
}

const HAN_NAME = /^(\p{Script=Han}{1,3})\s?(\p{Script=Han}{1,3})$/u;
/** A Chinese person's name alone: two or three characters. */
const HAN_PERSON = /^\p{Script=Han}{2,3}$/u;
/** A family name, a comma, perhaps a title, and the given name: hoffmann, dr. sabine. */
const FAMILY_COMMA_GIVEN =
  /^(\p{Script=Latin}[\p{Script=Latin}'’-]+),\s*(?:(?:dr|prof|dipl\.-ing)\.?\s+)*(\p{Script=Latin}[\p{Script=Latin}'’-]+)(?:\s.*)?$/u;
/** A word of a name written with spaces between its words: in Latin letters, or in Thai. */
const LATIN_WORD = /^(?:\p{Script=Latin}[\p{Script=Latin}'’.-]*|\p{Script=Thai}+)$/u;

function familyNamesOf(whole: string): string[] {
  const names: string[] = [];
  for (let length = 1; length <= 3 && length < whole.length; length++) names.push(whole.slice(0, length));
  return names;
}
