import { emptyContact } from '../emptyContact.ts';
import { normalizeEmail } from '../findEmails.ts';
import { addPhoneValue } from '../phoneValue.ts';
import type { PageReader } from './contactReader.ts';

const EMAIL_TAGS = ['og:email', 'business:contact_data:email'];
const PHONE_TAGS = ['og:phone_number', 'business:contact_data:phone_number'];

/** Open Graph contact tags (og:email, og:phone_number, business:contact_data:*), for the page's organisation. */
export const metaTagReader: PageReader = {
  kind: 'page',
  sources: ['meta'],
  read({ scan, phoneRegion }, pageOrganization) {
    const contact = { ...emptyContact('meta', { kind: 'meta-tags' }), organization: pageOrganization };
    for (const key of EMAIL_TAGS) {
      const email = normalizeEmail(scan.meta.get(key) ?? '');
      if (email !== null && !contact.emails.includes(email)) contact.emails.push(email);
    }
    for (const key of PHONE_TAGS) {
      addPhoneValue(contact, scan.meta.get(key) ?? '', phoneRegion);
    }
    return contact.emails.length + contact.phones.length > 0 ? [contact] : [];
  },
};
