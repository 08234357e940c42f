import type { Contact } from '@crm/shared';
import { parseEmail, parsePhone } from '@crm/shared/parse';
import type { Clip } from '../model/clip.ts';

/** Contact keys compared for duplicates: normalised emails and E.164 phones (core parsers). */
export function contactKeys(contact: Pick<Contact, 'emails' | 'phones'>, region: string): Set<string> {
  const keys = new Set<string>();
  for (const e of contact.emails) {
    const parsed = parseEmail(e);
    if (parsed.ok && parsed.value !== null) keys.add(`email:${parsed.value}`);
  }
  for (const p of contact.phones) {
    const parsed = parsePhone(p, region);
    if (parsed.ok && parsed.value !== null) keys.add(`tel:${parsed.value}`);
  }
  return keys;
}

/** The saved clip sharing a normalised email or phone with `contact`, other than `exceptId`. */
export function findDuplicateClip(
  clips: readonly Clip[],
  contact: Pick<Contact, 'emails' | 'phones'>,
  region: string,
  exceptId?: string,
): Clip | null {
  const keys = contactKeys(contact, region);
  if (keys.size === 0) return null;
  for (const clip of clips) {
    if (clip.id === exceptId) continue;
    for (const k of contactKeys(clip.contact, region)) if (keys.has(k)) return clip;
  }
  return null;
}
