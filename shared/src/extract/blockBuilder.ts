import { EXTENSION_WORD } from './extensionWords.ts';
import { type LabelledField, labelField } from './fieldLabel.ts';
import { emailsFromMailto, findEmails, findHiddenEmails, symbolForAt } from './findEmails.ts';
import { findPhones, isNationalPhoneValue, normalizePhone, type PhoneHit } from './findPhones.ts';
import {
  AT_SIGN,
  COPYRIGHT_MARK,
  DIGIT,
  FULL_WIDTH_DATA,
  HIDDEN_EMAIL_MARK,
  lineMarks,
} from './lineMarks.ts';
import {
  addItem,
  type Block,
  type Line,
  type LineHint,
  lineData,
  NO_PHONES,
  NO_STRINGS,
  newBlock,
} from './pageBlocks.ts';
import { resolveUrl } from './resolveUrl.ts';
import { cleanWebUrl, isSocialProfileUrl } from './socialProfile.ts';
import { TableColumns } from './tableColumns.ts';
import { collapseSpace, NUMBER_RUN, pushUnique, toHalfWidth } from './text.ts';
import type { ElementLike } from './types.ts';
import { labelledWechatId } from './wechatId.ts';

const COPYRIGHT = /(?:©|\(c\)|copyright|版权所有|版權所有)/i;
const MAX_COPYRIGHT_CHARS = 300;
/** Longer text in a name/title/company element is a paragraph, not a hint. */
const MAX_HINT_CHARS = 80;
const SLASH = 47;

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
 * counts the lines and data below it. Most lines of a page hold no data; they share empty lists.
 */
export class BlockBuilder {
  readonly root: Block;
  readonly copyrightLines: string[] = [];
  /** Lines with social profile links, in the order met. */
  readonly linkLines: Line[] = [];
  private block: Block;
  private buffer = '';
  /** The buffer holds more than white space (most text nodes between tags are only that). */
  private filled = false;
  private lineNumber = 0;
  private gap = false;
  private heading = 0;
  /** The level (1–6) of the heading being read, while heading > 0. */
  private headingLevel = 0;
  /**
   * The line a department's heading gives (Sales (512) 555-0140), with the heading's level, until
   * a heading of that level or above without one: what an extension alone below it is dialled on.
   */
  private headingLine: { level: number; phone: PhoneHit } | null = null;
  private section: string | null = null;
  private pending: PendingData | null = null;
  private hints: LineHint[] | null = null;
  /** Where a fax sign (an icon) stands in the buffer of the current line; -1 when there is none. */
  private faxAt = -1;
  /** The last line when it is only a label (传　　真：, Fax:), in a cell or <dt> of its own. */
  private labelLine: { field: LabelledField; block: Block } | null = null;
  /** The character the page said to replace with @ (发送时请将#换成@), once it said so. */
  private atSymbol: string | null = null;
  private readonly tables = new TableColumns();
  private readonly region: string;
  private readonly base: string | undefined;
  private readonly keepUnresolved: boolean;

  /**
   * `region` reads numbers without a country code; with `keepUnresolved` (the region is only the
   * user's default), numbers not valid there are kept for an address to place.
   */
  constructor(region: string, base: string | undefined, keepUnresolved: boolean, root?: Block) {
    this.region = region;
    this.base = base;
    this.keepUnresolved = keepUnresolved;
    this.root = root ?? newBlock(null, '#root', null);
    this.block = this.root;
  }

  /** Enters a block element: the current line ends. */
  open(el: ElementLike, tag: string): void {
    this.endLine();
    const block = newBlock(el, tag, this.block);
    addItem(this.block, block);
    this.block = block;
    if (isHeading(tag)) {
      this.heading++;
      this.headingLevel = tag.charCodeAt(1) - 48;
    }
    this.tables.open(tag, el);
  }

