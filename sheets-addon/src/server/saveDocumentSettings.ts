import { digestTriggers, installDigestTrigger } from './jobs/digestTriggers.ts';
import type { Messages } from './messages.ts';
import { type AddonSettings, storeSettings } from './settings.ts';

/**
 * Stores this spreadsheet's settings and hands them to its digest trigger, which runs outside
 * the document and reads the copy kept beside it (its hour may have changed too).
 */
export function saveDocumentSettings(input: unknown, messages: Messages): AddonSettings {
  const stored = storeSettings(input, messages);
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  if (digestTriggers(spreadsheet).length > 0) installDigestTrigger(spreadsheet, stored);
  return stored;
}
