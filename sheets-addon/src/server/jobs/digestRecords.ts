import { type AddonSettings, AddonSettingsSchema } from '../settings.ts';

/** User properties: one record per digest trigger, readable where no document is. */
const RECORD_PREFIX = 'crm.digest.';

/**
 * What a digest trigger needs to run outside its document: which spreadsheet to open and its
 * settings. An add-on's time-driven trigger has no active document and so no document
 * properties; user properties are the store it can read.
 * https://developers.google.com/apps-script/guides/properties
 */
export interface DigestRecord {
  spreadsheetId: string;
  settings: AddonSettings;
}

export function saveDigestRecord(triggerId: string, record: DigestRecord): void {
  PropertiesService.getUserProperties().setProperty(RECORD_PREFIX + triggerId, JSON.stringify(record));
}

export function loadDigestRecord(triggerId: string): DigestRecord | null {
  const text = PropertiesService.getUserProperties().getProperty(RECORD_PREFIX + triggerId);
  if (!text) return null;
  try {
    const raw = JSON.parse(text) as { spreadsheetId?: unknown; settings?: unknown };
    const settings = AddonSettingsSchema.safeParse(raw.settings);
    if (typeof raw.spreadsheetId !== 'string' || !settings.success) return null;
    return { spreadsheetId: raw.spreadsheetId, settings: settings.data };
  } catch {
    return null;
  }
}

export function deleteDigestRecord(triggerId: string): void {
  PropertiesService.getUserProperties().deleteProperty(RECORD_PREFIX + triggerId);
}
