import { describe, expect, it } from 'vitest';
import { isLoopbackUrl, SettingsSchema, spreadsheetIdOf } from './settings.ts';

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
});
