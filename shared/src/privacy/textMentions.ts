import { parsePhone } from '../parse/parsePhone.ts';
import { foldTraditional } from '../parse/simplifiedChinese.ts';

/** The values that identify one person, normalised as the core compares them. */
export interface PersonIdentity {
  /** Customer ids as idKey gives them (for cells of an id column). */
  ids: ReadonlySet<string>;
  /** Customer ids as written, for finding them inside a text. */
  idTexts: readonly string[];
  names: readonly string[];
  /**
   * Other people's names that contain one of `names` (张伟明 for 张伟): an occurrence inside one of
   * them is that other person.
   */
  longerNames?: readonly string[];
  /** Lower-cased. */
  emails: ReadonlySet<string>;
  /** E.164. */
  phones: ReadonlySet<string>;
  /** Lower-cased, without a 微信: label (wechatKey). */
  wechats: ReadonlySet<string>;
  /** Platform accounts (旺旺号) as accountKey gives them, for finding them inside a text. */
  accounts?: ReadonlySet<string>;
}

export type MentionKind = 'email' | 'phone' | 'wechat' | 'account' | 'name' | 'id';

/** Where a text names the person: [start, end) in UTF-16 units. */
export interface Mention {
  start: number;
  end: number;
  kind: MentionKind;
}

/**
 * A run that may be a phone number as people write one: digits with spaces, dashes, dots and
 * brackets between them, an optional + in front. Bounded, so a long digit run costs one pass.
 */
const PHONE_RUN = /\(?\+?\d[\d\s\-.()\u00a0]{5,24}\d/g;
const HAN = /\p{Script=Han}/u;
const LATIN_WORD = /[\p{L}\p{N}_]/u;

/**
 * Every place `text` names the person: an email (case-insensitive), a phone in any notation that
 * parses to one of theirs (numbers without a country code in `region`), a WeChat id, platform
 * account or customer id standing as a word of its own, or a name (a Chinese name anywhere and in either script, as a
 * greeting runs it into the words around it; a Latin name as whole words). Short values that
 * would match by chance are left out: names of one character, ids of digits only shorter than
 * five, WeChat ids and accounts under three. `names: false` looks for contact values and ids only.
 */
export function findMentions(
  text: string,
  identity: PersonIdentity,
  region: string,
  names = true,
): Mention[] {
  if (text === '') return [];
  const lower = text.toLowerCase();
  // Lower-casing keeps positions for every script the toolkit sees; a text where it does not is
  // searched as written.
  const folded = lower.length === text.length ? lower : text;
  const found: Mention[] = [];
  const wordAt = (i: number) => i >= 0 && i < text.length && LATIN_WORD.test(text[i] as string);
  const findAll = (needle: string, haystack: string, kind: MentionKind, bounded: boolean) => {
    if (needle === '') return;
    for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
      const end = at + needle.length;
      if (bounded && (wordAt(at - 1) || wordAt(end))) continue;
      // x.li@… and li@x.com.cn are other addresses.
      if (kind !== 'name' && (isJoiner(text, at - 1) || (isJoiner(text, end) && wordAt(end + 1)))) continue;
      found.push({ start: at, end, kind });
    }
  };
  for (const email of identity.emails) findAll(email, folded, 'email', true);
  for (const id of identity.wechats) if (id.length >= 3) findAll(id, folded, 'wechat', true);
  // An account in any capitals: a note that writes Tb_LiLei means the buyer tb_lilei.
  for (const account of identity.accounts ?? [])
    if (account.length >= 3) findAll(account.toLowerCase(), folded, 'account', true);
  for (const id of identity.idTexts) if (isDistinctiveId(id)) findAll(id, text, 'id', true);
  const namesFrom = found.length;
  // A Chinese name is the same name in either script (陳大文 is 陈大文): both sides are compared
  // with traditional characters folded, which keeps every character's place.
  let hanText: string | null = null;
  for (const name of names ? identity.names : []) {
    const trimmed = name.trim();
    if (HAN.test(trimmed)) {
      hanText ??= foldTraditional(text);
      if ([...trimmed].length >= 2) findAll(foldTraditional(trimmed), hanText, 'name', false);
    } else if (trimmed.length >= 3) {
      findAll(trimmed.toLowerCase(), folded, 'name', true);
    }
  }
  const shadows = shadowSpans(text, folded, hanText, identity.longerNames ?? []);
  const kept = found.filter(
    (m, i) => i < namesFrom || !shadows.some((s) => s.start <= m.start && m.end <= s.end),
  );
  found.length = 0;
  found.push(...kept);
  if (identity.phones.size > 0) {
    for (const match of text.matchAll(PHONE_RUN)) {
      for (const span of phoneSpans(match[0], match.index ?? 0, region, identity.phones)) {
        found.push({ ...span, kind: 'phone' });
      }
    }
  }
  return mergeOverlapping(found);
}

