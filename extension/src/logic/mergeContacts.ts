import type { Contact } from '@crm/shared';

/** Single-value fields the merge dialog lets the user choose between. */
export const MERGE_FIELDS = [
  'name',
  'title',
  'organization',
  'wechat',
  'address',
  'website',
  'owner',
  'legalBasis',
  'purpose',
  'informedOn',
] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];

/** Which value of a conflicting field the merge keeps. */
export const MERGE_SIDES = ['existing', 'incoming'] as const;
export type MergeSide = (typeof MERGE_SIDES)[number];
/** The user's pick per conflicting field; a field left out keeps the saved value. */
export type MergeChoices = Partial<Record<MergeField, MergeSide>>;

export interface MergeConflict {
  field: MergeField;
  existing: string;
  incoming: string;
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}

/**
 * Merges a newly clipped contact into a saved one, so one person stays one record: lists are
 * united, an empty field takes the new value, and fields where both differ are conflicts the user
 * decides; `choices` picks 'incoming' per field, otherwise the saved value stays.
 */
export function mergeContacts(
  existing: Contact,
  incoming: Contact,
  choices: MergeChoices = {},
): { merged: Contact; conflicts: MergeConflict[] } {
  const conflicts: MergeConflict[] = [];
  const merged: Contact = {
    ...existing,
    emails: union(existing.emails, incoming.emails),
    phones: union(existing.phones, incoming.phones),
    socialUrls: union(existing.socialUrls, incoming.socialUrls),
    tags: union(existing.tags, incoming.tags),
  };
  for (const field of MERGE_FIELDS) {
    const a = existing[field];
    const b = incoming[field];
    if (b === undefined || b === '' || b === a) continue;
    if (a === undefined || a === '') {
      Object.assign(merged, { [field]: b });
      continue;
    }
    conflicts.push({ field, existing: a, incoming: b });
    if (choices[field] === 'incoming') Object.assign(merged, { [field]: b });
  }
  const notes = [existing.note, incoming.note].filter((n): n is string => Boolean(n));
  if (notes.length > 0) merged.note = [...new Set(notes)].join('\n');
  return { merged, conflicts };
}
