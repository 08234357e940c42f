import { CONTACT_SOURCES } from '@crm/shared/extract';

/**
 * Where a saved clip came from: one of the core's extraction sources, or typed by hand. Derived
 * from CONTACT_SOURCES, so a source the core adds is a valid clip kind without an edit here.
 */
export const CLIP_KINDS = [...CONTACT_SOURCES, 'manual'] as const;
export type ClipKind = (typeof CLIP_KINDS)[number];
