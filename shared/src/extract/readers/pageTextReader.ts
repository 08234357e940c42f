import { emptyContact } from '../emptyContact.ts';
import { segmentContacts } from '../segmentContacts.ts';
import type { ExtractedContact } from '../types.ts';
import type { PageReader } from './contactReader.ts';

/**
 * Emails and phones in visible text and mailto:/tel: links, with the names, titles and companies
 * next to them (segmentContacts.ts). Social profile links and a labelled address outside any
 * person's card go to one contact for the page's organisation.
 */
export const pageTextReader: PageReader = {
  kind: 'page',
  sources: ['text', 'link'],
  read({ scan }, pageOrganization) {
    const { contacts, pageUrls, pageAddress } = segmentContacts(scan, pageOrganization);
    if ((pageUrls.length === 0 && pageAddress === null) || pageOrganization === null) return contacts;
    const links = pageUrls.length > 0;
    const organization: ExtractedContact = {
      ...emptyContact(
        links ? 'link' : 'text',
        links ? 'social profile links on the page' : 'address on the page',
      ),
      organization: pageOrganization,
      address: pageAddress,
      urls: pageUrls,
    };
    return [...contacts, organization];
  },
};
