import { foldTraditional } from '../parse/simplifiedChinese.ts';
import { looksLikeOrganization, looksLikeTitle } from './classifyText.ts';
import { labelField, splitParts } from './fieldLabel.ts';
import type { PhoneHit } from './findPhones.ts';
import { bracketedName, COMPANY_LINE_TEXT, type FactsContext, factsOf, referredName } from './lineFacts.ts';
import { type Block, type Line, lineData } from './pageBlocks.ts';
import { personName } from './personName.ts';
import { isRoleMailbox } from './roleMailbox.ts';

// Several people on one line, each with the numbers written after their name, as Chinese company
// pages list their salespeople (销售经理：林海峰 138…　潘晓燕 139…　金建 188…, 联系人：林先生 138…
// 潘小姐 139…): the line is cut into one line per person before lines are grouped into people,
// each with its own numbers, and the label the line starts with (销售经理：) in front of each.
// A line is cut only when every piece names one person and holds data; otherwise it stays whole.

/** A piece of contact data on a line, where it is written. */
interface DataHit {
  start: number;
  end: number;
}

/** A label word for the data right after it, at the end of the text before the data (潘晓燕 手机：). */
const DATA_LABEL_AT_END =
  /(?:手机号码|手机号|手机|移动电话|电话|座机|直线|微信|邮箱|电邮|传真|手提)\s*[:：]?\s*$|(?:^|\s)(?:tel\.?|phone|mobile|mob\.?|cell|fax|e-?mail)\s*[:：]?\s*$|(?:^|\s)[mtef]\s*[:：]\s*$/i;
/** Separators and notes before a name (13806610021（微信同号）　潘晓燕). */
const LEADING_NOISE = /^(?:[\s,，;；|｜/／、·•–—-]+|[(（][^)）]{0,20}[)）])+/;
const TRAILING_SEPARATORS = /[\s,，;；|｜/／、·•–—-]+$/;
/** A label at the start of the line that may name everyone on it (销售经理：, 联系人：, Sales:). */
const LEADING_LABEL = /^\s*([^:：\d]{1,12})[:：]\s*/;

/**
 * Cuts every line of the block's tree naming several people, each before their own numbers, into
 * one line per person; blocks count the new lines. Only lines with two or more pieces of data are
 * looked at. Returns how many lines were added.
 */
export function splitPeopleLines(block: Block, context: FactsContext): number {
  if (block.dataCount < 2) return 0;
  let added = 0;
  // The items anew from the first line cut on; most blocks have none and keep theirs.
  let items: Array<Line | Block> | null = null;
  block.items.forEach((item, i) => {
    let pieces: Line[] | null = null;
    if (item.kind === 'block') added += splitPeopleLines(item, context);
    else if (lineData(item) >= 2) pieces = peopleOfLine(item, context);
    if (pieces !== null) {
      items ??= block.items.slice(0, i);
      items.push(...pieces);
      added += pieces.length - 1;
    } else items?.push(item);
  });
  if (items !== null) block.items = items;
  block.lineCount += added;
  return added;
}

