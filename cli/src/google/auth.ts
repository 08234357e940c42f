/**
 * Credentials for the Google Sheets path, from the environment:
 * - CRM_GOOGLE_ACCESS_TOKEN: an OAuth access token you already have (short-lived);
 * - GOOGLE_APPLICATION_CREDENTIALS: a service-account key file (share the sheet with the
 *   service account's email);
 * - CRM_OAUTH_CLIENT_FILE: an OAuth "Desktop app" client file; the first run opens the consent
 *   page and keeps the token in ~/.config/crm-toolkit/google-token.json, created readable by the
 *   user alone (mode 600, in a folder of mode 700) from its first byte.
 * Only the Sheets scope is requested.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { chmod, mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Credentials, OAuth2Client } from 'google-auth-library';
import { writeFileAtomic } from '../files/atomicWrite.ts';
import { t } from '../texts/currentTexts.ts';

/** Read and write the user's spreadsheets (no Drive access). */
export const SHEETS_SCOPE = 'https://www.googleapis.com/auth/spreadsheets';

export class AuthSetupError extends Error {}

export async function googleAuthFromEnv(env: NodeJS.ProcessEnv = process.env) {
  const { GoogleAuth, OAuth2Client } = await import('google-auth-library');
  if (env.CRM_GOOGLE_ACCESS_TOKEN) {
    const client = new OAuth2Client();
    client.setCredentials({ access_token: env.CRM_GOOGLE_ACCESS_TOKEN });
    return client;
  }
  if (env.GOOGLE_APPLICATION_CREDENTIALS) {
    if (!existsSync(env.GOOGLE_APPLICATION_CREDENTIALS)) {
      throw new AuthSetupError(t().google.auth.missingKeyFile(env.GOOGLE_APPLICATION_CREDENTIALS));
    }
    return new GoogleAuth({ scopes: [SHEETS_SCOPE] });
  }
  if (env.CRM_OAUTH_CLIENT_FILE)
    return desktopFlow(OAuth2Client, env.CRM_OAUTH_CLIENT_FILE, env.CRM_TOKEN_FILE);
  throw new AuthSetupError(t().google.auth.noCredentials);
}

/** The client file Google Cloud gives for a "Desktop app" (client_secret_….json). */
interface InstalledClient {
  installed?: { client_id: string; client_secret: string; auth_uri?: string; token_uri?: string };
}

const DEFAULT_TOKEN_FILE = join(homedir(), '.config', 'crm-toolkit', 'google-token.json');

/**
 * The OAuth 2.0 flow for installed apps with a loopback redirect (RFC 8252): the user signs in
 * in the browser, Google redirects to 127.0.0.1 with a code, exchanged with PKCE for a token.
 * A random `state` goes out with the request and must come back with the code (RFC 6749
 * §10.12): a redirect that does not carry it (another page or program calling the port) is
 * refused. The endpoints are the client file's auth_uri and token_uri when it names them.
 */
export async function desktopFlow(
  Client: typeof OAuth2Client,
  clientFile: string,
  tokenFile = DEFAULT_TOKEN_FILE,
  print: (text: string) => void = (text) => process.stderr.write(text),
) {
  const { installed } = JSON.parse(readFileSync(clientFile, 'utf8')) as InstalledClient;
  if (!installed) throw new AuthSetupError(t().google.auth.notDesktopClient(clientFile));
  // Loaded here, for the one command that signs in: node:http is not needed by any other.
  const { createServer } = await import('node:http');
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const redirectUri = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const client = new Client({
    clientId: installed.client_id,
    clientSecret: installed.client_secret,
    redirectUri,
    endpoints: {
      ...(installed.auth_uri ? { oauth2AuthBaseUrl: installed.auth_uri } : {}),
      ...(installed.token_uri ? { oauth2TokenUrl: installed.token_uri } : {}),
    },
  });
  if (existsSync(tokenFile)) {
    server.close();
    // A token saved by an earlier version may be readable by others: no longer.
    if ((statSync(tokenFile).mode & 0o077) !== 0) await chmod(tokenFile, 0o600);
    client.setCredentials(JSON.parse(readFileSync(tokenFile, 'utf8')));
    return client;
  }
  const { codeVerifier, codeChallenge } = await client.generateCodeVerifierAsync();
  const state = randomBytes(32).toString('base64url');
  const url = client.generateAuthUrl({
    access_type: 'offline',
    scope: [SHEETS_SCOPE],
    code_challenge: codeChallenge,
    code_challenge_method: 'S256' as never,
    state,
  });
  print(`${t().google.auth.openPage}\n  ${url}\n`);
  const code = await new Promise<string>((resolve, reject) => {
    server.on('request', (req, res) => {
      const params = new URL(req.url ?? '/', redirectUri).searchParams;
      // A browser also asks for /favicon.ico: only a redirect (code, error or state) answers.
      if (!params.has('code') && !params.has('error') && !params.has('state')) {
        res.writeHead(404).end();
        return;
      }
      server.close();
      const received = params.get('code');
      if (params.get('state') !== state) {
        res.end(t().google.auth.signInFailedPage);
        reject(new AuthSetupError(t().google.auth.stateMismatch));
      } else if (received) {
        res.end(t().google.auth.signedIn);
        resolve(received);
      } else {
        res.end(t().google.auth.signInFailedPage);
        reject(new AuthSetupError(t().google.auth.signInFailed(params.get('error') ?? 'no code')));
      }
    });
  });
  const { tokens } = await client.getToken({ code, codeVerifier });
  client.setCredentials(tokens);
  await saveToken(tokenFile, tokens);
  return client;
}

/**
 * Keeps the token readable by the user alone: the file is created with mode 600 (never a moment
 * wider, as a chmod after writing would leave), written atomically, in a folder of mode 700.
 */
async function saveToken(tokenFile: string, tokens: Credentials): Promise<void> {
  const folder = dirname(tokenFile);
  await mkdir(folder, { recursive: true, mode: 0o700 });
  // An earlier version made the default folder 755; a folder chosen by the user is theirs to set.
  if (tokenFile === DEFAULT_TOKEN_FILE) await chmod(folder, 0o700);
  await writeFileAtomic(tokenFile, JSON.stringify(tokens), { mode: 0o600 });
}
