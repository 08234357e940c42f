import { describe, expect, it } from 'vitest';
import {
  isLoopbackUrl,
  oauthClientIdOf,
  SettingsSchema,
  sheetsApiBaseOf,
  spreadsheetIdOf,
} from './settings.ts';

describe('settings', () => {
  it.each([
    ['https://docs.google.com/spreadsheets/d/1AbC-dEf_ghIJKLmnop/edit#gid=0', '1AbC-dEf_ghIJKLmnop'],
    ['1AbC-dEf_ghIJKLmnop', '1AbC-dEf_ghIJKLmnop'],
    ['https://example.com/sheet', null],
    ['', null],
  ])('reads the spreadsheet id from %j', (input, id) => {
    expect(spreadsheetIdOf(input)).toBe(id);
  });

  it.each([
    ['http://127.0.0.1:5555', true],
    ['http://localhost:8080', true],
    ['https://sheets.googleapis.com', false],
    ['https://127.0.0.1.evil.example', false],
    ['nonsense', false],
  ])('accepts the dev token for %s: %s', (url, loopback) => {
    expect(isLoopbackUrl(url)).toBe(loopback);
  });

  it('defaults to the Google Sheets API and region CN', () => {
    expect(SettingsSchema.parse({})).toMatchObject({
      apiBaseUrl: 'https://sheets.googleapis.com',
      region: 'CN',
      sheetName: 'Customers',
    });
  });

  it('calls Google in a production build, whatever address is stored', () => {
    const stored = SettingsSchema.parse({ apiBaseUrl: 'http://127.0.0.1:5555' });
    expect(sheetsApiBaseOf(stored, false)).toBe('https://sheets.googleapis.com');
    expect(sheetsApiBaseOf(stored, true)).toBe('http://127.0.0.1:5555');
    const elsewhere = SettingsSchema.parse({ apiBaseUrl: 'https://sheets.example.com' });
    expect(sheetsApiBaseOf(elsewhere, true)).toBe('https://sheets.googleapis.com');
  });

  it('signs in with the organisation’s built-in client ID, else the one the user entered', () => {
    const settings = SettingsSchema.parse({ oauthClientId: 'mine.apps.googleusercontent.com' });
    expect(oauthClientIdOf(settings, 'org.apps.googleusercontent.com')).toBe(
      'org.apps.googleusercontent.com',
    );
    expect(oauthClientIdOf(settings, '')).toBe('mine.apps.googleusercontent.com');
  });
});
