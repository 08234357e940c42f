// Writing to a Google Sheet from the CLI is all or nothing and safe to retry, and never puts a
// value on another customer's row: the googleapis adapter against the Sheets v4 REST double,
// which drops answers after applying requests and re-orders rows between calls when asked.
import {
  locateTables,
  type OutputSheet,
  readJobTables,
  resolveConfig,
  rowKeysOf,
  runJob,
  type SheetLayout,
} from '@crm/shared';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { googleAuthFromEnv } from '../cli/src/google/auth.ts';
import { GoogleSpreadsheet } from '../cli/src/google/googleSpreadsheet.ts';
import { RowsMovedError } from '../cli/src/google/RowsMovedError.ts';
import { SheetsRestDouble } from './doubles/sheetsRestDouble.ts';
import type { ApiValue, StoredSpreadsheet } from './doubles/sheetsStore.ts';

const double = new SheetsRestDouble();
const noWait = { sleep: async () => undefined, random: () => 0 };

async function open() {
  const auth = await googleAuthFromEnv({ CRM_GOOGLE_ACCESS_TOKEN: 'test-token' });
  return GoogleSpreadsheet.open('book', { auth, rootUrl: `${double.url}/`, backoff: noWait });
}

const CUSTOMERS: ApiValue[][] = [
  ['客户编号', '姓名', '手机', '最近购买日期', '消费金额', '购买次数'],
  ...Array.from({ length: 60 }, (_, i): ApiValue[] => [
    `C${String(i + 1).padStart(3, '0')}`,
    `客户${i + 1}`,
    13_900_000_000 + i,
    46_300 - i * 7,
    100 + i * 37,
    1 + (i % 6),
  ]),
];
/** The follow-up sheet as the user keeps it: the plan, ticked tasks and a note of their own. */
const FOLLOW_UPS: ApiValue[][] = [
  ['任务编号', '到期日', '客户', '完成', '我的备注'],
  ['T-1', 46_350, '客户1', '✓', '已电话沟通，下周再约'],
  ['T-2', 46_351, '客户2', '', '客户出差，月底回来'],
];

beforeAll(() => double.start());
afterAll(() => double.stop());
beforeEach(() => {
  double.spreadsheets.clear();
  double.requests.length = 0;
  double.addSpreadsheet('book', [
    { title: '客户', values: CUSTOMERS, columns: 6 },
    { title: '跟进任务', values: FOLLOW_UPS },
  ]);
});

const layout: SheetLayout = {
  rows: [
    ['任务编号', '到期日', '客户', '完成'],
    ['T-9', '2026-12-01', '=HYPERLINK("http://evil.example","点我")', ''],
  ],
  frozenRows: 1,
  styles: [],
  merges: [],
  charts: [],
  columnWidths: [80, 100, 160, 60],
};
const followUps: OutputSheet = {
  role: 'followUps',
  name: '跟进任务',
  replaces: ['Follow-ups'],
  layout,
  table: { header: [], rows: layout.rows },
};

const sheetNames = () => double.spreadsheets.get('book')?.sheets.map((s) => s.title);
const batchUpdatesWith = (kind: string) =>
  double.requests.filter(
    (r) =>
      r.operation === 'batchUpdate' &&
      ((r.body as { requests?: Record<string, unknown>[] }).requests ?? []).some((q) => kind in q),
  );

describe('a sheet written whole (跟进任务, 数据质量, the report)', () => {
  it('finds its pending sheet by name when the answer to addSheet was lost: no orphan, no error', async () => {
    const book = await open();
    double.dropResponseAfterWrite('batchUpdate');
    await book.writeSheet(followUps);
    expect(sheetNames()).toEqual(['客户', '跟进任务']);
    // (The API leaves trailing empty cells out of a row.)
    expect(double.values('book', '跟进任务')[1]).toEqual(['T-9', '2026-12-01', layout.rows[1]?.[2]]);
    // The addSheet was applied once: the retry looked the sheet up instead of adding it again.
    expect(batchUpdatesWith('addSheet')).toHaveLength(1);
    expect(batchUpdatesWith('addSheet')[0]?.status).toBe(0);
  });

  it('does not send the final swap again when its answer was lost', async () => {
    const book = await open();
    double.dropResponseAfterWrite('batchUpdate', { skip: 1 });
    await book.writeSheet(followUps);
    expect(sheetNames()).toEqual(['客户', '跟进任务']);
    expect(double.values('book', '跟进任务')).toEqual([
      ['任务编号', '到期日', '客户', '完成'],
      ['T-9', '2026-12-01', layout.rows[1]?.[2]],
    ]);
    expect(batchUpdatesWith('deleteSheet').map((r) => r.status)).toEqual([0]);
  });

  it('leaves the previous sheet with the user’s ticks and notes whole when writing fails halfway', async () => {
    const book = await open();
    double.failNext('update', 500, 10);
    await expect(book.writeSheet(followUps)).rejects.toThrow();
    expect(double.values('book', '跟进任务')).toEqual(FOLLOW_UPS);
    // The pending sheet is removed again: the user sees the sheets they had.
    expect(sheetNames()).toEqual(['客户', '跟进任务']);
  });

  it('leaves the previous sheet whole when the swap itself is refused, and replaces a pending sheet left by a killed run', async () => {
    double.spreadsheets.get('book')?.sheets.push({
      ...(double.spreadsheets.get('book')?.sheets[1] as StoredSpreadsheet['sheets'][number]),
      sheetId: 99,
      title: '跟进任务 (crm pending)',
      index: 2,
    });
    const book = await open();
    double.failNext('batchUpdate', 503, 10);
    await expect(book.writeSheet(followUps)).rejects.toThrow();
    expect(double.values('book', '跟进任务')).toEqual(FOLLOW_UPS);
    await book.writeSheet(followUps);
    expect(sheetNames()).toEqual(['客户', '跟进任务']);
  });

  it('writes every value RAW, so text is never run as a formula', async () => {
    const book = await open();
    await book.writeSheet(followUps);
    const write = await classifyWrite(book);
    await book.writeManagedColumns('客户', write.managedColumns, write.keys);
    const writes = double.requests.filter(
      (r) => r.operation === 'update' || r.operation === 'batchUpdateValues',
    );
    expect(writes.length).toBeGreaterThan(0);
    for (const request of writes) {
      const option =
        request.operation === 'update'
          ? request.query.valueInputOption?.[0]
          : (request.body as { valueInputOption?: string }).valueInputOption;
      expect(option).toBe('RAW');
    }
  });
});

