// The googleapis adapter of the job layer, against the Sheets v4 REST double on 127.0.0.1.
import {
  locateTables,
  type OutputSheet,
  readJobTables,
  resolveConfig,
  runJob,
  type SheetLayout,
} from '@crm/shared';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { googleAuthFromEnv } from '../cli/src/google/auth.ts';
import { GoogleSpreadsheet } from '../cli/src/google/googleSpreadsheet.ts';
import { isRetryable, withBackoff } from '../cli/src/google/withBackoff.ts';
import { setCliLanguage } from '../cli/src/texts/currentTexts.ts';
import { SheetsRestDouble } from './doubles/sheetsRestDouble.ts';

const double = new SheetsRestDouble();
const noWait = { sleep: async () => undefined, random: () => 0 };

async function open() {
  const auth = await googleAuthFromEnv({ CRM_GOOGLE_ACCESS_TOKEN: 'test-token' });
  return GoogleSpreadsheet.open('book', { auth, rootUrl: `${double.url}/`, backoff: noWait });
}

beforeAll(() => double.start());
afterAll(() => double.stop());
beforeEach(() => {
  double.spreadsheets.clear();
  double.requests.length = 0;
  double.addSpreadsheet('book', [
    {
      title: '客户',
      values: [
        ['客户编号', '姓名', '手机', '最近购买日期', '消费金额', '备注'],
        ['C001', '刘洋', 13912345678, 46300, 1234.5, 'VIP'],
        ['C002', 'Alice Chen', '+1 415 555 0100', '', 88],
      ],
    },
    { title: 'Orders', values: [['客户编号', '日期', '金额']] },
  ]);
});

/** The classify job's managed columns for the book's customer sheet, in a language. */
async function classifyWrite(book: GoogleSpreadsheet, language: 'zh' | 'en') {
  const config = resolveConfig({ language });
  const location = locateTables(await book.probeSheets(), { headerOverrides: config.headerOverrides });
  const names = [location.customers, location.orders, location.complaints].flatMap((l) =>
    l ? [l.sheet] : [],
  );
  const sheets = await book.readSheets(names);
  const output = runJob('classify', { tables: readJobTables(sheets, location), config, today: '2026-11-30' });
  if (!output.managedColumns) throw new Error('classify wrote no managed columns');
  return output.managedColumns;
}

