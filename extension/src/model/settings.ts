import { z } from 'zod';
import { BUILT_IN_OAUTH_CLIENT_ID, TEST_HOOKS } from './buildConfig.ts';

export const DEFAULT_SHEETS_API = 'https://sheets.googleapis.com';

/** Options page settings, kept in chrome.storage.local under `settings`. */
export const SettingsSchema = z.object({
  /** Spreadsheet URL or bare ID. */
  spreadsheet: z.string().trim().max(500).default(''),
  sheetName: z.string().trim().min(1).max(100).default('Customers'),
  /** The user's own OAuth client ID: only used when the build has none (BUILT_IN_OAUTH_CLIENT_ID). */
  oauthClientId: z.string().trim().max(200).default(''),
  /** Test builds only: the Sheets API address of a local double. Production always uses Google's. */
  apiBaseUrl: z.url({ protocol: /^https?$/ }).default(DEFAULT_SHEETS_API),
  /** Default phone region for numbers written without a country code. */
  region: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .default('CN'),
  defaultOwner: z.string().trim().max(200).default(''),
});
export type Settings = z.infer<typeof SettingsSchema>;

/** Stored settings, or the defaults where nothing valid is stored yet. */
export function settingsFrom(stored: unknown): Settings {
  const parsed = SettingsSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : SettingsSchema.parse({});
}

/** The spreadsheet ID from a Google Sheets URL or a bare ID; null when it is neither. */
export function spreadsheetIdOf(input: string): string | null {
  const text = input.trim();
  const fromUrl = /\/spreadsheets\/d\/([a-zA-Z0-9_-]{10,})/.exec(text)?.[1];
  if (fromUrl) return fromUrl;
  return /^[a-zA-Z0-9_-]{10,}$/.test(text) ? text : null;
}

/**
 * The Sheets API address the worker calls: Google's, except in a test build pointed at a
 * loopback double.
 */
export function sheetsApiBaseOf(settings: Settings, testHooks = TEST_HOOKS): string {
  return testHooks && isLoopbackUrl(settings.apiBaseUrl) ? settings.apiBaseUrl : DEFAULT_SHEETS_API;
}

/** The OAuth client ID sign-in uses: the organisation's, built in; else the one the user entered. */
export function oauthClientIdOf(settings: Settings, builtIn = BUILT_IN_OAUTH_CLIENT_ID): string {
  return builtIn !== '' ? builtIn : settings.oauthClientId;
}

/** True for http(s)://127.0.0.1, localhost or [::1]: only then is a test token accepted. */
export function isLoopbackUrl(url: string): boolean {
  try {
    const host = new URL(url).hostname;
    return host === '127.0.0.1' || host === 'localhost' || host === '[::1]';
  } catch {
    return false;
  }
}
