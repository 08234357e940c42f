// Sheets keeps sheet names unique regardless of letter case, while getSheetByName matches only
// the exact name. A spreadsheet where someone imported customers.csv (a sheet "customers") or
// keeps their own "follow-ups" notes must not make the add-on stop half-way with Sheets' raw
// "already exists" error, nor leave its temporary sheet behind.
import { addDays, type CustomerField, FIELD_LABELS, type IsoDate } from '@crm/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { type AddonWorld, ensureAddonBuilt, runJob, snapshot, tablesWorld, todayIn } from './addonHarness.ts';
import type { CellValue } from './doubles/appsScript/typedInput.ts';

beforeAll(() => ensureAddonBuilt(), 120_000);

const FIELDS: CustomerField[] = [
  'id',
  'name',
  'email',
  'mobile',
  'firstPurchase',
  'lastPurchase',
  'lastContact',
];

/** An English customer table, as a small shop keeps it, with ISO dates typed in. */
function customerRows(today: IsoDate): CellValue[][] {
  const ago = (n: number) => addDays(today, -n);
  return [
    FIELDS.map((f) => FIELD_LABELS[f].en),
    ['C0001', 'Alice Chen', 'alice@northwind.com', '+14155550123', ago(700), ago(20), ago(15)],
    ['C0002', 'Bob Smith', 'bob@contoso.com', '+442071234567', ago(400), ago(200), ago(190)],
    ['C0003', 'Carol Diaz', 'carol@fabrikam.com', '', ago(90), ago(90), ''],
    ['C0004', 'Dan Wu', 'dan.wu@adatum.com', '+8613912345678', ago(365), ago(120), ago(100)],
  ];
}

function world(sheets: (today: IsoDate) => Record<string, CellValue[][]>): AddonWorld {
  const today = todayIn('Asia/Shanghai');
  return tablesWorld(sheets(today), { locale: 'en_US', timeZone: 'Asia/Shanghai' });
}

describe('sheet names that differ only in case', () => {
  it('set-up names its template "Customers 2" beside an imported sheet "customers"', () => {
    const w = world(() => ({
      Sheet1: [],
      customers: [
        ['cust_no', 'full_name', 'mail'],
        ['10001', 'Alice Chen', 'alice@northwind.com'],
      ],
    }));
    w.env.book.active = w.env.book.sheet('Sheet1');
    const imported = JSON.stringify(w.env.book.sheet('customers').values);
    const result = runJob(w, 'setup');
    expect(result).toMatchObject({ ok: true, sheetName: 'Customers 2' });
    expect(w.env.book.sheets.map((s) => s.name)).toEqual(['Customers 2', 'Sheet1', 'customers']);
    expect(JSON.stringify(w.env.book.sheet('customers').values)).toBe(imported);
  });

  it('follow-ups refuses, in the user’s language and before writing anything, beside a user’s own "follow-ups" sheet', () => {
    const w = world((today) => ({
      Customers: customerRows(today),
      'follow-ups': [
        ['Who', 'What'],
        ['Alice Chen', 'call back about the Q3 order'],
      ],
    }));
    const before = snapshot(w);
    const result = runJob(w, 'follow-ups');
    expect(result.ok).toBe(false);
    expect(result.message).toBe(
      'There is already a sheet named "follow-ups". Google Sheets treats sheet names that differ only in letter case as the same name, so "Follow-ups" cannot be made. Rename or delete "follow-ups" and try again. Nothing was changed.',
    );
    expect(snapshot(w)).toBe(before);
    // Renamed, their notes stay; the add-on's own sheet is then made, and replaced on the next run.
    w.env.book.sheet('follow-ups').name = 'follow-ups (my notes)';
    expect(runJob(w, 'follow-ups')).toMatchObject({ ok: true, sheetName: 'Follow-ups' });
    expect(runJob(w, 'follow-ups')).toMatchObject({ ok: true, sheetName: 'Follow-ups' });
    expect(w.env.book.sheets.map((s) => s.name)).toEqual([
      'Customers',
      'follow-ups (my notes)',
      'Follow-ups',
    ]);
  });
});