describe('spreadsheets.batchUpdate in the double', () => {
  it('applies its requests all or none, as Google documents', async () => {
    const book = await open();
    const before = sheetNames();
    await expect(
      book.api.spreadsheets.batchUpdate({
        spreadsheetId: 'book',
        requestBody: {
          requests: [
            { deleteSheet: { sheetId: double.spreadsheets.get('book')?.sheets[1]?.sheetId ?? -1 } },
            { addSheet: { properties: { title: '客户' } } },
          ],
        },
      }),
    ).rejects.toThrow(/already exists/);
    expect(sheetNames()).toEqual(before);
    expect(double.values('book', '跟进任务')).toEqual(FOLLOW_UPS);
  });
});

/** The classify job's managed columns for the customer sheet, with the rows' keys as read. */
async function classifyWrite(book: GoogleSpreadsheet) {
  const config = resolveConfig({ language: 'zh' });
  const location = locateTables(await book.probeSheets(), { headerOverrides: config.headerOverrides });
  const sheets = await book.readSheets([location.customers.sheet]);
  const tables = readJobTables(sheets, location);
  const output = runJob('classify', { tables, config, today: '2026-11-30' });
  if (!output.managedColumns) throw new Error('classify wrote no managed columns');
  return {
    managedColumns: output.managedColumns,
    keys: rowKeysOf(tables.customers.table, output.analysis.mapping),
  };
}

/** A co-editor sorting the customer rows (not the header) by a column, descending. */
function sortCustomers(column: number) {
  return (book: StoredSpreadsheet) => {
    const sheet = book.sheets.find((s) => s.title === '客户');
    if (!sheet) throw new Error('no sheet 客户');
    const [header = [], ...rows] = sheet.cells;
    rows.sort((a, b) => Number(b?.[column]?.value ?? 0) - Number(a?.[column]?.value ?? 0));
    sheet.cells = [header, ...rows];
  };
}

describe('managed columns', () => {
  it('are not written when a co-editor sorted the sheet after it was read, and says which rows moved', async () => {
    const book = await open();
    const write = await classifyWrite(book);
    double.beforeRequest('batchGet', sortCustomers(4));
    const before = double.values('book', '客户');
    const error = await book.writeManagedColumns('客户', write.managedColumns, write.keys).catch((e) => e);
    expect(error).toBeInstanceOf(RowsMovedError);
    expect((error as RowsMovedError).rows.length).toBeGreaterThan(50);
    // Nothing was written: no managed column, the sorted rows as the co-editor left them.
    const after = double.values('book', '客户');
    expect(after[0]).toEqual(CUSTOMERS[0]);
    expect(after.every((row) => row.length <= 6)).toBe(true);
    expect(after.slice(1).map((row) => row[0])).not.toEqual(before.slice(1).map((row) => row[0]));
    expect(double.requests.some((r) => r.operation === 'batchUpdateValues')).toBe(false);
  });

  it('are written on each customer’s own row when nothing moved', async () => {
    const book = await open();
    const write = await classifyWrite(book);
    await book.writeManagedColumns('客户', write.managedColumns, write.keys);
    const values = double.values('book', '客户');
    const segment = values[0]?.indexOf('客户分群') ?? -1;
    expect(segment).toBeGreaterThan(5);
    for (const [row, cells] of write.managedColumns.values) {
      expect(values[row - 1]?.[segment]).toBe(
        cells[write.managedColumns.columns.findIndex((c) => c.key === 'segment')],
      );
    }
  });

  it('grow the grid once when the answer to growing it was lost', async () => {
    const book = await open();
    const write = await classifyWrite(book);
    double.dropResponseAfterWrite('batchUpdate');
    await book.writeManagedColumns('客户', write.managedColumns, write.keys);
    const sheet = double.spreadsheets.get('book')?.sheets.find((s) => s.title === '客户');
    expect(sheet?.columnCount).toBe(write.managedColumns.width);
    expect(double.values('book', '客户')[0]).toHaveLength(write.managedColumns.width);
  });
});
