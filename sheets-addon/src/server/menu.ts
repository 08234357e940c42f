import { confirmCrossBorderFromMenu, crossBorderDeclined } from './crossBorderNotice.ts';
import { describeFailure } from './failures.ts';
import type { JobResult } from './jobs/jobResult.ts';
import { languageOfLocale, MESSAGES, type Messages } from './messages.ts';
import { saveDocumentSettings } from './saveDocumentSettings.ts';
import { effectiveLanguage, loadSettings } from './settings.ts';

/** Minimal shape of the simple-trigger event (onOpen / onInstall). */
export interface OpenEvent {
  authMode?: GoogleAppsScript.Script.AuthMode | string;
}

/**
 * Language of the menu: before the add-on is authorised (AuthMode.NONE) neither the spreadsheet
 * nor its properties may be read, so the user's locale stands in for the spreadsheet's.
 */
function menuMessages(e: OpenEvent | undefined): Messages {
  if (e?.authMode === ScriptApp.AuthMode.NONE)
    return MESSAGES[languageOfLocale(Session.getActiveUserLocale())];
  const locale = SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale();
  return MESSAGES[effectiveLanguage(loadSettings(), locale)];
}

/**
 * The add-on's items, in the spreadsheet's language. A published editor add-on lists them in its
 * own menu under Extensions, named after its Marketplace listing (Ui.createAddonMenu); a menu of
 * its own in the menu bar is for container-bound scripts only.
 * https://developers.google.com/workspace/add-ons/concepts/menus
 */
export function buildMenu(e: OpenEvent | undefined): void {
  const m = menuMessages(e);
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(m.openSidebar, 'showSidebar')
    .addSeparator()
    .addItem(m.setup, 'setupCustomerTable')
    .addItem(m.clean, 'cleanCustomerTable')
    .addItem(m.classify, 'classifyCustomers')
    .addItem(m.followUps, 'buildFollowUps')
    .addItem(m.report, 'generateReport')
    .addToUi();
}

export function currentMessages(): Messages {
  return MESSAGES[
    effectiveLanguage(loadSettings(), SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale())
  ];
}

/**
 * Runs a job from the menu: the storage notice first, once (declined: a toast, nothing changed);
 * then a toast when it worked, an alert when it could not, in the user's language with what to
 * do (bad layout, lock held, protected cells, a Google failure…).
 */
export function runFromMenu(job: () => JobResult): JobResult {
  try {
    if (!confirmCrossBorderFromMenu()) {
      const declined = crossBorderDeclined();
      SpreadsheetApp.getActiveSpreadsheet().toast(declined.message, currentMessages().alertTitle, 8);
      return declined;
    }
    const result = job();
    // A toast is all a menu run shows: the analysis's notes go in it, and it stays up to read them.
    const notes = result.notes ?? [];
    const toast = [result.message, ...notes].join('\n');
    SpreadsheetApp.getActiveSpreadsheet().toast(
      toast,
      currentMessages().alertTitle,
      notes.length > 0 ? 20 : 8,
    );
    return result;
  } catch (error) {
    const m = currentMessages();
    const message = describeFailure(error, m);
    const ui = SpreadsheetApp.getUi();
    ui.alert(m.alertTitle, message, ui.ButtonSet.OK);
    return { ok: false, message };
  }
}

/** Setup from the menu: a recognised table's mapping is confirmed by the user, then remembered. */
export function confirmMapping(result: JobResult): void {
  if (!result.ok || !result.sheetName || result.message.indexOf('\n') < 0) return;
  const m = currentMessages();
  const ui = SpreadsheetApp.getUi();
  const answer = ui.alert(m.alertTitle, `${result.message}\n\n${m.confirmMapping}`, ui.ButtonSet.YES_NO);
  if (answer === ui.Button.YES || answer === ui.Button.OK) {
    saveDocumentSettings({ ...loadSettings(), customerSheet: result.sheetName }, m);
  }
}
