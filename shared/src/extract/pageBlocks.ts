import type { PhoneHit } from './findPhones.ts';
import type { ElementLike } from './types.ts';

// What one walk over the visible page produces: a tree of blocks (the page's block elements) whose
// items are lines of text and child blocks, in document order. Each line carries the emails,
// phones and profile links in it; each block counts the lines and contact data below it, so the
// grouping of lines into people (groupPeople.ts) only looks where there is something to find.

/** A hint from markup about a piece of a line: its class names it, or it is emphasised at the start. */
export interface LineHint {
  kind: 'name' | 'title' | 'org' | 'lead';
  text: string;
}

/** One line of visible text: a block's text up to the next block boundary or <br>. */
export interface Line {
  readonly kind: 'line';
  text: string;
  /** The line is (part of) a heading, h1–h6. */
  heading: boolean;
  /** A blank line came right before it (an empty paragraph, <br><br>): a paragraph break. */
  afterGap: boolean;
  block: Block;
  emails: readonly string[];
  phones: readonly PhoneHit[];
  /**
   * Numbers written without a country code that are not valid in the page's region, kept (e164 '')
   * when that region is only the user's default: an address on the card may name their country.
   */
  laterPhones: readonly PhoneHit[];
  /**
   * A fax sign (a label in the cell or <dt> before, a fax icon, a Fax column) stands before a
   * number on the line: what follows it is left out of its phones.
   */
  fax: boolean;
  /** Social profile links on the line. */
  urls: readonly string[];
  /**
   * A WeChat id written after its label on the line (微信：lxw_qimu2016): contact data as a number
   * is, for the people a page gives no other way to reach.
   */
  wechat: string | null;
  /** 'mailto' / 'tel' when a link gave contact data (the contact's source is then 'link'). */
  linkKind: 'mailto' | 'tel' | null;
  hints: LineHint[] | null;
  /** The header of the table column the line sits in (企业名称, Email …), if the table has one. */
  column: string | null;
  /** The last heading before the line, for the evidence text. */
  section: string | null;
}

/** A block element (or the document) with its lines and child blocks. */
export interface Block {
  readonly kind: 'block';
  el: ElementLike | null;
  /** Lower-case tag name; '#root' for the document. */
  tag: string;
  parent: Block | null;
  items: Array<Line | Block>;
  /** Lines in the whole subtree. */
  lineCount: number;
  /** Emails, phones and WeChat ids (lineData) in the whole subtree. */
  dataCount: number;
}

/**
 * How many emails, phone numbers (read or still to be read in another region) and WeChat ids
 * a line holds.
 */
export function lineData(line: Line): number {
  return line.emails.length + line.phones.length + line.laterPhones.length + (line.wechat === null ? 0 : 1);
}

/** The page after one walk: its blocks and what its head says about it. */
export interface PageScan {
  root: Block;
  /** The lines holding social profile links, in document order. */
  linkLines: Line[];
  /** <meta> contents by lower-case property, name or itemprop (og:site_name, og:email …). */
  meta: Map<string, string>;
  title: string | null;
  /** Base for relative links: <base href> resolved against the page address. */
  base: string | undefined;
  /** The page's language, from <html lang>, lower case (e.g. 'en-us'); '' when absent. */
  language: string;
  /** Short lines with a copyright mark: they often carry the legal company name. */
  copyrightLines: string[];
  /** The time budget ran out before the whole page was walked. */
  truncated: boolean;
}

/**
 * The items of a block before its first: one frozen array for all of them (addItem never pushes
 * onto it), as a page walk makes thousands of blocks and leaves many of them empty.
 */
const NO_ITEMS = Object.freeze([]) as unknown as Array<Line | Block>;

export function newBlock(el: ElementLike | null, tag: string, parent: Block | null): Block {
  return { kind: 'block', el, tag, parent, items: NO_ITEMS, lineCount: 0, dataCount: 0 };
}

/**
 * Adds an item at the end of a block. Most blocks (a paragraph, a list item, a table cell) end up
 * with one line: the first item gets an array of one, where a push onto an empty array reserves
 * room for seventeen.
 */
export function addItem(block: Block, item: Line | Block): void {
  if (block.items.length === 0) block.items = [item];
  else block.items.push(item);
}

/** Shared by every line without data: most lines of a page have none. */
export const NO_STRINGS: readonly string[] = Object.freeze([]);
export const NO_PHONES: readonly PhoneHit[] = Object.freeze([]);

/** Every line of a block's subtree, in document order. */
export function linesOf(block: Block, out: Line[] = []): Line[] {
  for (const item of block.items) {
    if (item.kind === 'line') out.push(item);
    else linesOf(item, out);
  }
  return out;
}
