import { readHCards } from '../readHCards.ts';
import type { StructuredReader } from './contactReader.ts';

/**
 * Microformats h-card (and v1 vcard) contacts. Their organisations do not name the page's: a
 * page of h-cards is as often a directory of other companies' people as its own team.
 */
export const hCardReader: StructuredReader = {
  kind: 'structured',
  sources: ['h-card'],
  read: ({ doc, region, base }) => ({ contacts: readHCards(doc, { region, base }), organizations: [] }),
};
