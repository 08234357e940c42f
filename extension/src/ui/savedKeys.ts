import type { ContactKey } from '@crm/shared/parse';
import { identityKeys } from '../logic/identityValues.ts';
import type { Clip } from '../model/clip.ts';

/**
 * Identity keys per stored contact object: the panel keeps the object of a clip that did not
 * change (ui/storedClipList.ts), so its keys (phone parsing is the costly part) are computed once
 * per content and region, not again for every clip whenever one changes.
 */
const keysOfContact = new WeakMap<Clip['contact'], { region: string; keys: readonly ContactKey[] }>();

export function clipIdentityKeys(clip: Clip, region: string): readonly ContactKey[] {
  const known = keysOfContact.get(clip.contact);
  if (known?.region === region) return known.keys;
  const keys = identityKeys(clip.contact, region);
  keysOfContact.set(clip.contact, { region, keys });
  return keys;
}

/** The identity keys of all saved clips: a page candidate sharing one is marked saved. */
export function savedKeysOf(clips: readonly Clip[], region: string): ReadonlySet<ContactKey> {
  const keys = new Set<ContactKey>();
  for (const clip of clips) for (const key of clipIdentityKeys(clip, region)) keys.add(key);
  return keys;
}
