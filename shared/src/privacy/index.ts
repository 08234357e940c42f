// A person's rights over their data (个人信息保护法 art. 44–47): find everything a workbook holds
// about one person, copy it out, erase it, and keep a log of the requests without personal data.
// Pure: the CLI (files and Google Sheets) and the add-on read the sheets and apply the plan.
export { CELL_ASIDES, type CellAside } from './cellAsides.ts';
export {
  CONSENT_FIELD_LABELS,
  CONSENT_FIELD_SYNONYMS,
  CONSENT_FIELDS,
  type ConsentField,
  type ConsentFill,
  type ConsentValues,
  LEGAL_BASIS_LABELS,
  mapConsentColumns,
  parseLegalBasis,
  planConsentFill,
} from './consentColumns.ts';
export {
  type FindPersonOptions,
  findPerson,
  type PersonFindings,
  type PersonMention,
  type PersonPlace,
  type PersonRow,
  type PersonRowRole,
} from './findPerson.ts';
export { maskContactsInText } from './maskContacts.ts';
export { ORDER_ERASURE_MODES, type OrderErasureMode } from './orderErasureModes.ts';
export {
  appendToLogGrid,
  hashPersonKey,
  isPersonalDataLogName,
  type KeyHash,
  LOG_COLUMNS,
  type LogAppend,
  type LogEntryInput,
  PERSON_REQUESTS,
  type PersonRequest,
  personalDataLogAppend,
  personalDataLogHeader,
} from './personalDataLog.ts';
export {
  idKey,
  PERSON_KEY_KINDS,
  type PersonKey,
  type PersonKeyKind,
  type PersonKeyProblem,
  type PersonKeyResult,
  parsePersonKey,
  personKeyText,
} from './personKey.ts';
export {
  applyErasure,
  type CellEdit,
  type ErasureCounts,
  type ErasureOptions,
  type ErasurePlan,
  type NoteEdit,
  planErasure,
  type SheetErasure,
} from './planErasure.ts';
export {
  addMonths,
  type ExpiredSheet,
  expiredSheets,
  lastActivity,
  type PrivacyFinding,
  privacyFindings,
  privacyReviewRows,
} from './privacyReview.ts';
export {
  classifyPrivacySheets,
  PRIVACY_SHEET_KINDS,
  type PrivacySheet,
  type PrivacySheetKind,
} from './privacySheets.ts';
export { ERASURE_MARKER, personKeyProblemText } from './privacyTexts.ts';
export {
  findMentions,
  isDistinctiveId,
  type Mention,
  type MentionKind,
  type PersonIdentity,
} from './textMentions.ts';
