import { z } from 'zod';
import { type ExtractedContactData, ExtractedContactSchema } from '../model/extractedContactSchema.ts';
import { type IdentityFields, identityKeys } from './identityValues.ts';

/**
 * A clipped selection waiting in the panel for review: every person it holds (a mail thread
 * with two signatures gives two), each saved or merged on its own.
 */
export interface PendingSelection {
  contacts: ExtractedContactData[];
  url: string | null;
  at: number;
}

/** A selection holds a few signatures at most; more is not a selection a person reviews. */
export const MAX_SELECTION_CONTACTS = 20;

const StoredSelectionSchema = z.object({
  contacts: z.array(z.unknown()).optional(),
  /** Written by earlier versions, which kept only the first person. */
  contact: z.unknown().optional(),
  url: z.string().nullable().catch(null),
  at: z.number().catch(0),
});

/**
 * The pending selection as stored (storage is not trusted): contacts that no longer pass the
 * schema are dropped, an earlier version's single `contact` is read as a list of one, and a
 * selection with nobody left is null.
 */
export function pendingSelectionFrom(stored: unknown): PendingSelection | null {
  const parsed = StoredSelectionSchema.safeParse(stored);
  if (!parsed.success) return null;
  const { contacts, contact, url, at } = parsed.data;
  const people = (contacts ?? (contact === undefined ? [] : [contact]))
    .slice(0, MAX_SELECTION_CONTACTS)
    .flatMap((c) => {
      const checked = ExtractedContactSchema.safeParse(c);
      return checked.success ? [checked.data] : [];
    });
  return people.length === 0 ? null : { contacts: people, url, at };
}

/** A saved, merged or deleted contact, as far as it says who the person is. */
export type PersonLike = IdentityFields & { name?: string | null | undefined };

/**
 * The selection without the person `done` (just saved, merged or deleted): the contacts sharing
 * an identity key with it (email, phone, WeChat id), or, when it has none, its name. The same
 * object when nobody matched; null when nobody is left, so nothing personal stays in storage.
 */
export function withoutPerson(
  selection: PendingSelection,
  done: PersonLike,
  region: string,
): PendingSelection | null {
  const keys = new Set<string>(identityKeys(done, region));
  const name = done.name?.trim() ?? '';
  const samePerson = (c: ExtractedContactData) =>
    keys.size > 0
      ? identityKeys(c, region).some((k) => keys.has(k))
      : name !== '' && (c.name?.trim() ?? '') === name;
  const contacts = selection.contacts.filter((c) => !samePerson(c));
  if (contacts.length === selection.contacts.length) return selection;
  return contacts.length === 0 ? null : { ...selection, contacts };
}
