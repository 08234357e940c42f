import type { Clip } from '../model/clip.ts';
import { type IdentityFields, identityKeys } from './identityValues.ts';

/**
 * The saved clip sharing an identity key (normalised email, E.164 phone, WeChat id) with `contact`, other
 * than `exceptId`. The keys are the core's contactKeys, so the extension calls two records the
 * same person exactly when the cleaning review and the known-customer badge do.
 */
export function findDuplicateClip(
  clips: readonly Clip[],
  contact: IdentityFields,
  region: string,
  exceptId?: string,
): Clip | null {
  const keys = new Set(identityKeys(contact, region));
  if (keys.size === 0) return null;
  for (const clip of clips) {
    if (clip.id === exceptId) continue;
    if (identityKeys(clip.contact, region).some((k) => keys.has(k))) return clip;
  }
  return null;
}