/** The line as one line per person named on it, or null when it is not cut. */
function peopleOfLine(line: Line, context: FactsContext): Line[] | null {
  // A link's data is cut with the rest where the line's text writes it (dataHits): a sentence
  // with a mailto: link in it (…, accounts@…. Credit … handled by Mr. Dennis Kiplagat on …).
  if (line.urls.length > 0) return null;
  const hits = dataHits(line);
  if (hits === null || hits.length < 2) return null;
  const text = line.text;
  // Where each person after the first starts: at a name in the text between two pieces of data.
  const starts: number[] = [];
  for (let i = 1; i < hits.length; i++) {
    const from = hits[i - 1]?.end ?? 0;
    const to = hits[i]?.start ?? 0;
    const at = nameStart(text, from, to);
    if (at >= 0) starts.push(at);
    else {
      // 请致电梁生 9876 5432，或 WhatsApp 6123 4567（陈小姐）: the next person named in brackets
      // after their number; their piece starts at the clause before it.
      const after = bracketedStart(text, from, to, hits[i]?.end ?? to);
      if (after >= 0) starts.push(after);
    }
  }
  if (starts.length === 0) return null;
  const lead = LEADING_LABEL.exec(text);
  const label = lead !== null && sharedLabel(lead[1] ?? '') ? `${lead[0].trim()} ` : '';
  const pieces: Line[] = [];
  const bounds = [0, ...starts, text.length];
  let nameless = false;
  for (let i = 0; i + 1 < bounds.length; i++) {
    const piece = pieceOf(line, i === 0 ? '' : label, bounds[i] ?? 0, bounds[i + 1] ?? 0, i === 0);
    const facts = factsOf(piece, context);
    if (facts.names !== null || facts.greeting || lineData(piece) === 0) return null;
    // The first piece may name nobody where it gives no one's own mailbox or number: the company's
    // line and desk, before a sentence sending the reader to someone (…appelez notre hotline SAV au
    // … ou écrivez à sav@…. Notre responsable SAV, M. Thierry Nguyen, reste joignable en direct au
    // …). A partner firm's number before its contact (…Piraeus, tel. +30 210 …. Contact person is
    // Mr Giannis Papadakis, mobile …) stays on the line, which gives it to the firm.
    if (facts.name === null) {
      if (i > 0 || !noOwnMailbox(piece, facts) || !noOwnPhone(piece, facts)) return null;
      nameless = true;
    } else if (nameless && !sendsToSomeone(piece)) return null;
    pieces.push(piece);
  }
  return pieces;
}

/** Whether a piece is a sentence sending the reader to someone before its first datum (referredName). */
function sendsToSomeone(piece: Line): boolean {
  const starts = dataHits(piece)?.map((hit) => hit.start) ?? [];
  const first = starts.length === 0 ? -1 : Math.min(...starts);
  return first > 0 && referredName(piece.text, first) !== null;
}

/** Whether each mailbox of a piece is a function's or the company's, as its facts read them. */
function noOwnMailbox(piece: Line, facts: ReturnType<typeof factsOf>): boolean {
  return piece.emails.every((e) => isRoleMailbox(e) || facts.companyEmails.includes(e));
}

/**
 * Whether each number of a piece is the company's, as its facts read them, or the piece speaks of
 * the company's line (notre hotline SAV au …).
 */
function noOwnPhone(piece: Line, facts: ReturnType<typeof factsOf>): boolean {
  return (
    piece.phones.every((p) => facts.companyPhones.includes(p.e164)) || COMPANY_LINE_TEXT.test(piece.text)
  );
}

/** The line's emails and phone numbers where they are written, in order; null when one has no place. */
function dataHits(line: Line): DataHit[] | null {
  const hits: DataHit[] = [];
  for (const hit of line.phones) hits.push(hit);
  for (const hit of line.laterPhones) hits.push(hit);
  if (line.emails.length > 0) {
    const lower = line.text.toLowerCase();
    for (const email of line.emails) {
      const start = lower.indexOf(email);
      hits.push({ start, end: start + email.length });
    }
  }
  if (hits.some((hit) => hit.start < 0)) return null;
  return hits.sort((a, b) => a.start - b.start);
}

/**
 * Where the piece of a person named in brackets right after their data (text from `dataEnd`)
 * starts: after the last comma or semicolon in text[from, to), or -1.
 */
function bracketedStart(text: string, from: number, to: number, dataEnd: number): number {
  if (bracketedName(foldTraditional(text.slice(dataEnd))) === null) return -1;
  const cut = text.slice(from, to).search(LAST_COMMA);
  return cut < 0 ? -1 : from + cut + 1;
}

/** The last comma or semicolon of a text, with what follows it. */
const LAST_COMMA = /[，,；;][^，,；;]*$/;

