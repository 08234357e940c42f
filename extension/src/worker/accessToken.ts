import { isLoopbackUrl, type Settings } from '../model/settings.ts';
import { uiTexts } from '../texts/uiTexts.ts';
import { readDevAccessToken } from './storage.ts';

/** Narrowest scope that can append to a sheet the user names by URL (drive.file would only see files the app created or opened through the Picker). */
export const SHEETS_SCOPE = 'https://www.googleapis.com/auth/spreadsheets';

interface CachedToken {
  token: string;
  expiresAt: number;
}

const SESSION_KEY = 'accessToken';

/**
 * An OAuth access token for the Sheets API: from chrome.storage.session while valid, else from
 * chrome.identity.launchWebAuthFlow (implicit flow; getAuthToken needs a signed-in Chrome profile).
 * With a loopback base URL (tests against the local REST double) the stored dev token is used.
 */
export async function getAccessToken(settings: Settings, interactive: boolean): Promise<string> {
  if (isLoopbackUrl(settings.apiBaseUrl)) {
    const dev = await readDevAccessToken();
    if (dev) return dev;
  }
  const cached = (await chrome.storage.session.get(SESSION_KEY))[SESSION_KEY] as CachedToken | undefined;
  if (cached && cached.expiresAt > Date.now() + 60_000) return cached.token;
  const { errors } = uiTexts();
  if (settings.oauthClientId === '') throw new Error(errors.noClientId);
  const redirect = chrome.identity.getRedirectURL();
  const url = new URL('https://accounts.google.com/o/oauth2/v2/auth');
  url.searchParams.set('client_id', settings.oauthClientId);
  url.searchParams.set('response_type', 'token');
  url.searchParams.set('redirect_uri', redirect);
  url.searchParams.set('scope', SHEETS_SCOPE);
  url.searchParams.set('include_granted_scopes', 'true');
  const result = await chrome.identity.launchWebAuthFlow({ url: url.toString(), interactive });
  if (!result) throw new Error(errors.signInCancelled);
  const fragment = new URLSearchParams(new URL(result).hash.slice(1));
  const token = fragment.get('access_token');
  if (!token) throw new Error(errors.signInFailed(fragment.get('error') ?? errors.noAccessToken));
  const expiresIn = Number(fragment.get('expires_in') ?? '3600');
  await chrome.storage.session.set({ [SESSION_KEY]: { token, expiresAt: Date.now() + expiresIn * 1000 } });
  return token;
}
