import type { AddonSettings } from '../settings.ts';
import { deleteDigestRecord, saveDigestRecord } from './digestRecords.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The trigger's handler: a top-level function of Code.js. */
export const DIGEST_HANDLER = 'sendDailyDigest';

/**
 * This spreadsheet's digest triggers. getProjectTriggers() would list the user's triggers of
 * every spreadsheet the add-on is used in; getUserTriggers(spreadsheet) lists this one's.
 * https://developers.google.com/apps-script/reference/script/script-app#getUserTriggers(Spreadsheet)
 */
export function digestTriggers(spreadsheet: Spreadsheet): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getUserTriggers(spreadsheet).filter((t) => t.getHandlerFunction() === DIGEST_HANDLER);
}

/**
 * One daily time-driven trigger for this spreadsheet (add-ons may run one at most hourly, and
 * keep one of each kind per document), at the settings' hour read in the spreadsheet's time
 * zone rather than the script's, with what it needs to run outside the document.
 * https://developers.google.com/apps-script/reference/script/clock-trigger-builder#inTimezone(String)
 */
export function installDigestTrigger(spreadsheet: Spreadsheet, settings: AddonSettings): void {
  removeDigestTriggers(spreadsheet);
  const trigger = ScriptApp.newTrigger(DIGEST_HANDLER)
    .timeBased()
    .everyDays(1)
    .atHour(settings.digestHour)
    .inTimezone(spreadsheet.getSpreadsheetTimeZone())
    .create();
  saveDigestRecord(trigger.getUniqueId(), { spreadsheetId: spreadsheet.getId(), settings });
}

export function removeDigestTriggers(spreadsheet: Spreadsheet): void {
  for (const trigger of digestTriggers(spreadsheet)) removeTrigger(trigger);
}

export function removeTrigger(trigger: GoogleAppsScript.Script.Trigger): void {
  deleteDigestRecord(trigger.getUniqueId());
  ScriptApp.deleteTrigger(trigger);
}
