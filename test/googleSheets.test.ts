// The googleapis path of the table ports, against the Sheets v4 REST double on 127.0.0.1.
import type { SheetLayout } from '@crm/shared';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { googleAuthFromEnv } from '../cli/src/google/auth.ts';
import { GoogleSpreadsheet } from '../cli/src/google/googleSpreadsheet.ts';
import { isRetryable, withBackoff } from '../cli/src/google/withBackoff.ts';
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

describe('GoogleSpreadsheet (googleapis, Sheets v4)', () => {
  it('reads a sheet with numbers and date serials unformatted, in one request', async () => {
    const book = await open();
    expect(book.locale).toBe('zh_CN');
    expect(await book.sheetNames()).toEqual(['客户', 'Orders']);
    double.requests.length = 0;
    const table = await book.table('客户').read();
    expect(table.header).toEqual(['客户编号', '姓名', '手机', '最近购买日期', '消费金额', '备注']);
    expect(table.rows).toEqual([
      ['C001', '刘洋', 13912345678, 46300, 1234.5, 'VIP'],
      ['C002', 'Alice Chen', '+1 415 555 0100', '', 88],
    ]);
    expect(double.requests).toHaveLength(1);
    expect(double.requests[0]?.query.valueRenderOption).toEqual(['UNFORMATTED_VALUE']);
  });

  it('writes managed columns right of the user columns, leaves user cells alone, and re-uses them on a re-run', async () => {
    const book = await open();
    const table = book.table('客户');
    await table.read();
    const headers = [
      'R',
      'F',
      'M',
      '客户分群',
      '八类客户',
      '生命周期',
      '价值层级',
      '存活概率',
      '客户终身价值',
      '下次跟进',
    ];
    const row = (segment: string) => [
      5,
      4,
      3,
      segment,
      '重要价值客户',
      '活跃',
      '高价值',
      '',
      '',
      '2026-12-01',
    ];
    await table.writeManagedColumns(headers, [row('冠军客户'), row('新客户')]);
    let values = double.values('book', '客户');
    expect(values[0]).toEqual(['客户编号', '姓名', '手机', '最近购买日期', '消费金额', '备注', ...headers]);
    expect(values[1]?.slice(0, 6)).toEqual(['C001', '刘洋', 13912345678, 46300, 1234.5, 'VIP']);
    expect(values[1]?.[9]).toBe('冠军客户');
    expect(values[1]?.[15]).toBe(46357); // 2026-12-01 as a date serial, formatted as a date
    // Second run in English: the same columns are re-used, none added.
    const english = [
      'R',
      'F',
      'M',
      'Segment',
      'Customer group',
      'Lifecycle',
      'Value tier',
      'P(alive)',
      'CLV',
      'Next follow-up',
    ];
    await table.read();
    await table.writeManagedColumns(english, [row('Champions'), row('New customers')]);
    values = double.values('book', '客户');
    expect(values[0]).toHaveLength(16);
    expect(values[2]?.[9]).toBe('New customers');
    const book0 = double.spreadsheets.get('book');
    expect(book0?.formatRequests.some((r) => 'repeatCell' in r)).toBe(true);
  });

  it('grows the grid when the managed columns do not fit', async () => {
    double.addSpreadsheet('book', [{ title: '客户', values: [['姓名'], ['刘洋']], columns: 2 }]);
    const book = await open();
    const table = book.table('客户');
    await table.writeManagedColumns(['R', 'F', 'M', '客户分群'], [[5, 5, 5, '冠军客户']]);
    expect(double.values('book', '客户')).toEqual([
      ['姓名', 'R', 'F', 'M', '客户分群'],
      ['刘洋', 5, 5, 5, '冠军客户'],
    ]);
  });

  it('keeps text that looks like a formula as text (RAW input)', async () => {
    const book = await open();
    await book.table('Orders').appendRows([['=IMPORTDATA("http://x")', '2026-11-01', 10]]);
    expect(double.values('book', 'Orders')[1]).toEqual(['=IMPORTDATA("http://x")', '2026-11-01', 10]);
  });

  it('writes a layout sheet with styles, merges and charts, replacing the previous one', async () => {
    const book = await open();
    const layout: SheetLayout = {
      rows: [['客户报告'], ['分群', '人数'], ['冠军客户', 12], ['新客户', 30]],
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
    await book.writeSheet('客户报告', layout);
    await book.writeSheet('客户报告', {
      ...layout,
      rows: [['客户报告'], ['分群', '人数'], ['冠军客户', 13]],
    });
    expect(await book.sheetNames()).toEqual(['客户', 'Orders', '客户报告']);
    expect(double.values('book', '客户报告')).toEqual([['客户报告'], ['分群', '人数'], ['冠军客户', 13]]);
    const kinds = (double.spreadsheets.get('book')?.formatRequests ?? []).map((r) => Object.keys(r)[0]);
    expect(kinds.filter((k) => k === 'addChart')).toHaveLength(2);
    expect(kinds).toContain('mergeCells');
    expect(kinds).toContain('updateDimensionProperties');
  });

  it('retries 429 and 503 with backoff and then succeeds, so appended rows land exactly once', async () => {
    const book = await open();
    double.failNext('append', 503, 2);
    double.failNext('append', 429, 1);
    await book.table('Orders').appendRows([['C001', '2026-11-01', 99]]);
    expect(double.values('book', 'Orders')).toEqual([
      ['客户编号', '日期', '金额'],
      ['C001', '2026-11-01', 99],
    ]);
    expect(double.requests.filter((r) => r.operation === 'append').map((r) => r.status)).toEqual([
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
    await expect(googleAuthFromEnv({})).rejects.toThrow(
      /GOOGLE_APPLICATION_CREDENTIALS[\s\S]*CRM_OAUTH_CLIENT_FILE/,
    );
  });
});
