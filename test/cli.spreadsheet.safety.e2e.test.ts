// The BUILT `crm` on a Google Sheet (the Sheets v4 REST double on 127.0.0.1) when the sheet
// changes under it or an answer is lost: a co-editor's sort stops classify before it writes a
// value on the wrong row, and a retried write leaves no orphan sheet.
import { generateSample } from '@crm/shared';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SheetsRestDouble } from './doubles/sheetsRestDouble.ts';
import type { ApiValue, StoredSpreadsheet } from './doubles/sheetsStore.ts';
import { runCrmAsync, systemLocale } from './support/crm.ts';

const double = new SheetsRestDouble();
const sample = generateSample({ customers: 60, seed: 5, today: '2026-11-24' });
const asApi = (rows: (string | number | boolean | Date | null)[][]): ApiValue[][] =>
  rows.map((r) => r.map((c) => (c === null || c instanceof Date ? '' : c)));
const customers = asApi([sample.customers.header, ...sample.customers.rows]);

function crm(lang: 'zh' | 'en', ...args: string[]) {
  return runCrmAsync(args, {
    env: {
      ...systemLocale(lang === 'zh' ? 'zh_CN.UTF-8' : 'en_US.UTF-8'),
      CRM_SHEETS_ROOT_URL: `${double.url}/`,
      CRM_GOOGLE_ACCESS_TOKEN: 'test-token',
    },
  });
}

/** A co-editor sorting the customer rows by name, the header left where it is. */
function sortByName(book: StoredSpreadsheet): void {
  const sheet = book.sheets.find((s) => s.title === '客户');
  if (!sheet) throw new Error('no sheet 客户');
  const name = customers[0]?.indexOf('姓名') ?? 1;
  const [header = [], ...rows] = sheet.cells;
  rows.sort((a, b) => String(a?.[name]?.value ?? '').localeCompare(String(b?.[name]?.value ?? '')));
  sheet.cells = [header, ...rows];
}

/** A co-editor inserting an empty column to the right of 姓名 (their 微信 column, say). */
function insertColumn(book: StoredSpreadsheet): void {
  const sheet = book.sheets.find((s) => s.title === '客户');
  if (!sheet) throw new Error('no sheet 客户');
  const at = (customers[0]?.indexOf('姓名') ?? 1) + 1;
  sheet.cells = sheet.cells.map((row, r) => {
    const cells = [...(row ?? [])];
    cells.splice(at, 0, r === 0 ? { value: '微信' } : undefined);
    return cells;
  });
  sheet.columnCount += 1;
}

beforeAll(() => double.start());
afterAll(() => double.stop());
beforeEach(() => {
  double.spreadsheets.clear();
  double.requests.length = 0;
  double.addSpreadsheet('sheet1', [
    { title: '客户', values: customers, columns: customers[0]?.length ?? 10 },
  ]);
});

