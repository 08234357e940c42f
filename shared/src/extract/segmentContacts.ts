import {
  cleanPersonName,
  looksLikeOrganization,
  looksLikePersonName,
  looksLikeTitle,
} from './classifyText.ts';
import { cutAddress, fieldLabel, splitParts } from './fieldLabel.ts';
import type { PageScan, Segment } from './pageScan.ts';
import { describeElement } from './text.ts';
import type { ElementLike, ExtractedContact } from './types.ts';

// Segments of the page walk to contacts: the name, title and company are looked for in the
// segment's labels (联系人：…), class hints (.name, .title), heading, and the short lines next
// to its emails and phones. A segment with contact data but no person is the organisation's.

const ADDRESS_HINT = /地址|address|addr/i;

interface Fields {
  name: string | null;
  title: string | null;
  organization: string | null;
  address: string | null;
}

export interface SegmentResult {
  contacts: ExtractedContact[];
  /** Social profile links outside any person's card: the organisation's. */
  pageUrls: string[];
  /** A labelled address (地址：…) outside any person's card: the organisation's. */
  pageAddress: string | null;
}

/** Contacts from the page walk; `pageOrg` is the company of people without one of their own. */
export function segmentContacts(scan: PageScan, pageOrg: string | null): SegmentResult {
  const result: SegmentResult = { contacts: [], pageUrls: [], pageAddress: null };
  for (const { segment, fields } of mergeCardSegments(scan.segments)) {
    const hasData = segment.emails.length + segment.phones.length > 0;
    if (!hasData && !(fields.name !== null && segment.urls.length > 0)) {
      for (const url of segment.urls) if (!result.pageUrls.includes(url)) result.pageUrls.push(url);
      if (fields.name === null) result.pageAddress ??= fields.address;
      continue;
    }
    const person = fields.name !== null;
    result.contacts.push({
      name: fields.name,
      title: person ? fields.title : null,
      organization: fields.organization ?? pageOrg,
      emails: [...segment.emails],
      phones: [...segment.phones],
      address: fields.address,
      urls: [...segment.urls],
      source: segment.linkKind === null ? 'text' : 'link',
      confidence: 0,
      evidence: evidence(segment),
    });
  }
  return result;
}

/**
 * A card's list items and sub-headings (a phone in an <li> under the person's <h3>) belong to the
 * card's person: a segment without a name of its own joins the previous segment of its card.
 */
function mergeCardSegments(segments: readonly Segment[]): Array<{ segment: Segment; fields: Fields }> {
  const out: Array<{ segment: Segment; fields: Fields }> = [];
  const lastOfCard = new Map<ElementLike, { segment: Segment; fields: Fields }>();
  // Cards with any contact data; all other text needs no name search (most of a long page).
  const cardsWithData = new Set<ElementLike>();
  for (const segment of segments)
    if (segment.strong !== null && hasData(segment)) cardsWithData.add(segment.strong);
  for (const segment of segments) {
    if (
      segment.strong === null
        ? !hasData(segment) && !hasAddressLabel(segment)
        : !cardsWithData.has(segment.strong)
    ) {
      continue;
    }
    const fields = analyse(segment);
    const previous = segment.strong === null ? undefined : lastOfCard.get(segment.strong);
    if (previous !== undefined && fields.name === null) {
      absorb(previous.segment, segment);
      previous.fields = analyse(previous.segment);
      continue;
    }
    const entry = { segment, fields };
    out.push(entry);
    if (segment.strong !== null) lastOfCard.set(segment.strong, entry);
  }
  return out;
}

function hasData(segment: Segment): boolean {
  return segment.emails.length + segment.phones.length + segment.urls.length > 0;
}

function hasAddressLabel(segment: Segment): boolean {
  return segment.lines.some((l) => ADDRESS_HINT.test(l.text));
}

