import { describe, expect, it } from 'vitest';
import { SettingsSchema } from './settings.ts';
import { checkSettingsDraft, type SettingsDraft } from './settingsDraft.ts';

const defaults: SettingsDraft = { ...SettingsSchema.parse({}) };

describe('settings draft', () => {
  it('accepts the defaults and a spreadsheet URL, trimming what was typed', () => {
    const check = checkSettingsDraft({
      ...defaults,
      spreadsheet: ' https://docs.google.com/spreadsheets/d/1AbC-dEf_ghIJKLmnop/edit ',
      defaultOwner: ' 李雷 ',
    });
    expect(check).toMatchObject({ ok: true, settings: { defaultOwner: '李雷', region: 'CN' } });
  });

  it.each([
    [{ spreadsheet: 'https://example.com/sheet' }, ['spreadsheet']],
    [{ region: 'cn' }, ['region']],
    [{ sheetName: '   ' }, ['sheetName']],
    [{ apiBaseUrl: 'ftp://127.0.0.1' }, ['apiBaseUrl']],
    [{ region: 'China', spreadsheet: 'nope' }, ['region', 'spreadsheet']],
  ])('marks %j as %j', (change, fields) => {
    const check = checkSettingsDraft({ ...defaults, ...change });
    expect(check.ok ? [] : [...check.invalid].sort()).toEqual(fields);
  });
});
