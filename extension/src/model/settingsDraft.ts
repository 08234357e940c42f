import { DEFAULT_SHEETS_API, type Settings, SettingsSchema, spreadsheetIdOf } from './settings.ts';

/** The options form's state: every setting as its input holds it. */
export type SettingsDraft = Record<keyof Settings, string>;

export type SettingsCheck = { ok: true; settings: Settings } | { ok: false; invalid: (keyof Settings)[] };

/**
 * Checks the options form: the settings to store, or the fields to mark. A spreadsheet must be
 * a Sheets URL or ID (or empty: sync stays off), the other fields follow SettingsSchema.
 */
export function checkSettingsDraft(draft: SettingsDraft): SettingsCheck {
  const parsed = SettingsSchema.safeParse(draft);
  const invalid = new Set<keyof Settings>();
  if (!parsed.success) {
    for (const issue of parsed.error.issues) invalid.add(issue.path[0] as keyof Settings);
  }
  if (draft.spreadsheet.trim() !== '' && spreadsheetIdOf(draft.spreadsheet) === null)
    invalid.add('spreadsheet');
  if (!parsed.success || invalid.size > 0) return { ok: false, invalid: [...invalid] };
  return { ok: true, settings: parsed.data };
}

/**
 * The host permission a non-default Sheets API base URL needs (`http://127.0.0.1:5555/*` for a
 * local double), requested on the Save click; null for Google's own address, which the manifest
 * already grants.
 */
export function hostPermissionFor(settings: Settings): string | null {
  return settings.apiBaseUrl === DEFAULT_SHEETS_API ? null : `${new URL(settings.apiBaseUrl).origin}/*`;
}
