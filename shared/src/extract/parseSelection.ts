import {
  cleanPersonName,
  looksLikeOrganization,
  looksLikePersonName,
  looksLikeTitle,
} from './classifyText.ts';
import { cutAddress, fieldLabel, splitParts } from './fieldLabel.ts';
import { findEmails } from './findEmails.ts';
import { findPhones } from './findPhones.ts';
import { mergeContacts } from './mergeContacts.ts';
import { cleanWebUrl } from './socialProfile.ts';
import { collapseSpace, pushUnique, toHalfWidth } from './text.ts';
import type { ExtractedContact, ExtractOptions } from './types.ts';

// "Clip selection as contact" in the extension: an email signature or a Chinese business
// card block, one field per line or separated by | and /, with or without labels.

const PART_SEPARATOR = /\s+[/／]\s+|\s*[|｜;；]\s*|\s+[·•]\s+|\t+/;
const URL = /\bhttps?:\/\/[^\s|｜,，;；]+|\bwww\.[^\s|｜,，;；]+/gi;
const ADDRESS_ZH = /[省市区县路街道号楼室镇村]/;
const ADDRESS_EN =
  /\d+\s+\S+.*\b(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Boulevard|Blvd|Way|Drive|Dr|Court|Ct|Square|Sq|Floor|Suite|Place|Pl)\b/i;
const CONTACT_FIELDS = new Set(['phone', 'email', 'web', 'wechat', 'fax', 'other']);

/**
 * Parses a selected block (a signature, a 名片) into one contact, or null when it holds nothing
 * contact-like (no email, phone or link, and not a name with a title or company).
 */
export function parseSelection(text: string, options: ExtractOptions): ExtractedContact | null {
  if (typeof text !== 'string') return null;
  const region = (options.region || 'CN').toUpperCase();
  const contact: ExtractedContact = {
    name: null,
    title: null,
    organization: null,
    emails: [],
    phones: [],
    address: null,
    urls: [],
    source: 'selection',
    confidence: 0,
    evidence: 'selected text',
  };
  const rest: string[] = [];
  for (const rawLine of text.slice(0, 5000).split(/\r?\n|\r/)) {
    const line = collapseSpace(toHalfWidth(rawLine));
    if (line === '') continue;
    for (const part of line.split(PART_SEPARATOR)) {
      const leftover = takeContactData(part, region, contact);
      const labelled = fieldLabel(part);
      if (labelled !== null) {
        const value = cutAddress(labelled.value);
        if (labelled.field === 'name' && looksLikePersonName(value)) contact.name ??= cleanPersonName(value);
        else if (labelled.field === 'title' && value !== '') contact.title ??= value;
        else if (labelled.field === 'organization' && value !== '') contact.organization ??= value;
        else if (labelled.field === 'address' && value.length >= 4) contact.address ??= value;
        if (!CONTACT_FIELDS.has(labelled.field) || leftover === '') continue;
      }
      if (leftover !== '') rest.push(leftover);
    }
  }
  for (const piece of rest) classify(piece, contact);
  const reachable = contact.emails.length + contact.phones.length + contact.urls.length > 0;
  if (!reachable && !(contact.name !== null && (contact.title !== null || contact.organization !== null))) {
    return null;
  }
  return mergeContacts([contact])[0] ?? null;
}

/** Takes emails, phones and links out of `part`; returns what is left as plain text. */
function takeContactData(part: string, region: string, contact: ExtractedContact): string {
  let left = part;
  for (const email of findEmails(part)) {
    pushUnique(contact.emails, email);
    left = left.split(new RegExp(escapeRegExp(email), 'i')).join(' ');
  }
  for (const m of part.matchAll(URL)) {
    const url = cleanWebUrl(m[0].startsWith('www.') ? `https://${m[0]}` : m[0]);
    if (url !== null) pushUnique(contact.urls, url);
    left = left.replace(m[0], ' ');
  }
  if (/\d/.test(left)) {
    const hits = findPhones(left, { region, lenient: true });
    for (const hit of hits) pushUnique(contact.phones, hit.e164);
    for (const hit of [...hits].sort((a, b) => b.start - a.start)) {
      left = `${left.slice(0, hit.start)} ${left.slice(hit.end)}`;
    }
  }
  left = collapseSpace(left).replace(/^[\s:：,，.。\-–—]+|[\s:：,，\-–—]+$/g, '');
  const label = fieldLabel(`${left}:`);
  if (label !== null && CONTACT_FIELDS.has(label.field)) return '';
  const trailing = fieldLabel(left);
  if (trailing !== null && CONTACT_FIELDS.has(trailing.field)) return '';
  return /[\p{L}]/u.test(left) ? left : '';
}

function classify(piece: string, contact: ExtractedContact): void {
  if (contact.address === null && looksLikeAddress(piece)) {
    contact.address = piece;
    return;
  }
  for (const part of splitParts(piece)) {
    if (contact.organization === null && looksLikeOrganization(part)) contact.organization = part;
    else if (contact.title === null && looksLikeTitle(part)) contact.title = part;
    else if (contact.name === null && looksLikePersonName(part)) contact.name = cleanPersonName(part);
  }
}

function looksLikeAddress(text: string): boolean {
  if (looksLikeOrganization(text)) return false;
  if (/[\u4e00-\u9fa5]/.test(text)) return text.length >= 8 && ADDRESS_ZH.test(text) && /\d|路|街/.test(text);
  return ADDRESS_EN.test(text);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
