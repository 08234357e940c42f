import { classRole, NO_CLASS } from './classRole.ts';
import { emailsFromMailto, findEmails } from './findEmails.ts';
import { findPhones, normalizePhone } from './findPhones.ts';
import { resolveUrl } from './resolveUrl.ts';
import { cleanWebUrl, isSocialProfileUrl } from './socialProfile.ts';
import { collapseSpace, pushUnique, toHalfWidth } from './text.ts';
import type { DocumentLike, ElementLike, NodeLike } from './types.ts';
import { ELEMENT_NODE, TEXT_NODE } from './types.ts';

// One walk over the visible page: text is gathered into lines (one per block element), lines into
// segments (a card, a table row, the text under a heading), and every email, phone, mailto:/tel:
// and social link lands in the segment it sits in. Names, titles and companies are then looked for
// inside the segment (segmentContact.ts). A single pass and per-line scans keep a 10,000-node
// page under the 30 ms budget of issue 4.

const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'svg',
  'math',
  'iframe',
  'object',
  'canvas',
  'select',
  'textarea',
  'video',
  'audio',
  'map',
]);
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'td',
  'th',
  'ul',
  'body',
  'html',
  'caption',
  'details',
  'summary',
  'menu',
  'center',
]);
const HEADING = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const LANDMARK = new Set([
  'footer',
  'header',
  'nav',
  'aside',
  'section',
  'main',
  'article',
  'address',
  'table',
]);
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
/** A line that introduces the next person in a flat list: 联系人：…, Contact: … */
export const NAME_LABEL = /^(?:联系人|姓名|contact person|contact name|name)\s*[:：]\s*/i;
const COPYRIGHT = /(?:©|\(c\)|copyright|版权所有)/i;

export interface Line {
  text: string;
  heading: boolean;
  hits: number;
}

export interface Segment {
  lines: Line[];
  heading: string | null;
  /** The card element it belongs to, if any; `strong` is the nearest class/itemscope card. */
  card: ElementLike | null;
  strong: ElementLike | null;
  /** The element it sits in, for the evidence text ('mailto link in .team-card'). */
  where: ElementLike | null;
  emails: string[];
  phones: string[];
  urls: string[];
  /** 'mailto' / 'tel' when a link gave a hit (the contact's source is then 'link'). */
  linkKind: 'mailto' | 'tel' | null;
  nameHints: string[];
  titleHints: string[];
  orgHints: string[];
}

export interface PageScan {
  segments: Segment[];
  meta: Map<string, string>;
  title: string | null;
  base: string | undefined;
  copyrightLines: string[];
  /** The walk stopped at maxNodes. */
  truncated: boolean;
}

interface Frame {
  card: ElementLike | null;
  strong: ElementLike | null;
  where: ElementLike | null;
}

