import { readHCards } from '../readHCards.ts';
import type { StructuredReader } from './contactReader.ts';

/**
 * Microformats h-card (and v1 vcard) contacts. Their organisations do not name the page's: a
 * page of h-cards is as often a directory of other companies' people as its own team.
 */
export const hCardReader: StructuredReader = {
  kind: 'structured',
  sources: ['h-card'],
  read: ({ doc, phoneRegion, base }) => ({
    contacts: readHCards(doc, { phoneRegion, base }),
    organizations: [],
  }),
};