function absorb(into: Segment, from: Segment): void {
  into.lines.push(...from.lines);
  for (const e of from.emails) if (!into.emails.includes(e)) into.emails.push(e);
  for (const p of from.phones) if (!into.phones.includes(p)) into.phones.push(p);
  for (const u of from.urls) if (!into.urls.includes(u)) into.urls.push(u);
  into.linkKind ??= from.linkKind;
  into.nameHints.push(...from.nameHints);
  into.titleHints.push(...from.titleHints);
  into.orgHints.push(...from.orgHints);
}

function analyse(segment: Segment): Fields {
  const f: Fields = { name: null, title: null, organization: null, address: null };
  const lines = segment.lines;
  for (const line of lines) {
    if (line.text.length > 200) continue;
    const labelled = fieldLabel(line.text);
    if (labelled === null) continue;
    const value = labelled.value;
    if (labelled.field === 'name') {
      const parts = splitParts(value);
      const name = parts.find((p) => looksLikePersonName(p));
      if (name !== undefined && f.name === null) f.name = cleanPersonName(name);
      const title = parts.find((p) => p !== name && looksLikeTitle(p));
      if (title !== undefined) f.title ??= title;
    } else if (labelled.field === 'title' && value !== '' && value.length <= 60) f.title ??= value;
    else if (labelled.field === 'organization' && value !== '' && value.length <= 80)
      f.organization ??= value;
    else if (labelled.field === 'address' && value !== '') {
      const address = cutAddress(value);
      if (address.length >= 4) f.address ??= address;
    }
  }
  f.name ??= firstOf(segment.nameHints, looksLikePersonName);
  f.title ??= firstOf(segment.titleHints, looksLikeTitle);
  f.organization ??= firstOf(segment.orgHints, looksLikeOrganization);
  if (segment.heading !== null) {
    for (const part of splitParts(segment.heading)) {
      if (f.name === null && looksLikePersonName(part)) f.name = cleanPersonName(part);
      else if (f.organization === null && looksLikeOrganization(part)) f.organization = part;
      else if (f.title === null && f.name !== null && looksLikeTitle(part)) f.title = part;
    }
  }
  // Short lines near the contact data: "王芳", "销售总监", "Jane Doe · Head of Sales".
  let first = lines.findIndex((l) => l.hits > 0);
  let last = lines.length - 1;
  while (last > 0 && (lines[last]?.hits ?? 0) === 0) last--;
  if (first < 0) {
    first = 0;
    last = Math.min(lines.length - 1, 4);
  }
  for (let i = Math.max(0, first - 4); i <= Math.min(lines.length - 1, last + 2); i++) {
    const line = lines[i];
    // Sentences ("成立于 2008 年，服务客户…。") hold words that pass for names; cards do not.
    if (line === undefined || line.text.length > 60 || /[。！？!?]/.test(line.text)) continue;
    if (fieldLabel(line.text) !== null) continue;
    const parts = splitParts(line.text);
    if (
      f.title === null &&
      !parts.some((p) => (f.name === null && looksLikePersonName(p)) || looksLikeOrganization(p))
    ) {
      if (!/@|\d{4}/.test(line.text) && looksLikeTitle(line.text)) f.title = line.text;
    }
    for (const part of parts) {
      if (/@|\d{4}/.test(part)) continue;
      if (f.name === null && looksLikePersonName(part)) f.name = cleanPersonName(part);
      else if (f.organization === null && looksLikeOrganization(part)) f.organization = part;
      else if (f.title === null && looksLikeTitle(part)) f.title = part;
    }
  }
  return f;
}

function firstOf(list: readonly string[], test: (s: string) => boolean): string | null {
  for (const s of list) {
    for (const part of [s, ...splitParts(s)])
      if (test(part)) return test === looksLikePersonName ? cleanPersonName(part) : part;
  }
  return null;
}

function evidence(segment: Segment): string {
  const where = segment.where === null ? 'page' : describeElement(segment.where);
  const near = segment.heading === null ? '' : ` near heading "${segment.heading.slice(0, 40)}"`;
  if (segment.linkKind !== null) return `${segment.linkKind} link in ${where}${near}`;
  return near === '' ? `text in ${where}` : `text${near}`;
}