/** Walks the document once and returns its contact segments. */
export function scanPage(
  doc: DocumentLike,
  region: string,
  url: string | undefined,
  maxNodes: number,
): PageScan {
  const meta = new Map<string, string>();
  const metas = doc.querySelectorAll('meta');
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i];
    const key = m?.getAttribute('property') || m?.getAttribute('name') || m?.getAttribute('itemprop');
    const content = m?.getAttribute('content');
    if (key && content && !meta.has(key.toLowerCase())) meta.set(key.toLowerCase(), collapseSpace(content));
  }
  const titleEl = doc.querySelectorAll('title')[0];
  const title = titleEl ? collapseSpace(titleEl.textContent ?? '') || null : null;
  const baseHref = doc.querySelectorAll('base[href]')[0]?.getAttribute('href');
  const base = baseHref ? resolveUrl(baseHref, url) : url;

  const segments: Segment[] = [];
  const copyrightLines: string[] = [];
  const frame: Frame = { card: null, strong: null, where: null };
  let segment = newSegment(frame, null);
  segments.push(segment);
  let buf = '';
  let count = 0;
  let truncated = false;

  function newSegment(f: Frame, heading: string | null): Segment {
    return {
      lines: [],
      heading,
      card: f.card,
      strong: f.strong,
      where: f.where,
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

  function startSegment(f: Frame): void {
    if (isEmpty(segment)) {
      segment.card = f.card;
      segment.strong = f.strong;
      segment.where = f.where;
      segment.heading = null;
      return;
    }
    segment = newSegment(f, null);
    segments.push(segment);
  }

  function flush(heading: boolean): void {
    if (buf === '') return;
    const raw = buf;
    buf = '';
    for (const part of raw.split('\n')) {
      const text = collapseSpace(toHalfWidth(part));
      if (text === '') continue;
      if (NAME_LABEL.test(text) && segment.emails.length + segment.phones.length > 0) startSegment(frame);
      if (isEmpty(segment)) segment.where = frame.where;
      let hits = 0;
      for (const email of findEmails(text)) {
        pushUnique(segment.emails, email);
        hits++;
      }
      if (/\d/.test(text)) {
        for (const phone of findPhones(text, { region })) {
          pushUnique(segment.phones, phone.e164);
          hits++;
        }
      }
      if (heading && segment.lines.length === 0 && segment.heading === null) segment.heading = text;
      segment.lines.push({ text, heading, hits });
      if (COPYRIGHT.test(text) && text.length < 300) copyrightLines.push(text);
    }
  }

  function link(el: ElementLike): void {
    const href = el.getAttribute('href');
    if (href === null) return;
    const h = href.trim();
    const lower = h.slice(0, 7).toLowerCase();
    if (lower === 'mailto:') {
      for (const email of emailsFromMailto(h)) pushUnique(segment.emails, email);
      segment.linkKind ??= 'mailto';
    } else if (lower.startsWith('tel:')) {
      const phone = normalizePhone(h, region);
      if (phone !== null) {
        pushUnique(segment.phones, phone);
        segment.linkKind ??= 'tel';
      }
    } else if (lower.startsWith('http') || lower.startsWith('//')) {
      const abs = cleanWebUrl(resolveUrl(h, base));
      if (abs !== null && isSocialProfileUrl(abs)) pushUnique(segment.urls, abs);
    }
  }

  function hint(el: ElementLike, kind: 'name' | 'title' | 'org'): void {
    const text = collapseSpace(el.textContent ?? '');
    if (text === '' || text.length > 80) return;
    (kind === 'name' ? segment.nameHints : kind === 'title' ? segment.titleHints : segment.orgHints).push(
      text,
    );
  }

  function walk(node: { readonly childNodes: ArrayLike<NodeLike> }, depth: number): void {
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) {
      if (++count > maxNodes) {
        truncated = true;
        return;
      }
      const kid = kids[i];
      if (kid === undefined) continue;
      if (kid.nodeType === TEXT_NODE) {
        buf += kid.nodeValue ?? '';
        continue;
      }
      if (kid.nodeType !== ELEMENT_NODE) continue;
      const el = kid as ElementLike;
      const tag = el.localName;
      if (SKIP.has(tag)) continue;
      if (tag === 'br') {
        buf += '\n';
        continue;
      }
      if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') continue;
      const style = el.getAttribute('style');
      if (style !== null && HIDDEN_STYLE.test(style)) continue;
      if (tag === 'input') continue;
      const cls = el.getAttribute('class') || null;
      const role = cls === null ? NO_CLASS : classRole(cls);
      if (tag === 'a') link(el);
      const block = BLOCK.has(tag);
      const heading = HEADING.has(tag);
      const strong = role.card || tag === 'article' || tag === 'address' || el.hasAttribute('itemscope');
      const weak = !strong && (tag === 'li' || tag === 'tr' || tag === 'dd');
      const landmark = cls !== null || LANDMARK.has(tag);
      if (block) flush(false);
      const outerCard = frame.card;
      const outerStrong = frame.strong;
      const outerWhere = frame.where;
      if (strong || weak) frame.card = el;
      if (strong) frame.strong = el;
      if (landmark) frame.where = el;
      if (strong || weak || heading) startSegment(frame);
      if (role.hint !== null) hint(el, role.hint);
      if (depth < 400) walk(el, depth + 1);
      if (truncated) return;
      if (block) flush(heading);
      frame.card = outerCard;
      frame.strong = outerStrong;
      frame.where = outerWhere;
      // Leaving a card ends its segment; a heading's segment runs on until the next boundary.
      if (strong || weak) startSegment(frame);
    }
  }

  walk(doc, 0);
  flush(false);
  return { segments: segments.filter((s) => !isEmpty(s)), meta, title, base, copyrightLines, truncated };
}
