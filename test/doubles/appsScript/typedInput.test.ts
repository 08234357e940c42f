// Range.setValues reads strings as if typed into the cell; a plain-text cell or a leading
// apostrophe keeps them. The table is what the add-on must not let happen to user text.
import { describe, expect, it } from 'vitest';
import { createAppsScriptEnvironment } from './environment.ts';

function written(input: unknown, format?: string) {
  const env = createAppsScriptEnvironment();
  const sheet = env.SpreadsheetApp.getActiveSpreadsheet()?.getActiveSheet();
  const cell = sheet?.getRange('A1');
  if (format) cell?.setNumberFormat(format);
  sheet?.getRange('A1').setValues([[input]]);
  const model = env.book.sheets[0];
  return { value: sheet?.getRange('A1').getValue(), formula: model?.formula(1, 1) ?? '' };
}

describe('setValues reads strings as typed', () => {
  it.each([
    ['=SUM(1,2)', { formula: '=SUM(1,2)', value: '#ERROR!' }],
    ['=1+2', { formula: '=1+2', value: 3 }],
    // HYPERLINK shows its label, else its URL.
    [
      '=HYPERLINK("mailto:zhang.wei@example.com","发邮件")',
      { formula: '=HYPERLINK("mailto:zhang.wei@example.com","发邮件")', value: '发邮件' },
    ],
    [
      '=HYPERLINK("https://shop.example.com")',
      { formula: '=HYPERLINK("https://shop.example.com")', value: 'https://shop.example.com' },
    ],
    ['+1+1', { formula: '=+1+1', value: 2 }],
    ['+86 139 1234 5678', { formula: '=+86 139 1234 5678', value: '#ERROR!' }],
    ['-5+2', { formula: '=-5+2', value: -3 }],
    ['00423', { formula: '', value: 423 }],
    ['+8613912345678', { formula: '', value: 8613912345678 }],
    ['1,234.5', { formula: '', value: 1234.5 }],
    ['12%', { formula: '', value: 0.12 }],
    ['TRUE', { formula: '', value: true }],
    ['C0001', { formula: '', value: 'C0001' }],
    ['-', { formula: '', value: '-' }],
    ['刘洋', { formula: '', value: '刘洋' }],
  ])('%s', (input, expected) => {
    expect(written(input)).toEqual(expected);
  });

  it('turns ISO and slashed dates into date cells', () => {
    for (const input of ['2026-11-20', '2026/11/20']) {
      const { value } = written(input);
      expect(Object.prototype.toString.call(value)).toBe('[object Date]');
      expect((value as Date).toISOString()).toBe('2026-11-19T16:00:00.000Z');
    }
  });

  it.each(['=A1', '+1+1', '00423', '+8613912345678', '2026-11-20'])(
    'keeps %s as text in a plain-text (@) cell and after an apostrophe',
    (input) => {
      expect(written(input, '@')).toEqual({ value: input, formula: '' });
      expect(written(`'${input}`)).toEqual({ value: input, formula: '' });
    },
  );

  it('keeps numbers, booleans and Dates typed', () => {
    expect(written(42)).toEqual({ value: 42, formula: '' });
    expect(written(false)).toEqual({ value: false, formula: '' });
    const date = new Date(Date.UTC(2026, 0, 5, 3));
    expect((written(date).value as Date).getTime()).toBe(date.getTime());
  });
});