/**
 * Where the longer names of other people stand in the text: a Chinese one in `hanText`, the text
 * with traditional characters folded (folded here when the caller had no need to), any other in
 * `folded`, the text in lower case.
 */
function shadowSpans(
  text: string,
  folded: string,
  hanText: string | null,
  longer: readonly string[],
): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let han = hanText;
  for (const name of longer) {
    const isHan = HAN.test(name);
    if (isHan) han ??= foldTraditional(text);
    const needle = isHan ? foldTraditional(name) : name.toLowerCase();
    const haystack = isHan ? (han as string) : folded;
    for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
      spans.push({ start: at, end: at + needle.length });
    }
  }
  return spans;
}

/** A customer id specific enough to search for inside text (a row number must not match it). */
export function isDistinctiveId(id: string): boolean {
  const trimmed = id.trim();
  if (trimmed.length < 3) return false;
  return /\D/.test(trimmed) || trimmed.length >= 5;
}

/** `.`/`@` right before a value: part of a longer address (x.li@… is not li@…). */
function isJoiner(text: string, i: number): boolean {
  const ch = text[i];
  return ch === '.' || ch === '@' || ch === '-';
}

/**
 * The spans of a run that are one of the person's phones: the whole run (+86 139-1234-5678,
 * (021) 6123 4567), else its parts between spaces (13912345678 13800001111). A span counts only
 * when its digits are the number's own, with or without the country code or a trunk 0: the
 * parser would also read 11111 13912345678 as the mobile, and the 11111 is not part of it.
 */
function phoneSpans(
  run: string,
  start: number,
  region: string,
  phones: ReadonlySet<string>,
): { start: number; end: number }[] {
  const trimmed = run.replace(/[\s\-.(]+$/, '');
  const matches = (text: string) => {
    const parsed = parsePhone(text, region);
    return parsed.ok && parsed.value !== null && phones.has(parsed.value) && digitsAgree(text, parsed.value);
  };
  if (matches(trimmed)) return [{ start, end: start + trimmed.length }];
  const spans: { start: number; end: number }[] = [];
  let offset = 0;
  for (const part of trimmed.split(/\s+/)) {
    const at = trimmed.indexOf(part, offset);
    offset = at + part.length;
    if (part.replace(/\D/g, '').length >= 7 && matches(part)) {
      spans.push({ start: start + at, end: start + at + part.length });
    }
  }
  return spans;
}

/** Whether the digits written are the E.164 number's: all of them, or without the country code. */
function digitsAgree(text: string, e164: string): boolean {
  let digits = text.replace(/\D/g, '');
  if (digits.startsWith('00')) digits = digits.slice(2);
  const full = e164.slice(1);
  if (digits === full) return true;
  const national = digits.startsWith('0') ? digits.slice(1) : digits;
  const dropped = full.length - national.length;
  return dropped >= 1 && dropped <= 3 && full.endsWith(national);
}

function mergeOverlapping(mentions: Mention[]): Mention[] {
  const sorted = mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Mention[] = [];
  for (const m of sorted) {
    const last = merged[merged.length - 1];
    if (last && m.start < last.end) {
      last.end = Math.max(last.end, m.end);
      continue;
    }
    merged.push({ ...m });
  }
  return merged;
}

/** The text with each mention replaced by `marker`. */
export function redactMentions(text: string, mentions: readonly Mention[], marker: string): string {
  let out = '';
  let from = 0;
  for (const m of mentions) {
    out += text.slice(from, m.start) + marker;
    from = m.end;
  }
  return out + text.slice(from);
}