  /** Leaves the current block element. */
  close(): void {
    this.endLine();
    const block = this.block;
    const parent = block.parent;
    if (parent === null) return;
    const tag = block.tag;
    if (isHeading(tag)) this.heading--;
    this.tables.close(tag);
    this.block = parent;
    if (block.lineCount === 0) {
      // An empty paragraph is a blank line between people in flat text; the block itself (an
      // image's wrapper, a spacer) holds nothing to read and leaves the tree.
      if (tag === 'p' || tag === 'div') this.gap = true;
      if (parent.items[parent.items.length - 1] === block) parent.items.pop();
      return;
    }
    parent.lineCount += block.lineCount;
    parent.dataCount += block.dataCount;
  }

  /** Puts a block walked on its own (a likely contact region) at the current place. */
  adopt(block: Block): void {
    this.endLine();
    block.parent = this.block;
    addItem(this.block, block);
    this.block.lineCount += block.lineCount;
    this.block.dataCount += block.dataCount;
  }

  text(text: string): void {
    this.buffer += text;
    if (!this.filled) this.filled = hasVisibleCharacter(text);
  }

  /** A <br>, or a newline in preformatted text: the line ends; two in a row leave a gap. */
  lineBreak(): void {
    if (this.pending === null && !this.filled) this.gap = true;
    this.endLine();
  }

  /** An inline element with a class of its own is set apart from the text around it (margins). */
  separate(): void {
    this.buffer += ' ';
  }

  /** An icon that marks the number after it as a fax number (icon-fax, fa-fax). */
  faxSign(): void {
    this.faxAt = this.buffer.length;
  }

  /** Starts a hint at the current position: `endHint` takes the text written since, if still on this line. */
  startHint(kind: LineHint['kind']): OpenHint | null {
    if (kind === 'lead' && this.buffer.trim() !== '') return null;
    return { kind, start: this.buffer.length, line: this.lineNumber };
  }

  endHint(open: OpenHint): void {
    if (open.line !== this.lineNumber) return;
    const text = collapseSpace(this.buffer.slice(open.start));
    if (text === '' || text.length > MAX_HINT_CHARS) return;
    const hint: LineHint = { kind: open.kind, text };
    if (this.hints === null) this.hints = [hint];
    else this.hints.push(hint);
  }

  /**
   * A link: mailto:, tel: and a WhatsApp chat link (wa.me/85260112846, whose number is the
   * person's mobile as a tel: link's is) give contact data, profile links a URL.
   */
  link(el: ElementLike): void {
    const href = el.getAttribute('href');
    if (href === null) return;
    const h = href.trim();
    // Most links of a page are paths on the site (/news/12): no scheme, nothing to read.
    if (h.charCodeAt(0) === SLASH && h.charCodeAt(1) !== SLASH) return;
    const lower = h.slice(0, 7).toLowerCase();
    if (lower === 'mailto:') {
      const p = this.pendingData();
      for (const email of emailsFromMailto(h)) pushUnique(p.emails, email);
      p.linkKind ??= 'mailto';
    } else if (lower.startsWith('tel:')) this.linkedPhone(h.slice(4), h);
    else if (lower.startsWith('http') || lower.startsWith('//') || lower.startsWith('whatsap')) {
      const chat = WHATSAPP_CHAT.exec(h);
      if (chat !== null) {
        this.linkedPhone(`+${chat[1] ?? chat[2] ?? ''}`);
        return;
      }
      const abs = cleanWebUrl(resolveUrl(h, this.base));
      if (abs !== null && isSocialProfileUrl(abs)) pushUnique(this.pendingData().urls, abs);
    }
  }

  /** A phone number a link gives (`value` as written in it; `href` the whole link where it is tel:). */
  private linkedPhone(value: string, href = value): void {
    const e164 = normalizePhone(href, this.region);
    const p = this.pendingData();
    if (e164 !== null && !p.phones.some((x) => x.e164 === e164)) {
      p.phones.push({
        e164,
        start: -1,
        end: -1,
        labelled: true,
        raw: value,
        national: isNationalPhoneValue(value),
      });
      p.linkKind ??= 'tel';
    }
  }

  /** Ends the walk. */
  finish(): Block {
    this.endLine();
    return this.root;
  }

  private pendingData(): PendingData {
    this.pending ??= { emails: [], phones: [], urls: [], linkKind: null };
    return this.pending;
  }

