import type { EvidenceItem } from './evidence.ts';
import type { ContactSource, ExtractedContact } from './types.ts';

/** A contact with nothing found yet; mergeContacts sets the confidence. */
export function emptyContact(source: ContactSource, evidence: EvidenceItem): ExtractedContact {
  return {
    name: null,
    title: null,
    organization: null,
    emails: [],
    phones: [],
    wechat: null,
    phoneRegion: null,
    address: null,
    urls: [],
    source,
    confidence: 0,
    evidence: [evidence],
  };
}
