export { MAX_PARSED_CELL_LENGTH, tooLongToParse } from './cellTextLimit.ts';
export { cellToText, isEmptyCell, normalizeText } from './cellToText.ts';
export {
  CONTACT_KEY_KINDS,
  type ContactKey,
  type ContactKeyKind,
  type ContactValues,
  contactKeys,
  wechatKey,
} from './contactKeys.ts';
export { formatPhoneForDisplay } from './formatPhoneForDisplay.ts';
export type { ParseResult } from './ParseResult.ts';
export { parseBirthday } from './parseBirthday.ts';
export { parseComplaintStage } from './parseComplaintStage.ts';
export { columnDayOrder, type DateParseOptions, type DayOrder, parseDate } from './parseDate.ts';
export { EMAIL_PATTERN, parseEmail } from './parseEmail.ts';
export { parseNumber } from './parseNumber.ts';
export { parsePhone } from './parsePhone.ts';
export { parsePhoneWithMetadata } from './parsePhoneWithMetadata.ts';
export type { CalendarFault, ParseProblem, ParseProblemCode } from './parseProblem.ts';
export { parseTags } from './parseTags.ts';
export { PARSE_TEXTS, parseProblemText } from './parseTexts.ts';
export { isPlaceholderText } from './placeholderText.ts';