  private endLine(): void {
    const raw = this.buffer;
    const filled = this.filled;
    const faxAt = this.faxAt;
    this.buffer = '';
    this.filled = false;
    this.faxAt = -1;
    this.lineNumber++;
    if (!filled && this.pending === null) {
      this.hints = null;
      return;
    }
    const text = filled ? collapseSpace(raw) : '';
    // The sign's place in the collapsed text: its text before collapsed the same way.
    const faxFrom = faxAt < 0 ? -1 : collapseSpace(raw.slice(0, faxAt)).length;
    const marks = lineMarks(text);
    if ((marks & FULL_WIDTH_DATA) === 0) this.addLine(text, marks, faxFrom);
    else {
      const half = toHalfWidth(text);
      this.addLine(half, lineMarks(half), faxFrom);
    }
  }

  /** Adds a line of `text`, whose characters have `marks` (lineMarks.ts). */
  private addLine(text: string, marks: number, faxFrom: number): void {
    const p = this.pending;
    this.pending = null;
    const labelLine = this.labelLine;
    this.labelLine = null;
    const line: Line = {
      kind: 'line',
      text,
      heading: this.heading > 0,
      afterGap: this.gap,
      block: this.block,
      emails: p?.emails ?? NO_STRINGS,
      phones: p?.phones ?? NO_PHONES,
      laterPhones: NO_PHONES,
      fax: false,
      urls: p?.urls ?? NO_STRINGS,
      wechat: labelledWechatId(text),
      linkKind: p?.linkKind ?? null,
      hints: this.hints,
      column: this.tables.columnLabel(),
      section: this.section,
    };
    this.hints = null;
    this.gap = false;
    const above = labelAbove(labelLine, this.block);
    const column = columnField(line.column);
    if ((marks & AT_SIGN) !== 0) {
      line.emails = union(line.emails, findEmails(text));
      this.atSymbol = symbolForAt(text) ?? this.atSymbol;
    }
    if ((marks & HIDDEN_EMAIL_MARK) !== 0) {
      const labelled = above === 'email' || column === 'email';
      const hidden = findHiddenEmails(text, { symbol: this.atSymbol, labelled });
      if (hidden.length > 0) line.emails = union(line.emails, hidden);
    }
    if ((marks & DIGIT) !== 0) {
      const faxLine = above === 'fax' || column === 'fax';
      const from = faxLine ? 0 : faxFrom;
      line.fax = from >= 0;
      this.addPhones(line, text, from, column === 'phone');
    } else this.labelLine = labelOnly(text, this.block);
    if (line.heading) {
      this.section = text;
      const level = this.headingLevel;
      const phone = line.phones.length === 1 ? line.phones[0] : undefined;
      if (phone !== undefined) this.headingLine = { level, phone };
      else if (this.headingLine !== null && level <= this.headingLine.level) this.headingLine = null;
    } else if ((marks & COPYRIGHT_MARK) !== 0 && text.length < MAX_COPYRIGHT_CHARS && COPYRIGHT.test(text))
      this.copyrightLines.push(text);
    if (line.urls.length > 0) this.linkLines.push(line);
    addItem(this.block, line);
    this.tables.addCellText(text);
    // Ancestors receive the counts when the block closes.
    this.block.lineCount++;
    this.block.dataCount += lineData(line);
  }

  /**
   * The phones written in the line; from `faxFrom` on (when not -1) numbers without a label are
   * faxes; in a phone column (`phoneColumn`) the column's header labels them.
   */
  private addPhones(line: Line, text: string, faxFrom: number, phoneColumn: boolean): void {
    const unresolved: PhoneHit[] | undefined = this.keepUnresolved ? [] : undefined;
    const hits = findPhones(text, {
      region: this.region,
      unresolved,
      faxFrom: faxFrom < 0 ? undefined : faxFrom,
      phoneColumn,
    });
    if (hits.length > 0) {
      const phones = [...line.phones];
      for (const hit of hits) {
        const i = phones.findIndex((x) => x.e164 === hit.e164);
        const linked = phones[i];
        if (linked === undefined) phones.push(hit);
        // A tel: link whose number is also written: the number's place says which label it is under.
        else if (linked.start < 0) phones[i] = { ...linked, start: hit.start, end: hit.end };
      }
      line.phones = phones;
    }
    // A linked number written in a way the text alone does not take for one (6011 2846 after a
    // name, no label near): the link says it is one, and its place in the line says whose.
    if (line.phones.some((x) => x.start < 0)) line.phones = line.phones.map((x) => placeInText(x, text));
    if (unresolved !== undefined && unresolved.length > 0) line.laterPhones = unresolved;
    // Ext. 221 alone, under a department's heading that gives its line (Sales (512) 555-0140): the
    // person is reached on that line by their extension.
    if (line.phones.length === 0 && this.headingLine !== null && EXTENSION_ONLY.test(text))
      line.phones = [{ ...this.headingLine.phone, start: -1, end: -1 }];
  }
}

