// `crm classify|followups|report|clean --spreadsheet ID` end to end: the built CLI, through the
// googleapis client, against the Sheets v4 REST double on 127.0.0.1.
import { generateSample, MANAGED_COLUMN_LABELS, MANAGED_COLUMNS } from '@crm/shared';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SheetsRestDouble } from './doubles/sheetsRestDouble.ts';
import type { ApiValue } from './doubles/sheetsStore.ts';
import { runCrmAsync, systemLocale } from './support/crm.ts';

const double = new SheetsRestDouble();
const sample = generateSample({ customers: 120, seed: 7, today: '2026-11-24' });
const asApi = (rows: (string | number | boolean | Date | null)[][]): ApiValue[][] =>
  rows.map((r) => r.map((c) => (c === null || c instanceof Date ? '' : c)));
const customers = asApi([sample.customers.header, ...sample.customers.rows]);

/** The built CLI as a user of a Chinese system runs it (labels, sheet names and messages in zh). */
function crm(...args: string[]) {
  return runCrmAsync(args, {
    env: {
      ...systemLocale('zh_CN.UTF-8'),
      CRM_SHEETS_ROOT_URL: `${double.url}/`,
      CRM_GOOGLE_ACCESS_TOKEN: 'test-token',
    },
  });
}

/** A run that must succeed: its exit status is 0. */
async function crmSucceeds(...args: string[]) {
  const run = await crm(...args);
  expect(run.status, run.stderr).toBe(0);
  return run;
}

beforeAll(async () => {
  await double.start();
});
afterAll(() => double.stop());
beforeEach(() => {
  double.spreadsheets.clear();
  double.requests.length = 0;
  double.addSpreadsheet('sheet1', [
    { title: '客户', values: customers, columns: 20 },
    { title: '订单', values: asApi([sample.orders.header, ...sample.orders.rows]), columns: 4 },
    { title: '投诉', values: asApi([sample.complaints.header, ...sample.complaints.rows]), columns: 7 },
  ]);
});

describe('crm on a Google Sheet', () => {
  it('classify writes the managed columns next to the user columns and prints the same JSON as for files', async () => {
    const { stdout, stderr } = await crmSucceeds(
      'classify',
      '--spreadsheet',
      'https://docs.google.com/spreadsheets/d/sheet1/edit',
      '--today',
      '2026-11-24',
      '--json',
    );
    const json = JSON.parse(stdout) as { customers: { row: number; segment: string }[] };
    expect(json.customers).toHaveLength(sample.customers.rows.length);
    expect(stderr).toContain('订单：工作表“订单”（表头在第 1 行）');
    const values = double.values('sheet1', '客户');
    const width = sample.customers.header.length;
    expect(values[0]?.slice(width)).toEqual(MANAGED_COLUMNS.map((c) => MANAGED_COLUMN_LABELS[c].zh));
    // Every user cell is as it was.
    values.forEach((row, i) => {
      const before = customers[i] ?? [];
      expect(row.slice(0, before.length).map(String)).toEqual(before.map(String));
    });
    // Reads: one batchGet of the first rows of every sheet, one of the tables, one of the key
    // columns just before writing (rows moved since?); writes: one values.batchUpdate (plus
    // formatting).
    expect(double.requests.filter((r) => r.operation === 'batchGet')).toHaveLength(3);
    expect(double.requests.filter((r) => r.operation === 'get')).toHaveLength(0);
    expect(double.requests.filter((r) => r.operation === 'batchUpdateValues')).toHaveLength(1);
  });

  it('report and follow-ups write their sheets, and a re-run replaces instead of doubling', async () => {
    await crmSucceeds('report', '--spreadsheet', 'sheet1', '--today', '2026-11-24', '--no-clv');
    await crmSucceeds('followups', '--spreadsheet', 'sheet1', '--today', '2026-11-24', '--no-clv');
    await crmSucceeds('followups', '--spreadsheet', 'sheet1', '--today', '2026-11-24', '--no-clv');
    const titles = double.spreadsheets.get('sheet1')?.sheets.map((s) => s.title);
    expect(titles).toEqual(['客户', '订单', '投诉', '客户报告 2026-11-24', '跟进任务']);
    expect(double.values('sheet1', '客户报告 2026-11-24')[0]?.[0]).toMatch(/客户/);
    expect(double.values('sheet1', '跟进任务').length).toBeGreaterThan(10);
    const charts = double.spreadsheets.get('sheet1')?.formatRequests.filter((r) => 'addChart' in r) ?? [];
    expect(charts.length).toBeGreaterThanOrEqual(3);
  });

  it('retries a 429 and tells the user, then finishes', async () => {
    double.failNext('batchGet', 429, 1);
    const { stderr } = await crmSucceeds('clean', '--spreadsheet', 'sheet1', '--today', '2026-11-24');
    expect(stderr).toMatch(/Quota exceeded.*第 1 次重试/);
    expect(double.spreadsheets.get('sheet1')?.sheets.map((s) => s.title)).toContain('数据质量');
  });

  it('names the problem when the spreadsheet does not exist or no sheet has a customer header', async () => {
    expect(await crm('classify', '--spreadsheet', 'nope')).toMatchObject({
      status: 1,
      stderr: expect.stringContaining('找不到表格 nope'),
    });
    double.addSpreadsheet('empty', [{ title: 'Sheet1', values: [['foo', 'bar']] }]);
    expect(await crm('classify', '--spreadsheet', 'empty')).toMatchObject({
      status: 1,
      stderr: expect.stringContaining('无法识别客户表“Sheet1”的表头。找到：“foo”、“bar”。'),
    });
    double.addSpreadsheet('two', [
      { title: 'Notes', values: [['foo', 'bar']] },
      { title: 'Data', values: [['x']] },
    ]);
    expect(await crm('classify', '--spreadsheet', 'two')).toMatchObject({
      status: 1,
      stderr: expect.stringContaining('没有找到客户表：以下工作表的表头都没有'),
    });
  });

  it('asks for credentials when none are configured', async () => {
    // An English system with none of the ways to sign in to Google (an unset variable is left out).
    const run = await runCrmAsync(['classify', '--spreadsheet', 'sheet1'], {
      env: {
        ...systemLocale('en_US.UTF-8'),
        CRM_SHEETS_ROOT_URL: `${double.url}/`,
        CRM_GOOGLE_ACCESS_TOKEN: undefined,
        GOOGLE_APPLICATION_CREDENTIALS: undefined,
        CRM_OAUTH_CLIENT_FILE: undefined,
      },
    });
    expect(run).toMatchObject({ status: 1, stderr: expect.stringContaining('No Google credentials') });
  });
});
