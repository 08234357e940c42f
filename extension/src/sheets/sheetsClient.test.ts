import { describe, expect, it } from 'vitest';
import { createSheetsClient, retryAfterMs, SheetsRequestError } from './sheetsClient.ts';

describe('Retry-After', () => {
  const now = Date.parse('2026-03-05T08:00:00Z');
  it.each([
    ['90', 90_000],
    ['0', undefined],
    ['', undefined],
    [null, undefined],
    ['Thu, 05 Mar 2026 08:01:30 GMT', 90_000],
    ['Thu, 05 Mar 2026 07:59:00 GMT', undefined],
    ['soon', undefined],
  ])('reads %j as %j ms', (header, ms) => {
    expect(retryAfterMs(header, now)).toBe(ms);
  });

  it('travels with a 429 from the API', async () => {
    const client = createSheetsClient({
      baseUrl: 'http://127.0.0.1:1',
      spreadsheetId: 'sheet-0123456789',
      accessToken: 't',
      fetch: async () =>
        new Response(JSON.stringify({ error: { code: 429, message: 'Quota exceeded' } }), {
          status: 429,
          headers: { 'retry-after': '90' },
        }),
    });
    const failure = await client.appendValues("'S'!A:B", [['a']]).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(SheetsRequestError);
    expect(failure).toMatchObject({ status: 429, retryAfterMs: 90_000 });
  });
});