/** Where a person's name (with its label or title) starts in text[from, to), or -1. */
function nameStart(text: string, from: number, to: number): number {
  const gap = text.slice(from, to).replace(DATA_LABEL_AT_END, '').replace(TRAILING_SEPARATORS, '');
  const noise = LEADING_NOISE.exec(gap)?.[0].length ?? 0;
  const core = gap.slice(noise);
  if (core === '') return -1;
  if (/\d/.test(core)) {
    // Figures in the text between (a serial number's example), then a sentence naming the person
    // before their number: the piece starts at that sentence.
    let sentence = -1;
    for (const m of core.matchAll(SENTENCE_BREAK)) sentence = (m.index ?? 0) + m[0].length;
    // A clause of its own after the number, figures in it, that ends naming the next person
    // (…, WhatsApp …; automotive RFQs with PPAP Level 3 … are handled together with Mr. Tony He
    // (何志伟), Sales Manager, Tel. …): the piece starts with the clause.
    if (sentence < 0 && noise > 0 && CLAUSE_OPENING.test(gap)) {
      const at = from + noise;
      return referredName(text.slice(at, to), to - at) !== null ? at : -1;
    }
    if (sentence < 0 || /\d/.test(core.slice(sentence))) return -1;
    const at = from + noise + sentence;
    return referredName(text.slice(at, to), to - at) !== null ? at : -1;
  }
  const colon = Math.max(core.lastIndexOf(':'), core.lastIndexOf('：'));
  const named = colon >= 0 ? core.slice(colon + 1).trim() : core;
  if (colon >= 0 && !sharedLabel(core.slice(0, colon))) return -1;
  if (isPersonName(named)) return from + noise;
  // 华东区请找周经理 139…，华南区请找吴经理 136…: a sentence sending the reader to each in turn;
  // the next person's piece starts at the clause that names them.
  // Read up to the data, the label and spaces before it kept: the sentence's pattern may ask for
  // them (…handled by Mr. Dennis Kiplagat (Credit Control) on …).
  const clause = from + noise + core.search(CLAUSE_TAIL);
  return referredName(text.slice(clause, to), to - clause) !== null ? clause : -1;
}

/**
 * A sentence's end and the space after it, the next sentence starting with a capital; not the dot
 * of an initial or of how a person is addressed (M. Thierry Nguyen, Dr. Weber).
 */
const SENTENCE_BREAK =
  /(?<!\b(?:\p{Lu}|Mr|Ms|Mrs|Dr|Mme|Mlle|Me|Sr|Sra|Dra|Ing|Prof|Hr|Fr))[.!?]\s+(?=\p{Lu})|[。！？]/gu;

/** A semicolon opening the text between two data: a new clause. */
const CLAUSE_OPENING = /^\s*[;；]/;

/** The last clause of a text: what follows its last comma, semicolon or full stop. */
const CLAUSE_TAIL = /[^，,；;。]*$/;

/** 潘晓燕, 潘小姐, "Jane Doe", or a name and its title (潘晓燕 销售); not a label, company or title. */
function isPersonName(text: string): boolean {
  if (text === '' || labelField(text) !== null || looksLikeOrganization(text)) return false;
  const parts = splitParts(text);
  if (parts.length === 0 || parts.length > 2) return false;
  if (personName(parts[0] ?? '', 'bare') === null) return false;
  return parts.length === 1 || looksLikeTitle(parts[1] ?? '');
}

/** A label naming people or their job (联系人, 销售经理), not one of a field of data (手机, Email). */
function sharedLabel(label: string): boolean {
  const field = labelField(label.trim());
  return field === null || field === 'name' || field === 'title';
}

/** text[from, to) of the line as a line of its own, `label` in front, with the data written in it. */
function pieceOf(line: Line, label: string, from: number, to: number, first: boolean): Line {
  const shift = label.length - from;
  const inside = (hit: PhoneHit) => hit.start >= from && hit.start < to;
  const moved = (hit: PhoneHit): PhoneHit => ({ ...hit, start: hit.start + shift, end: hit.end + shift });
  const slice = line.text.slice(from, to);
  const lower = slice.toLowerCase();
  return {
    ...line,
    text: (label + slice).trimEnd(),
    afterGap: first && line.afterGap,
    emails: line.emails.filter((email) => lower.includes(email)),
    phones: line.phones.filter(inside).map(moved),
    laterPhones: line.laterPhones.filter(inside).map(moved),
    hints: first ? line.hints : null,
  };
}
