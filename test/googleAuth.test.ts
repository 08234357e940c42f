// The loopback OAuth flow of `crm --spreadsheet` with a desktop client: the state parameter goes
// out and must come back, and the token is kept readable by the user alone. Google's token
// endpoint is a local double named by the client file's token_uri, as Google's client files do.

import { chmod, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OAuth2Client } from 'google-auth-library';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AuthSetupError, desktopFlow } from '../cli/src/google/auth.ts';
import { setCliLanguage } from '../cli/src/texts/currentTexts.ts';

let tokenEndpoint: Server;
let tokenRequests: URLSearchParams[];
let dir: string;
let clientFile: string;

beforeAll(async () => {
  tokenEndpoint = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => {
      body += chunk.toString();
    });
    req.on('end', () => {
      tokenRequests.push(new URLSearchParams(body));
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ access_token: 'ya29.test', refresh_token: '1//refresh', expires_in: 3599 }));
    });
  });
  await new Promise<void>((resolve) => tokenEndpoint.listen(0, '127.0.0.1', resolve));
});
afterAll(() => new Promise<void>((resolve) => tokenEndpoint.close(() => resolve())));

beforeEach(async () => {
  setCliLanguage('en');
  tokenRequests = [];
  dir = await mkdtemp(join(tmpdir(), 'crm-auth-'));
  clientFile = join(dir, 'client_secret.json');
  const port = (tokenEndpoint.address() as AddressInfo).port;
  await writeFile(
    clientFile,
    JSON.stringify({
      installed: {
        client_id: 'id.apps.googleusercontent.com',
        client_secret: 'secret',
        auth_uri: 'https://accounts.google.com/o/oauth2/auth',
        token_uri: `http://127.0.0.1:${port}/token`,
      },
    }),
  );
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Starts the flow and returns it with the consent URL it printed. */
async function startFlow(tokenFile: string) {
  let printed = '';
  let announce: () => void = () => undefined;
  const shown = new Promise<void>((resolve) => {
    announce = resolve;
  });
  const flow = desktopFlow(OAuth2Client, clientFile, tokenFile, (text) => {
    printed += text;
    announce();
  });
  await shown;
  const consent = new URL(/https:\/\/\S+/.exec(printed)?.[0] ?? '');
  return { flow, consent, redirect: consent.searchParams.get('redirect_uri') ?? '' };
}

describe('signing in with a desktop client', () => {
  it('sends a random state, accepts the redirect that returns it, and keeps the token mode 600 in a folder of mode 700', async () => {
    const tokenFile = join(dir, 'config', 'crm-toolkit', 'google-token.json');
    const { flow, consent, redirect } = await startFlow(tokenFile);
    const state = consent.searchParams.get('state') ?? '';
    expect(state.length).toBeGreaterThanOrEqual(32);
    expect(consent.searchParams.get('code_challenge_method')).toBe('S256');
    // The browser's request for an icon is not the redirect.
    expect((await fetch(`${redirect}/favicon.ico`)).status).toBe(404);
    const page = await fetch(`${redirect}/?code=4/abc&state=${encodeURIComponent(state)}`);
    expect(await page.text()).toContain('Signed in');
    await flow;
    expect(tokenRequests[0]?.get('code')).toBe('4/abc');
    expect(tokenRequests[0]?.get('code_verifier')).toBeTruthy();
    expect(JSON.parse(await readFile(tokenFile, 'utf8'))).toMatchObject({ refresh_token: '1//refresh' });
    expect((await stat(tokenFile)).mode & 0o777).toBe(0o600);
    expect((await stat(join(dir, 'config', 'crm-toolkit'))).mode & 0o777).toBe(0o700);
  });

  it.each([
    ['another state', (state: string) => `?code=4/abc&state=${state}x`],
    ['no state', () => '?code=4/abc'],
  ])('refuses a redirect with %s, saves nothing and never asks for a token', async (_, query) => {
    const tokenFile = join(dir, 'google-token.json');
    const { flow, consent, redirect } = await startFlow(tokenFile);
    const failure = flow.catch((error: unknown) => error);
    const page = await fetch(`${redirect}/${query(consent.searchParams.get('state') ?? '')}`);
    expect(await page.text()).toContain('Sign-in failed');
    const error = await failure;
    expect(error).toBeInstanceOf(AuthSetupError);
    expect((error as Error).message).toContain('its state parameter does not match');
    expect(tokenRequests).toEqual([]);
    await expect(stat(tokenFile)).rejects.toThrow();
  });
});

describe('a token saved before', () => {
  it('is used without signing in again, and made readable by the user alone', async () => {
    const tokenFile = join(dir, 'google-token.json');
    await writeFile(tokenFile, JSON.stringify({ access_token: 'ya29.saved', refresh_token: '1//saved' }));
    await chmod(tokenFile, 0o644);
    const client = await desktopFlow(OAuth2Client, clientFile, tokenFile, () => {
      throw new Error('asked to sign in again');
    });
    expect(client.credentials.refresh_token).toBe('1//saved');
    expect((await stat(tokenFile)).mode & 0o777).toBe(0o600);
  });
});
