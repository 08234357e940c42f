/**
 * Credentials for the Google Sheets path, from the environment:
 * - CRM_GOOGLE_ACCESS_TOKEN: an OAuth access token you already have (short-lived);
 * - GOOGLE_APPLICATION_CREDENTIALS: a service-account key file (share the sheet with the
 *   service account's email);
 * - CRM_OAUTH_CLIENT_FILE: an OAuth "Desktop app" client file; the first run opens the consent
 *   page and keeps the token in ~/.config/crm-toolkit/google-token.json (mode 600).
 * Only the Sheets scope is requested.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import type { OAuth2Client } from 'google-auth-library';
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

interface InstalledClient {
  installed?: { client_id: string; client_secret: string };
}

async function desktopFlow(
  Client: typeof OAuth2Client,
  clientFile: string,
  tokenFile = join(homedir(), '.config', 'crm-toolkit', 'google-token.json'),
) {
  const { installed } = JSON.parse(readFileSync(clientFile, 'utf8')) as InstalledClient;
  if (!installed) throw new AuthSetupError(t().google.auth.notDesktopClient(clientFile));
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const redirectUri = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const client = new Client({
    clientId: installed.client_id,
    clientSecret: installed.client_secret,
    redirectUri,
  });
  if (existsSync(tokenFile)) {
    server.close();
    client.setCredentials(JSON.parse(readFileSync(tokenFile, 'utf8')));
    return client;
  }
  const { codeVerifier, codeChallenge } = await client.generateCodeVerifierAsync();
  const url = client.generateAuthUrl({
    access_type: 'offline',
    scope: [SHEETS_SCOPE],
    code_challenge: codeChallenge,
    code_challenge_method: 'S256' as never,
  });
  process.stderr.write(`${t().google.auth.openPage}\n  ${url}\n`);
  const code = await new Promise<string>((resolve, reject) => {
    server.on('request', (req, res) => {
      const params = new URL(req.url ?? '/', redirectUri).searchParams;
      res.end(params.get('code') ? t().google.auth.signedIn : t().google.auth.signInFailedPage);
      server.close();
      const received = params.get('code');
      if (received) resolve(received);
      else reject(new AuthSetupError(t().google.auth.signInFailed(params.get('error') ?? 'no code')));
    });
  });
  const { tokens } = await client.getToken({ code, codeVerifier });
  client.setCredentials(tokens);
  mkdirSync(dirname(tokenFile), { recursive: true });
  writeFileSync(tokenFile, JSON.stringify(tokens));
  chmodSync(tokenFile, 0o600);
  return client;
}
