import { describe, expect, it } from 'vitest';
import { sheetsRootUrlFromEnv } from './sheetsRootUrl.ts';

describe('sheetsRootUrlFromEnv', () => {
  it.each<[string, string | undefined, string | undefined]>([
    ['the REST double of a test', 'http://127.0.0.1:40123/', 'http://127.0.0.1:40123/'],
    ['localhost', 'http://localhost:8080/', 'http://localhost:8080/'],
    ['the IPv6 loopback', 'http://[::1]:9000/', 'http://[::1]:9000/'],
    ['another host', 'https://sheets.example.com/', undefined],
    ['a host that starts like the loopback', 'http://127.0.0.1.example.com/', undefined],
    ['loopback as a user name of another host', 'http://127.0.0.1@example.com/', undefined],
    ['not an address', '127.0.0.1:40123', undefined],
    ['a file', 'file:///tmp/sheets', undefined],
    ['unset', undefined, undefined],
  ])('%s: %s → %s', (_name, value, expected) => {
    expect(sheetsRootUrlFromEnv({ CRM_SHEETS_ROOT_URL: value })).toBe(expected);
  });
});
