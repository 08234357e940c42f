/**
 * The add-on's one public server surface. build.mjs turns every
 * export into a top-level function of dist/Code.js, which is all Apps Script can call: menu items,
 * triggers and the sidebar's google.script.run. The sidebar's calls are typed from this module.
 */
import {
  acknowledgeCrossBorder,
  type CrossBorderNotice,
  crossBorderAcknowledgement,
  crossBorderDeclined,
  crossBorderNotice,
} from './crossBorderNotice.ts';
import { describeFailure } from './failures.ts';
import { type DigestEvent, isDailyDigestOn, runDigestTrigger } from './jobs/dailyDigestJob.ts';
import type { JobResult } from './jobs/jobResult.ts';
import {
  erasePersonData,
  exportPersonData,
  findPersonData,
  type PersonRequestResult,
  previewPersonErasure,
} from './jobs/personRequestJob.ts';
import {
  type ConsentFillInput,
  deleteExpiredSheets,
  fillConsentColumns,
  listExpiredSheets,
  type PrivacyTableResult,
} from './jobs/privacyTableJob.ts';
import { JOBS, type JobName } from './jobs/registry.ts';
import { buildMenu, confirmMapping, currentMessages, type OpenEvent, runFromMenu } from './menu.ts';
import { MESSAGES } from './messages.ts';
import { saveDocumentSettings } from './saveDocumentSettings.ts';
import { type AddonSettings, effectiveConfig, effectiveLanguage, loadSettings } from './settings.ts';
import { type AddonStatus, analyzeStatus } from './status.ts';

export type {
  AddonSettings,
  AddonStatus,
  ConsentFillInput,
  CrossBorderNotice,
  JobName,
  JobResult,
  PersonRequestResult,
  PrivacyTableResult,
};
// The personal data request panel: find, copy and erase one person (个人信息保护法 art. 44–47).
// Retention and consent beside it: fill the consent columns in bulk, list and delete the backups
// and reports kept past the retention period.
export {
  deleteExpiredSheets,
  erasePersonData,
  exportPersonData,
  fillConsentColumns,
  findPersonData,
  listExpiredSheets,
  previewPersonErasure,
};

export function onOpen(e?: OpenEvent): void {
  buildMenu(e);
}

export function onInstall(e?: OpenEvent): void {
  buildMenu(e);
}

export function showSidebar(): void {
  const language = effectiveLanguage(
    loadSettings(),
    SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale(),
  );
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(MESSAGES[language].menuTitle);
  SpreadsheetApp.getUi().showSidebar(html);
}

export function setupCustomerTable(): JobResult {
  const result = runFromMenu(JOBS.setup);
  confirmMapping(result);
  return result;
}

export function cleanCustomerTable(): JobResult {
  return runFromMenu(JOBS.clean);
}

export function classifyCustomers(): JobResult {
  return runFromMenu(JOBS.classify);
}

export function buildFollowUps(): JobResult {
  return runFromMenu(JOBS['follow-ups']);
}

export function generateReport(): JobResult {
  return runFromMenu(JOBS.report);
}

/**
 * Runs a job for the sidebar. Any failure comes back as `{ ok: false, message }` in the user's
 * language, saying what to do (Google's own words kept for an administrator). Until the user
 * confirmed the storage notice (the sidebar shows it first) no job runs.
 */
export function runJob(name: JobName): JobResult {
  const job = JOBS[name];
  if (!job) return { ok: false, message: currentMessages().unknownJob(String(name)) };
  if (crossBorderAcknowledgement() === null) return crossBorderDeclined();
  try {
    return job();
  } catch (error) {
    return { ok: false, message: describeFailure(error, currentMessages()) };
  }
}

/** Settings for the sidebar form, with the defaults the core fills in. */
export function getSettings() {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const settings = loadSettings();
  const language = effectiveLanguage(settings, spreadsheet.getSpreadsheetLocale());
  return {
    settings,
    language,
    config: effectiveConfig(settings, language),
    sheets: spreadsheet.getSheets().map((s) => s.getName()),
  };
}

/** Validates (core ConfigSchema) and stores the settings; a bad value is refused, not saved. */
export function saveSettings(
  settings: AddonSettings,
): JobResult & { settings?: ReturnType<typeof getSettings> } {
  try {
    saveDocumentSettings(settings, currentMessages());
  } catch (error) {
    return { ok: false, message: describeFailure(error, currentMessages()) };
  }
  const current = getSettings();
  return { ok: true, message: MESSAGES[current.language].done.settings, settings: current };
}

/** Which customer table the jobs would use, and whether its layout is usable (header-only read). */
export function getStatus(): AddonStatus {
  return analyzeStatus(isDailyDigestOn(SpreadsheetApp.getActiveSpreadsheet()));
}

/** Alias kept for the sidebar's table panel. */
export function getTableInfo(): AddonStatus {
  return getStatus();
}

export function installDailyDigest(): JobResult {
  return runJob('digest-on');
}

export function removeDailyDigest(): JobResult {
  return runJob('digest-off');
}

/** The daily trigger's handler (with the time-driven event), and the sidebar's "send now". */
export function sendDailyDigest(event?: DigestEvent): JobResult {
  if (!event?.triggerUid) return runJob('digest-send');
  try {
    return runDigestTrigger(event);
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/** The storage notice (where the data is kept), and whether this user confirmed it. */
export function getStorageNotice(): CrossBorderNotice {
  return crossBorderNotice();
}

/** The user confirmed the storage notice in the sidebar: recorded with the date. */
export function acknowledgeStorageNotice(): JobResult & { acknowledged: string } {
  return acknowledgeCrossBorder();
}
