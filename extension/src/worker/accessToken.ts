import browser from 'webextension-polyfill';
import { isLoopbackUrl, oauthClientIdOf, type Settings } from '../model/settings.ts';
import { SESSION_KEYS, STORAGE_KEYS } from '../model/storageKeys.ts';
import { SyncSetupError } from '../sheets/runSync.ts';

/** Narrowest scope that can append to a sheet the user names by URL (drive.file would only see files the app created or opened through the Picker). */
export const SHEETS_SCOPE = 'https://www.googleapis.com/auth/spreadsheets';

/** Google's token revocation endpoint (https://developers.google.com/identity/protocols/oauth2/javascript-implicit-flow#tokenrevoke). */
const REVOKE_URL = 'https://oauth2.googleapis.com/revoke';

interface CachedToken {
  token: string;
  expiresAt: number;
}

async function cachedToken(): Promise<CachedToken | undefined> {
  const got = (await browser.storage.session.get(SESSION_KEYS.accessToken))[SESSION_KEYS.accessToken];
  return got === undefined ? undefined : (got as CachedToken);
}

/** Test builds only: the token the end-to-end test injected, for a loopback double. */
async function testToken(settings: Settings): Promise<string | undefined> {
  // Spelled out here (not TEST_HOOKS) so the bundler folds it to a constant in this very
  // function and a production build carries no test-token code at all.
  if (process.env.PLASMO_PUBLIC_CRM_TEST_HOOKS !== 'true') return undefined;
  if (!isLoopbackUrl(settings.apiBaseUrl)) return undefined;
  // The key is named only here, inside the folded branch.
  const got = (await browser.storage.session.get('testAccessToken')).testAccessToken;
  return typeof got === 'string' ? got : undefined;
}

/**
 * An OAuth access token for the Sheets API: from storage.session while valid, else from
 * identity.launchWebAuthFlow (the implicit flow, in Chrome and Firefox alike; Chrome's
 * getAuthToken needs a signed-in Chrome profile and does not exist in Firefox).
 */
export async function getAccessToken(settings: Settings, interactive: boolean): Promise<string> {
  const test = await testToken(settings);
  if (test) return test;
  const cached = await cachedToken();
  if (cached && cached.expiresAt > Date.now() + 60_000) return cached.token;
  const clientId = oauthClientIdOf(settings);
  if (clientId === '') throw new SyncSetupError('noClientId');
  if (!interactive && (await browser.storage.local.get(STORAGE_KEYS.signedOut))[STORAGE_KEYS.signedOut])
    throw new SyncSetupError('signInExpired');
  const url = new URL('https://accounts.google.com/o/oauth2/v2/auth');
  url.searchParams.set('client_id', clientId);
  url.searchParams.set('response_type', 'token');
  url.searchParams.set('redirect_uri', browser.identity.getRedirectURL());
  url.searchParams.set('scope', SHEETS_SCOPE);
  url.searchParams.set('include_granted_scopes', 'true');
  let result: string | undefined;
  try {
    result = await browser.identity.launchWebAuthFlow({ url: url.toString(), interactive });
  } catch {
    throw new SyncSetupError(interactive ? 'signInCancelled' : 'signInExpired');
  }
  if (!result) throw new SyncSetupError('signInCancelled');
  const fragment = new URLSearchParams(new URL(result).hash.slice(1));
  const token = fragment.get('access_token');
  if (!token) throw new SyncSetupError('signInFailed');
  const expiresIn = Number(fragment.get('expires_in') ?? '3600');
  await browser.storage.session.set({
    [SESSION_KEYS.accessToken]: { token, expiresAt: Date.now() + expiresIn * 1000 },
  });
  await browser.storage.local.remove(STORAGE_KEYS.signedOut);
  return token;
}

/**
 * Signs out: the token is revoked at Google (best effort: offline, it still expires within the
 * hour) and forgotten here, with the identity API's own cache.
 */
export async function signOut(): Promise<void> {
  const cached = await cachedToken();
  await browser.storage.session.remove(SESSION_KEYS.accessToken);
  await browser.storage.local.set({ [STORAGE_KEYS.signedOut]: true });
  if (cached) {
    // A form POST is a CORS "simple request": no-cors sends it without a host permission.
    await fetch(REVOKE_URL, {
      method: 'POST',
      mode: 'no-cors',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: cached.token }).toString(),
    }).catch(() => undefined);
  }
  // Chrome only (Firefox has no token cache of its own to clear).
  await globalThis.chrome?.identity?.clearAllCachedAuthTokens?.().catch(() => undefined);
}
