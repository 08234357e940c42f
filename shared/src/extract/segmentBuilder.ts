import { emailsFromMailto, findEmails } from './findEmails.ts';
import { findPhones, normalizePhone } from './findPhones.ts';
import type { Segment } from './pageScan.ts';
import { resolveUrl } from './resolveUrl.ts';
import { cleanWebUrl, isSocialProfileUrl } from './socialProfile.ts';
import { collapseSpace, pushUnique, toHalfWidth } from './text.ts';
import type { ElementLike } from './types.ts';

/** A line that introduces the next person in a flat list: 联系人：…, Contact: … */
const NAME_LABEL = /^(?:联系人|姓名|contact person|contact name|name)\s*[:：]\s*/i;
const COPYRIGHT = /(?:©|\(c\)|copyright|版权所有)/i;
/** Longer text in a name/title/company element is a paragraph, not a hint. */
const MAX_HINT_CHARS = 80;
const MAX_COPYRIGHT_CHARS = 300;

/** Where the walk is: the card, the strong (class or itemscope) card and the landmark around it. */
export interface SegmentFrame {
  card: ElementLike | null;
  strong: ElementLike | null;
  where: ElementLike | null;
}

/**
 * Gathers the text of the page walk into lines (one per block element) and lines into segments,
 * and puts every email, phone, mailto:/tel: and social link in the segment it sits in.
 */
export class SegmentBuilder {
  /** Set by the walk as it enters and leaves elements; new segments take it over. */
  readonly frame: SegmentFrame = { card: null, strong: null, where: null };
  readonly copyrightLines: string[] = [];
  private readonly segments: Segment[] = [];
  private segment: Segment;
  private buffer = '';
  private readonly region: string;
  private readonly base: string | undefined;

  constructor(region: string, base: string | undefined) {
    this.region = region;
    this.base = base;
    this.segment = newSegment(this.frame);
    this.segments.push(this.segment);
  }

  /** Text of the current line. */
  text(text: string): void {
    this.buffer += text;
  }

  /** A <br>: the current line ends. */
  lineBreak(): void {
    this.buffer += '\n';
  }

  /** Starts a segment at the current frame; an empty current segment is reused. */
  startSegment(): void {
    if (isEmpty(this.segment)) {
      this.segment.card = this.frame.card;
      this.segment.strong = this.frame.strong;
      this.segment.where = this.frame.where;
      this.segment.heading = null;
      return;
    }
    this.segment = newSegment(this.frame);
    this.segments.push(this.segment);
  }

  /** Ends the current line(s) at a block boundary; `heading` when the block was a heading. */
  flush(heading: boolean): void {
    if (this.buffer === '') return;
    const raw = this.buffer;
    this.buffer = '';
    for (const part of raw.split('\n')) {
      const text = collapseSpace(toHalfWidth(part));
      if (text !== '') this.addLine(text, heading);
    }
  }

  /** A link: mailto: and tel: give contact data, profile links a URL. */
  link(el: ElementLike): void {
    const href = el.getAttribute('href');
    if (href === null) return;
    const h = href.trim();
    const lower = h.slice(0, 7).toLowerCase();
    const segment = this.segment;
    if (lower === 'mailto:') {
      for (const email of emailsFromMailto(h)) pushUnique(segment.emails, email);
      segment.linkKind ??= 'mailto';
    } else if (lower.startsWith('tel:')) {
      const phone = normalizePhone(h, this.region);
      if (phone !== null) {
        pushUnique(segment.phones, phone);
        segment.linkKind ??= 'tel';
      }
    } else if (lower.startsWith('http') || lower.startsWith('//')) {
      const abs = cleanWebUrl(resolveUrl(h, this.base));
      if (abs !== null && isSocialProfileUrl(abs)) pushUnique(segment.urls, abs);
    }
  }

  /** The text of an element whose class names it a name, a title or a company. */
  hint(el: ElementLike, kind: 'name' | 'title' | 'org'): void {
    const text = collapseSpace(el.textContent ?? '');
    if (text === '' || text.length > MAX_HINT_CHARS) return;
    const { segment } = this;
    (kind === 'name' ? segment.nameHints : kind === 'title' ? segment.titleHints : segment.orgHints).push(
      text,
    );
  }

  /** Ends the walk: the segments that hold anything. */
  finish(): Segment[] {
    this.flush(false);
    return this.segments.filter((s) => !isEmpty(s));
  }

  private addLine(text: string, heading: boolean): void {
    const frame = this.frame;
    if (NAME_LABEL.test(text) && this.segment.emails.length + this.segment.phones.length > 0) {
      this.startSegment();
    }
    const segment = this.segment;
    if (isEmpty(segment)) segment.where = frame.where;
    let hits = 0;
    for (const email of findEmails(text)) {
      pushUnique(segment.emails, email);
      hits++;
    }
    if (/\d/.test(text)) {
      for (const phone of findPhones(text, { region: this.region })) {
        pushUnique(segment.phones, phone.e164);
        hits++;
      }
    }
    if (heading && segment.lines.length === 0 && segment.heading === null) segment.heading = text;
    segment.lines.push({ text, heading, hits });
    if (COPYRIGHT.test(text) && text.length < MAX_COPYRIGHT_CHARS) this.copyrightLines.push(text);
  }
}

function newSegment(frame: SegmentFrame): Segment {
  return {
    lines: [],
    heading: null,
    card: frame.card,
    strong: frame.strong,
    where: frame.where,
    emails: [],
    phones: [],
    urls: [],
    linkKind: null,
    nameHints: [],
    titleHints: [],
    orgHints: [],
  };
}

function isEmpty(s: Segment): boolean {
  return (
    s.lines.length === 0 &&
    s.emails.length + s.phones.length + s.urls.length === 0 &&
    s.nameHints.length === 0
  );
}
