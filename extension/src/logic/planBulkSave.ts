import type { Contact } from '@crm/shared';
import type { Clip } from '../model/clip.ts';
import { validateContact } from './contactForm.ts';
import { findDuplicateClip } from './findDuplicateClip.ts';
import { mergeContacts } from './mergeContacts.ts';

/**
 * What a bulk save did, person by person: saved as new, merged into a saved clip (new emails,
 * phones or empty fields filled), already saved with nothing new, or invalid. `conflicting`
 * counts the merged and unchanged ones where a field differs from the saved value: the saved
 * value stays, and the user can review that person on their own to choose.
 */
export interface BulkSaveResult {
  saved: number;
  merged: number;
  unchanged: number;
  conflicting: number;
  invalid: number;
}

export interface BulkSavePlan {
  /** Every clip after the save, in order: the saved ones (merged where they took new data), then the new. */
  clips: Clip[];
  added: Clip[];
  /** Saved clips that took new data (each once, however many candidates merged into it). */
  updated: Clip[];
  result: BulkSaveResult;
}

/** The same contact, whatever the order of its keys. */
function sameContact(a: Contact, b: Contact): boolean {
  const canonical = (c: Contact) =>
    JSON.stringify(
      Object.entries(c)
        .filter(([, v]) => v !== undefined)
        .sort(([x], [y]) => x.localeCompare(y)),
    );
  return canonical(a) === canonical(b);
}

/**
 * Plans a bulk save (a team page ticked at once) the way the single save and its merge dialog
 * treat one person: each candidate is validated, a new person becomes a new clip, and one who
 * shares an email, phone or WeChat id with a saved clip (or with one earlier in the batch) is
 * merged into it with mergeContacts — lists united, empty fields filled, and where both have a
 * different value the saved one kept, as the dialog does when the user changes nothing.
 */
export function planBulkSave(
  saved: readonly Clip[],
  items: readonly { contact: unknown; origin: Clip['origin'] }[],
  region: string,
  newClip: (contact: Contact, origin: Clip['origin']) => Clip,
  now: string,
): BulkSavePlan {
  const clips = [...saved];
  const addedIds = new Set<string>();
  const updatedIds = new Set<string>();
  const result: BulkSaveResult = { saved: 0, merged: 0, unchanged: 0, conflicting: 0, invalid: 0 };
  for (const { contact, origin } of items) {
    const valid = validateContact(contact);
    if (!valid.ok) {
      result.invalid++;
      continue;
    }
    const existing = findDuplicateClip(clips, valid.contact, region);
    if (!existing) {
      const clip = newClip(valid.contact, origin);
      clips.push(clip);
      addedIds.add(clip.id);
      result.saved++;
      continue;
    }
    const { merged, conflicts } = mergeContacts(existing.contact, valid.contact);
    if (conflicts.length > 0) result.conflicting++;
    const checked = validateContact(merged);
    if (!checked.ok) {
      result.invalid++;
      continue;
    }
    if (sameContact(checked.contact, existing.contact)) {
      result.unchanged++;
      continue;
    }
    const updated: Clip = { ...existing, contact: checked.contact, updatedAt: now };
    clips[clips.indexOf(existing)] = updated;
    if (!addedIds.has(existing.id)) updatedIds.add(existing.id);
    result.merged++;
  }
  return {
    clips,
    added: clips.filter((c) => addedIds.has(c.id)),
    updated: clips.filter((c) => updatedIds.has(c.id)),
    result,
  };
}
