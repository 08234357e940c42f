import { type Settings, SettingsSchema, spreadsheetIdOf } from './settings.ts';

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
