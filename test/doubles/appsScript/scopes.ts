/**
 * Which OAuth scope each service call needs, from the "Authorization" section of each method's
 * reference page. With a manifest loaded, a call whose scopes the manifest does not list fails
 * as Apps Script fails it, before doing anything.
 * https://developers.google.com/apps-script/concepts/scopes
 */
import { ScriptError } from './scriptError.ts';

const AUTH = 'https://www.googleapis.com/auth/';
const SPREADSHEETS = [`${AUTH}spreadsheets.currentonly`, `${AUTH}spreadsheets`];
const UI = [`${AUTH}script.container.ui`];
const EMAIL = [`${AUTH}userinfo.email`];
const TRIGGERS = [`${AUTH}script.scriptapp`];
const MAIL = [`${AUTH}script.send_mail`];

/** Exact `Service.method` keys first, then `Service.` prefixes; the first match decides. */
export const REQUIRED_SCOPES: readonly (readonly [string, readonly string[]])[] = [
  ['SpreadsheetApp.openById', [`${AUTH}spreadsheets`]],
  ['SpreadsheetApp.getActiveSpreadsheet', SPREADSHEETS],
  ['SpreadsheetApp.getActive', SPREADSHEETS],
  ['Spreadsheet.', SPREADSHEETS],
  ['Sheet.', SPREADSHEETS],
  ['Range.', SPREADSHEETS],
  ['RangeList.', SPREADSHEETS],
  ['Protection.', SPREADSHEETS],
  ['Ui.alert', UI],
  ['Ui.showSidebar', UI],
  ['Ui.showModalDialog', UI],
  ['Session.getEffectiveUser', EMAIL],
  ['Session.getActiveUser', EMAIL],
  ['ScriptApp.newTrigger', TRIGGERS],
  ['ScriptApp.getProjectTriggers', TRIGGERS],
  ['ScriptApp.getUserTriggers', TRIGGERS],
  ['ScriptApp.deleteTrigger', TRIGGERS],
  ['MailApp.', MAIL],
];

export function requiredScopes(key: string): readonly string[] {
  for (const [pattern, scopes] of REQUIRED_SCOPES) {
    if (pattern.endsWith('.') ? key.startsWith(pattern) : key === pattern) return scopes;
  }
  return [];
}

/** Throws Apps Script's message when none of the scopes the call needs was granted. */
export function checkScopes(key: string, granted: ReadonlySet<string>): void {
  const needed = requiredScopes(key);
  if (needed.length === 0 || needed.some((s) => granted.has(s))) return;
  throw new ScriptError(
    `Specified permissions are not sufficient to call ${key}. Required permissions: ${needed.join(' || ')}`,
  );
}
