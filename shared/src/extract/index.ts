// Contact extraction from pages and selections: pure, over a structural DOM view, so the same
// code runs injected in a page, in the CLI and in tests. Where a contact was found is data
// (EvidenceItem), worded by describeEvidence in the user's language.
export { looksLikeOrganization, looksLikePersonName, looksLikeTitle } from './classifyText.ts';
export {
  EVIDENCE_LANDMARKS,
  EVIDENCE_LINKS,
  type EvidenceCap,
  type EvidenceItem,
  type EvidenceKind,
  type EvidenceLandmark,
  type EvidencePlace,
  MAX_EVIDENCE_ITEMS,
  SCHEMA_ORG_ROLES,
  type SchemaOrgRole,
} from './evidence.ts';
export { describeEvidence } from './evidenceTexts.ts';
export { extractContacts, extractPage, extractWithReaders } from './extractContacts.ts';
export { findEmails } from './findEmails.ts';
export { findPhones, normalizePhone, type PhoneHit, type PhoneScanOptions } from './findPhones.ts';
export { mergeContacts, SOURCE_CONFIDENCE } from './mergeContacts.ts';
export { parseLenientJson } from './parseLenientJson.ts';
export { parseSelection, parseSelectionContacts } from './parseSelection.ts';
export type { ContactReader, PageContext } from './readers/contactReader.ts';
export { CONTACT_READERS } from './readers/index.ts';
export { readHCards } from './readHCards.ts';
export { isSocialProfileUrl } from './socialProfile.ts';
export type {
  ContactSource,
  DocumentLike,
  ElementLike,
  ExtractedContact,
  ExtractOptions,
  NodeLike,
  PageExtraction,
  PhoneRegionBasis,
  PhoneRegionGuess,
} from './types.ts';
export { CONTACT_SOURCES, PHONE_REGION_BASES } from './types.ts';
export { WECHAT_ID_PATTERN, wechatId } from './wechatId.ts';