describe('crm on a Google Sheet that changes under it', () => {
  it('classify stops, in the user’s language, when a co-editor sorted the sheet while it ran', async () => {
    // The probe and the read of the tables, then the sort, then crm's check before writing.
    double.beforeRequest('batchGet', sortByName, { skip: 2 });
    const zh = await crm('zh', 'classify', '--spreadsheet', 'sheet1', '--today', '2026-11-24', '--quiet');
    expect(zh.status).toBe(1);
    expect(zh.stderr).toContain('工作表“客户”在 crm 运行期间有行被移动');
    expect(zh.stderr).toContain('没有写入任何分类列');
    const values = double.values('sheet1', '客户');
    expect(values[0]).toEqual(customers[0]);
    expect(double.requests.some((r) => r.operation === 'batchUpdateValues')).toBe(false);

    // The same in English, on the sheet as it was.
    double.addSpreadsheet('sheet1', [
      { title: '客户', values: customers, columns: customers[0]?.length ?? 10 },
    ]);
    double.beforeRequest('batchGet', sortByName, { skip: 2 });
    const en = await crm('en', 'classify', '--spreadsheet', 'sheet1', '--today', '2026-11-24', '--quiet');
    expect(en.status).toBe(1);
    expect(en.stderr).toContain('rows of sheet "客户" moved while crm ran');
  });

  it('classify stops when a co-editor inserted a column while it ran, the rows themselves unmoved', async () => {
    double.beforeRequest('batchGet', insertColumn, { skip: 2 });
    const zh = await crm('zh', 'classify', '--spreadsheet', 'sheet1', '--today', '2026-11-24', '--quiet');
    expect(zh.status).toBe(1);
    const letter = String.fromCharCode(65 + (customers[0]?.indexOf('姓名') ?? 1) + 1);
    expect(zh.stderr).toContain(`${letter} 列的表头原为“${customers[0]?.[2]}”，现在是“微信”`);
    expect(zh.stderr).toContain('没有写入任何分类列');
    expect(double.requests.some((r) => r.operation === 'batchUpdateValues')).toBe(false);
    // Every user cell is as the co-editor left it: no managed column landed on one.
    const trimmed = (row: ApiValue[]) => {
      const cells = [...row];
      while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
      return cells;
    };
    const values = double.values('sheet1', '客户');
    expect(values.map((row) => trimmed(row.filter((_, c) => c !== 2)))).toEqual(customers.map(trimmed));

    double.addSpreadsheet('sheet1', [
      { title: '客户', values: customers, columns: customers[0]?.length ?? 10 },
    ]);
    double.beforeRequest('batchGet', insertColumn, { skip: 2 });
    const en = await crm('en', 'classify', '--spreadsheet', 'sheet1', '--today', '2026-11-24', '--quiet');
    expect(en.status).toBe(1);
    expect(en.stderr).toContain(
      `the header of column ${letter} was "${customers[0]?.[2]}" and is now "微信"`,
    );
  });

  it('classify on a large sheet whose lower rows are protected says which rows got their columns', async () => {
    // 32,000 customers: the managed columns go out in two parts (at most 2 MB each, as Google
    // recommends), and the owner protected the columns right of the table from row 30,001 on.
    const large: ApiValue[][] = [['客户编号', '姓名', '手机', '最近购买日期', '消费金额', '购买次数']];
    for (let i = 1; i <= 32_000; i++)
      large.push([
        `C${String(i).padStart(6, '0')}`,
        `${'王李张刘陈'[i % 5]}${'明芳伟静'[i % 4]}`,
        `139${String(i * 7919)
          .padStart(8, '0')
          .slice(-8)}`,
        46_300 - (i % 700),
        100 + ((i * 37) % 5000),
        1 + (i % 9),
      ]);
    double.addSpreadsheet('large', [{ title: '客户', values: large, columns: 6 }]);
    double.protectRange('large', '客户!G30001:Z32001');
    const zh = await crm('zh', 'classify', '--spreadsheet', 'large', '--today', '2026-11-24', '--quiet');
    expect(zh.status).toBe(1);
    const through = Number(/只写完了第 2–(\d+) 行；第 (\d+)–32001 行仍是上次运行的结果/.exec(zh.stderr)?.[1]);
    expect(through, zh.stderr).toBeGreaterThan(2);
    expect(zh.stderr).toContain('受保护');
    const values = double.values('large', '客户');
    const segment = values[0]?.indexOf('客户分群') ?? -1;
    expect(segment).toBeGreaterThan(5);
    expect(values[through - 1]?.[segment]).not.toBe('');
    expect(values[through]?.[segment] ?? '').toBe('');
  });

  it('classify writes when nobody touched the sheet', async () => {
    const ok = await crm('en', 'classify', '--spreadsheet', 'sheet1', '--today', '2026-11-24', '--quiet');
    expect(ok.status, ok.stderr).toBe(0);
    expect(double.values('sheet1', '客户')[0]).toContain('Segment');
  });

  it('followups refuses, changing nothing, when a sheet of the user’s has its sheet’s name in other letter case', async () => {
    // The user's own list, "follow-ups": Google keeps sheet names unique regardless of case, so
    // crm's "Follow-ups" can never be made beside it, and the user's sheet is not crm's to replace.
    const mine: ApiValue[][] = [
      ['客户', '我的备注'],
      ['客户1', '周五前回电'],
    ];
    double.addSpreadsheet('cased', [
      { title: '客户', values: customers, columns: customers[0]?.length ?? 10 },
      { title: 'follow-ups', values: mine },
    ]);
    const en = await crm('en', 'followups', '--spreadsheet', 'cased', '--today', '2026-11-24', '--quiet');
    expect(en.status).toBe(1);
    expect(en.stderr).toContain('there is already a sheet named "follow-ups"');
    expect(en.stderr).toContain('Nothing was changed');
    expect(double.spreadsheets.get('cased')?.sheets.map((s) => s.title)).toEqual(['客户', 'follow-ups']);
    expect(double.values('cased', 'follow-ups')).toEqual(mine);
    expect(double.requests.some((r) => r.operation === 'batchUpdate')).toBe(false);
  });

  it('followups survives a lost answer to creating its sheet: one 跟进任务 sheet, no orphan', async () => {
    double.dropResponseAfterWrite('batchUpdate');
    const result = await crm(
      'zh',
      'followups',
      '--spreadsheet',
      'sheet1',
      '--today',
      '2026-11-24',
      '--quiet',
    );
    expect(result.status, result.stderr).toBe(0);
    expect(double.spreadsheets.get('sheet1')?.sheets.map((s) => s.title)).toEqual(['客户', '跟进任务']);
    expect(double.values('sheet1', '跟进任务')[0]).toContain('任务编号');
  });
});
