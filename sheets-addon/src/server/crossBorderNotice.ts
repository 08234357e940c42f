import type { JobResult } from './jobs/jobResult.ts';
import { PERSON_MESSAGES, type PersonMessages } from './personMessages.ts';
import { effectiveLanguage, loadSettings } from './settings.ts';

/**
 * The property that records, with its date, that the user read the storage notice: in the user's
 * properties (the person told is the user; they are not asked again in other spreadsheets) and
 * in the document's (a record that this sheet's data was stored with the notice given).
 * 个人信息保护法 art. 38–39 govern providing personal information to a recipient outside
 * mainland China; Google's servers are outside it.
 */
export const CROSS_BORDER_PROPERTY = 'crm.crossBorderAcknowledged';

/** The notice as the sidebar shows it, and whether (and when) this user confirmed it. */
export interface CrossBorderNotice {
  title: string;
  text: string;
  /** ISO date of the confirmation, or null: the notice must be shown before the first job. */
  acknowledged: string | null;
}

function personMessages(): PersonMessages {
  const locale = SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale();
  return PERSON_MESSAGES[effectiveLanguage(loadSettings(), locale)];
}

/** When this user confirmed the notice, or null. Another user's confirmation does not count for them. */
export function crossBorderAcknowledgement(): string | null {
  return PropertiesService.getUserProperties().getProperty(CROSS_BORDER_PROPERTY);
}

/** The notice in the spreadsheet's language. */
export function crossBorderNotice(): CrossBorderNotice {
  const m = personMessages();
  return { title: m.crossBorderTitle, text: m.crossBorder, acknowledged: crossBorderAcknowledgement() };
}

/** Records the confirmation, today (the script's calendar day is enough for a record). */
export function acknowledgeCrossBorder(): JobResult & { acknowledged: string } {
  const when = Utilities.formatDate(
    new Date(),
    SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone(),
    'yyyy-MM-dd',
  );
  PropertiesService.getUserProperties().setProperty(CROSS_BORDER_PROPERTY, when);
  PropertiesService.getDocumentProperties().setProperty(CROSS_BORDER_PROPERTY, when);
  return { ok: true, message: personMessages().crossBorderAcknowledged(when), acknowledged: when };
}

/** The refusal a job gives when the notice was not confirmed: nothing was read or written. */
export function crossBorderDeclined(): JobResult {
  return { ok: false, message: personMessages().crossBorderDeclined };
}

/**
 * For a job run from the menu: the first time, the notice in an alert (YES continues and is
 * remembered; NO or closing it stops the job with nothing changed). Returns whether the job may run.
 */
export function confirmCrossBorderFromMenu(): boolean {
  if (crossBorderAcknowledgement() !== null) return true;
  const notice = crossBorderNotice();
  const ui = SpreadsheetApp.getUi();
  const answer = ui.alert(notice.title, notice.text, ui.ButtonSet.YES_NO);
  if (answer !== ui.Button.YES) return false;
  acknowledgeCrossBorder();
  return true;
}
