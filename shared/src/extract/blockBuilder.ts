import { emailsFromMailto, findEmails } from './findEmails.ts';
import { findPhones, isNationalPhoneValue, normalizePhone, type PhoneHit } from './findPhones.ts';
import { type Block, type Line, type LineHint, lineData, newBlock } from './pageBlocks.ts';
import { resolveUrl } from './resolveUrl.ts';
import { cleanWebUrl, isSocialProfileUrl } from './socialProfile.ts';
import { TableColumns } from './tableColumns.ts';
import { collapseSpace, pushUnique, toHalfWidth } from './text.ts';
import type { ElementLike } from './types.ts';

const COPYRIGHT = /(?:©|\(c\)|copyright|版权所有)/i;
const MAX_COPYRIGHT_CHARS = 300;
/** Longer text in a name/title/company element is a paragraph, not a hint. */
const MAX_HINT_CHARS = 80;

/** Contact data from links, waiting for the line they sit in. */
interface PendingData {
  emails: string[];
  phones: PhoneHit[];
  urls: string[];
  linkKind: Line['linkKind'];
}

interface OpenHint {
  kind: LineHint['kind'];
  start: number;
  line: number;
}

/**
 * Builds the block tree of one page walk: text becomes lines at block boundaries and <br>, each
 * line takes the emails, phones and profile links found in it and in its links, and each block
 * counts the lines and data below it.
 */
export class BlockBuilder {
  readonly root: Block;
  readonly copyrightLines: string[] = [];
  private block: Block;
  private buffer = '';
  private lineNumber = 0;
  private gap = false;
  private heading = 0;
  private section: string | null = null;
  private pending: PendingData = emptyPending();
  private hints: LineHint[] = [];
  private readonly tables = new TableColumns();
  private readonly region: string;
  private readonly base: string | undefined;
  private readonly keepUnresolved: boolean;

  /**
   * `region` reads numbers without a country code; with `keepUnresolved` (the region is only the
   * user's default), numbers not valid there are kept for an address to place.
   */
  constructor(
    region: string,
    base: string | undefined,
    keepUnresolved: boolean,
    root: Block = newBlock(null, '#root', null),
  ) {
    this.region = region;
    this.base = base;
    this.keepUnresolved = keepUnresolved;
    this.root = root;
    this.block = root;
  }

  /** Enters a block element: the current line ends. */
  open(el: ElementLike, tag: string): void {
    this.endLine();
    const block = newBlock(el, tag, this.block);
    this.block.items.push(block);
    this.block = block;
    if (tag.length === 2 && tag[0] === 'h' && tag[1] !== 'r') this.heading++;
    this.tables.open(tag);
  }

  /** Leaves the current block element. */
  close(): void {
    this.endLine();
    const block = this.block;
    const parent = block.parent;
    if (parent === null) return;
    const tag = block.tag;
    if (tag.length === 2 && tag[0] === 'h' && tag[1] !== 'r') this.heading--;
    this.tables.close(tag);
    // An empty paragraph is a blank line between people in flat text.
    if (block.lineCount === 0 && (tag === 'p' || tag === 'div')) this.gap = true;
    parent.lineCount += block.lineCount;
    parent.dataCount += block.dataCount;
    this.block = parent;
  }

  /** Puts a block walked earlier (a likely contact region) at the current place. */
  adopt(block: Block): void {
    this.endLine();
    block.parent = this.block;
    this.block.items.push(block);
    this.block.lineCount += block.lineCount;
    this.block.dataCount += block.dataCount;
  }

  text(text: string): void {
    this.buffer += text;
  }

  /** A <br>, or a newline in preformatted text: the line ends; two in a row leave a gap. */
  lineBreak(): void {
    if (this.buffer.trim() === '' && this.pendingEmpty()) this.gap = true;
    this.endLine();
  }

  /** An inline element with a class of its own is set apart from the text around it (margins). */
  separate(): void {
    this.buffer += ' ';
  }

  /** Starts a hint at the current position: `end` takes the text written since, if still on this line. */
  startHint(kind: LineHint['kind']): OpenHint | null {
    if (kind === 'lead' && this.buffer.trim() !== '') return null;
    return { kind, start: this.buffer.length, line: this.lineNumber };
  }

  endHint(open: OpenHint): void {
    if (open.line !== this.lineNumber) return;
    const text = collapseSpace(this.buffer.slice(open.start));
    if (text !== '' && text.length <= MAX_HINT_CHARS) this.hints.push({ kind: open.kind, text });
  }

  /** A link: mailto: and tel: give contact data, profile links a URL. */
  link(el: ElementLike): void {
    const href = el.getAttribute('href');
    if (href === null) return;
    const h = href.trim();
    const lower = h.slice(0, 7).toLowerCase();
    const p = this.pending;
    if (lower === 'mailto:') {
      for (const email of emailsFromMailto(h)) pushUnique(p.emails, email);
      p.linkKind ??= 'mailto';
    } else if (lower.startsWith('tel:')) {
      const e164 = normalizePhone(h, this.region);
      if (e164 !== null && !p.phones.some((x) => x.e164 === e164)) {
        const raw = h.slice(4);
        p.phones.push({ e164, start: -1, end: -1, labelled: true, raw, national: isNationalPhoneValue(raw) });
        p.linkKind ??= 'tel';
      }
    } else if (lower.startsWith('http') || lower.startsWith('//')) {
      const abs = cleanWebUrl(resolveUrl(h, this.base));
      if (abs !== null && isSocialProfileUrl(abs)) pushUnique(p.urls, abs);
    }
  }

  /** Ends the walk. */
  finish(): Block {
    this.endLine();
    return this.root;
  }

  private pendingEmpty(): boolean {
    const p = this.pending;
    return p.emails.length + p.phones.length + p.urls.length === 0;
  }

  private endLine(): void {
    const text = collapseSpace(toHalfWidth(this.buffer));
    this.buffer = '';
    this.lineNumber++;
    if (text === '' && this.pendingEmpty()) {
      this.hints = [];
      return;
    }
    this.addLine(text);
  }

  private addLine(text: string): void {
    const p = this.pending;
    this.pending = emptyPending();
    const line: Line = {
      kind: 'line',
      text,
      heading: this.heading > 0,
      afterGap: this.gap,
      block: this.block,
      emails: p.emails,
      phones: p.phones,
      laterPhones: [],
      urls: p.urls,
      linkKind: p.linkKind,
      hints: this.hints.length === 0 ? null : this.hints,
      column: this.tables.columnLabel(),
      section: this.section,
    };
    this.hints = [];
    this.gap = false;
    if (text.includes('@')) for (const email of findEmails(text)) pushUnique(line.emails, email);
    if (/\d/.test(text)) {
      const unresolved = this.keepUnresolved ? line.laterPhones : undefined;
      for (const hit of findPhones(text, { region: this.region, unresolved })) {
        if (!line.phones.some((x) => x.e164 === hit.e164)) line.phones.push(hit);
      }
    }
    if (line.heading) this.section = text;
    else if (text.length < MAX_COPYRIGHT_CHARS && COPYRIGHT.test(text)) this.copyrightLines.push(text);
    this.block.items.push(line);
    this.tables.addCellText(text);
    // Ancestors receive the counts when the block closes.
    this.block.lineCount++;
    this.block.dataCount += lineData(line);
  }
}

function emptyPending(): PendingData {
  return { emails: [], phones: [], urls: [], linkKind: null };
}