/** A line giving an extension and no number: Ext. 221, x221, 分机 221, 转 8016 (see EXTENSION_WORD). */
const EXTENSION_ONLY = new RegExp(String.raw`^\s*(?:${EXTENSION_WORD}|x|转|轉)\s*[:：]?\s*\d{1,5}\s*$`, 'i');

/** A chat link's number: wa.me/85260112846, api.whatsapp.com/send?phone=…, whatsapp://send?phone=…. */
const WHATSAPP_CHAT =
  /^(?:https?:\/\/|\/\/)?(?:wa\.me\/|(?:api|web)\.whatsapp\.com\/send\/?\?(?:[^#]*&)?phone=)\+?(\d{7,15})(?!\d)|^whatsapp:\/\/send\/?\?(?:[^#]*&)?phone=\+?(\d{7,15})(?!\d)/i;

/**
 * A linked phone (its place unknown, start −1) placed where the line writes it: the first run of
 * digits that is its number, the country code written or not; as it was where none is.
 */
function placeInText(phone: PhoneHit, text: string): PhoneHit {
  if (phone.start >= 0) return phone;
  for (const m of text.matchAll(NUMBER_RUN)) {
    // Written as dialled at home, its trunk 0 first (09324178856 for +63 932 417 8856).
    const digits = m[0].replace(/\D/g, '').replace(/^0+/, '');
    if (digits.length >= 7 && phone.e164.endsWith(digits)) {
      const start = m.index ?? 0;
      return { ...phone, start, end: start + m[0].length };
    }
  }
  return phone;
}

/** A line that is only a label: `传　　真：`, `Fax:`, `E-mail` (a bare word of two letters or more). */
function labelOnly(text: string, block: Block): { field: LabelledField; block: Block } | null {
  if (text.length > 16 || text.length < 2) return null;
  const last = text.charCodeAt(text.length - 1);
  const colon = last === 0x3a || last === 0xff1a;
  const field = labelField(colon ? text.slice(0, -1) : text);
  return field === 'fax' || field === 'email' ? { field, block } : null;
}

/** The field the label line right before names for this line: in the same block or the next cell. */
function labelAbove(
  label: { field: LabelledField; block: Block } | null,
  block: Block,
): LabelledField | null {
  if (label === null) return null;
  return label.block === block || label.block.parent === block.parent ? label.field : null;
}

function columnField(column: string | null): LabelledField | null {
  if (column === null) return null;
  // A header naming whose or which line the column holds (里辦公處電話, 住宅电话, Office Phone)
  // heads phone numbers as 电话 does.
  return labelField(column) ?? (PHONE_COLUMN_END.test(column) && !FAX_WORD.test(column) ? 'phone' : null);
}

const PHONE_COLUMN_END = /(?:电话|電話|phone|telephone)\s*$/i;
const FAX_WORD = /传真|傳真|fax/i;

/** Anything but white space (most text nodes between tags are only line breaks and indentation). */
function hasVisibleCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 32 && c !== 160 && c !== 0x3000) return true;
  }
  return false;
}

function isHeading(tag: string): boolean {
  return tag.length === 2 && tag[0] === 'h' && tag[1] !== 'r';
}

function union(a: readonly string[], b: readonly string[]): readonly string[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const out = [...a];
  for (const x of b) pushUnique(out, x);
  return out;
}