describe('GoogleSpreadsheet (googleapis, Sheets v4)', () => {
  it('probes every sheet and reads tables with numbers and date serials unformatted, one request each', async () => {
    const book = await open();
    expect(book.locale).toBe('zh_CN');
    expect(book.sheetNames()).toEqual(['客户', 'Orders']);
    double.requests.length = 0;
    const probes = await book.probeSheets();
    expect(probes.map((p) => p.name)).toEqual(['客户', 'Orders']);
    const [customers] = await book.readSheets(['客户']);
    expect(customers?.rows).toEqual([
      ['客户编号', '姓名', '手机', '最近购买日期', '消费金额', '备注'],
      ['C001', '刘洋', 13912345678, 46300, 1234.5, 'VIP'],
      ['C002', 'Alice Chen', '+1 415 555 0100', '', 88],
    ]);
    expect(double.requests.map((r) => r.operation)).toEqual(['batchGet', 'batchGet']);
    expect(double.requests[1]?.query.valueRenderOption).toEqual(['UNFORMATTED_VALUE']);
  });

  it('keeps sheet row numbers when the sheet starts with a title line and a blank row', async () => {
    double.addSpreadsheet('book', [
      { title: '台账', values: [['2026 客户台账'], [], ['姓名', '手机'], ['刘洋', '13912345678']] },
    ]);
    const book = await open();
    const [ledger] = await book.readSheets(['台账']);
    expect(ledger?.rows).toEqual([['2026 客户台账'], [], ['姓名', '手机'], ['刘洋', '13912345678']]);
  });

  it('writes managed columns right of the user columns, leaves user cells alone, and re-uses them on a re-run', async () => {
    const book = await open();
    await book.writeManagedColumns('客户', await classifyWrite(book, 'zh'));
    let values = double.values('book', '客户');
    const headers = values[0] ?? [];
    expect(headers.slice(0, 6)).toEqual(['客户编号', '姓名', '手机', '最近购买日期', '消费金额', '备注']);
    expect(headers.slice(6)).toContain('客户分群');
    expect(values[1]?.slice(0, 6)).toEqual(['C001', '刘洋', 13912345678, 46300, 1234.5, 'VIP']);
    const next = headers.indexOf('下次跟进');
    expect(typeof values[1]?.[next]).toBe('number'); // a date serial, formatted as a date
    const width = headers.length;
    // Second run in English: the same columns are re-used, none added.
    await book.writeManagedColumns('客户', await classifyWrite(book, 'en'));
    values = double.values('book', '客户');
    expect(values[0]).toHaveLength(width);
    expect(values[0]).toContain('Segment');
    expect(double.spreadsheets.get('book')?.formatRequests.some((r) => 'repeatCell' in r)).toBe(true);
  });

  it('grows the grid when the managed columns do not fit', async () => {
    double.addSpreadsheet('book', [{ title: '客户', values: [['姓名'], ['刘洋']], columns: 2 }]);
    const book = await open();
    const write = await classifyWrite(book, 'zh');
    await book.writeManagedColumns('客户', write);
    const values = double.values('book', '客户');
    expect(values[0]).toEqual(['姓名', ...write.columns.map((c) => c.header)]);
    expect(values[1]?.[0]).toBe('刘洋');
  });

  const layout: SheetLayout = {
    rows: [['客户报告'], ['分群', '人数'], ['冠军客户', 12], ['=IMPORTDATA("http://x")', 30]],
    frozenRows: 1,
    styles: [
      {
        row: 1,
        column: 1,
        rows: 1,
        columns: 2,
        bold: true,
        fontSize: 16,
        background: '#1f4e79',
        fontColor: '#ffffff',
      },
    ],
    merges: [{ row: 1, column: 1, rows: 1, columns: 2 }],
    charts: [
      {
        type: 'PIE',
        title: '客户分群',
        data: { row: 2, column: 1, rows: 3, columns: 2 },
        anchor: { row: 2, column: 4 },
        width: 480,
        height: 300,
      },
    ],
    columnWidths: [160, 80],
  };
  const sheet = (name: string, replaces: string[], rows = layout.rows): OutputSheet => ({
    role: 'report',
    name,
    replaces,
    layout: { ...layout, rows },
    table: { header: [], rows },
  });

  it('writes a layout sheet with styles, merges and charts, text kept as text, replacing the previous one', async () => {
    const book = await open();
    await book.writeSheet(sheet('客户报告', []));
    await book.writeSheet(sheet('客户报告', [], [['客户报告'], ['分群', '人数'], ['冠军客户', 13]]));
    expect(book.sheetNames()).toEqual(['客户', 'Orders', '客户报告']);
    expect(double.values('book', '客户报告')).toEqual([['客户报告'], ['分群', '人数'], ['冠军客户', 13]]);
    const kinds = (double.spreadsheets.get('book')?.formatRequests ?? []).map((r) => Object.keys(r)[0]);
    expect(kinds.filter((k) => k === 'addChart')).toHaveLength(2);
    expect(kinds).toContain('mergeCells');
    expect(kinds).toContain('updateDimensionProperties');
  });

  it('keeps text that looks like a formula as text (RAW input)', async () => {
    const book = await open();
    await book.writeSheet(sheet('Report', []));
    expect(double.values('book', 'Report')[3]).toEqual(['=IMPORTDATA("http://x")', 30]);
  });

  it('replaces the copy in the other language and leaves the old sheet whole when writing fails halfway', async () => {
    const book = await open();
    await book.writeSheet(sheet('Follow-ups', []));
    double.failNext('update', 500, 6);
    await expect(book.writeSheet(sheet('跟进任务', ['Follow-ups'], [['新的']]))).rejects.toThrow();
    expect(double.values('book', 'Follow-ups')).toEqual(layout.rows);
    await book.writeSheet(sheet('跟进任务', ['Follow-ups'], [['新的']]));
    expect(book.sheetNames()).toEqual(['客户', 'Orders', '跟进任务']);
    expect(double.values('book', '跟进任务')).toEqual([['新的']]);
  });

  it('retries 429 and 503 with backoff and then succeeds', async () => {
    const book = await open();
    double.failNext('batchGet', 503, 2);
    double.failNext('batchGet', 429, 1);
    const [orders] = await book.readSheets(['Orders']);
    expect(orders?.rows).toEqual([['客户编号', '日期', '金额']]);
    expect(double.requests.filter((r) => r.operation === 'batchGet').map((r) => r.status)).toEqual([
      503, 503, 429, 200,
    ]);
  });

  it('does not retry a 400 and gives up after the retry budget', async () => {
    let calls = 0;
    await expect(
      withBackoff(async () => {
        calls++;
        throw Object.assign(new Error('bad range'), { status: 400 });
      }, noWait),
    ).rejects.toThrow('bad range');
    expect(calls).toBe(1);
    calls = 0;
    const delays: number[] = [];
    await expect(
      withBackoff(
        async () => {
          calls++;
          throw Object.assign(new Error('busy'), { status: 503 });
        },
        { ...noWait, retries: 3, baseMs: 100, onRetry: (_a, d) => delays.push(d) },
      ),
    ).rejects.toThrow('busy');
    expect(calls).toBe(4);
    expect(delays).toEqual([100, 200, 400]);
    expect(isRetryable({ code: 'ECONNRESET' })).toBe(true);
  });

  it('explains how to sign in when no credentials are configured', async () => {
    setCliLanguage('en');
    await expect(googleAuthFromEnv({})).rejects.toThrow(
      /GOOGLE_APPLICATION_CREDENTIALS[\s\S]*CRM_OAUTH_CLIENT_FILE/,
    );
  });
});
