// The managed columns of a large customer sheet, written through the googleapis adapter to the
// Sheets v4 REST double. Google's front end refuses a request body over 10 MiB and Google
// recommends 2 MB at most; the columns of 150,000 customers come to about 11 MB, so the adapter
// writes a large table in parts. These tests hold that every part stays within 2 MB, that every
// customer gets their own values, and what a sort or a refusal between two parts leaves.
import { locateTables, type OutputSheet, readJobTables, resolveConfig, rowKeysOf, runJob } from '@crm/shared';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { googleAuthFromEnv } from '../cli/src/google/auth.ts';
import { GoogleSpreadsheet } from '../cli/src/google/googleSpreadsheet.ts';
import { WRITE_PAYLOAD_BYTES } from '../cli/src/google/payloadParts.ts';
import { PartlyWrittenError } from '../cli/src/google/RowsMovedError.ts';
import { SheetsRestDouble } from './doubles/sheetsRestDouble.ts';
import type { ApiValue, StoredSpreadsheet } from './doubles/sheetsStore.ts';

const double = new SheetsRestDouble();
const noWait = { sleep: async () => undefined, random: () => 0 };
const TODAY = '2026-11-30';

/** Enough customers for a write of about 2.4 MB: two parts. */
const COUNT = 32_000;
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高';
const GIVEN = ['明', '芳', '伟', '静', '磊', '丽', '强', '敏', '洋', '婷', '晓东', '建华'];
const OWNERS = ['张丽', '陈晨', '李强', 'Amy Lin'];
/** Excel-style day serials: 46,300 is 2026-10-04. */
const CUSTOMERS: ApiValue[][] = [
  ['客户编号', '姓名', '手机', '最近购买日期', '消费金额', '购买次数', '负责人'],
  ...Array.from({ length: COUNT }, (_, i): ApiValue[] => [
    `C${String(i + 1).padStart(6, '0')}`,
    `${SURNAMES[i % SURNAMES.length]}${GIVEN[(i * 7) % GIVEN.length]}`,
    `1${[3, 5, 8][i % 3]}${String((i * 7_919_113) % 1_000_000_000).padStart(9, '0')}`,
    46_300 - ((i * 37) % 900),
    Math.round(((i * 7_717) % 2_000_000) / 7) / 100 + 20,
    1 + ((i * 13) % 17),
    OWNERS[i % OWNERS.length] as string,
  ]),
];

async function open() {
  const auth = await googleAuthFromEnv({ CRM_GOOGLE_ACCESS_TOKEN: 'test-token' });
  return GoogleSpreadsheet.open('book', { auth, rootUrl: `${double.url}/`, backoff: noWait });
}

async function classifyWrite(book: GoogleSpreadsheet) {
  const config = resolveConfig({ language: 'zh' });
  const location = locateTables(await book.probeSheets(), { headerOverrides: config.headerOverrides });
  const sheets = await book.readSheets([location.customers.sheet]);
  const tables = readJobTables(sheets, location);
  const output = runJob('classify', { tables, config, today: TODAY });
  if (!output.managedColumns) throw new Error('classify wrote no managed columns');
  const write = output.managedColumns;
  const segment = write.columns.findIndex((c) => c.key === 'segment');
  // Each customer's segment as the job worked it out, by customer id.
  const segmentOf = new Map<string, ApiValue>();
  for (const [row, cells] of write.values) {
    segmentOf.set(String(CUSTOMERS[row - 1]?.[0]), cells[segment] as ApiValue);
  }
  return { write, keys: rowKeysOf(tables.customers.table, output.analysis.mapping), segmentOf };
}

/** A co-editor sorting the customer rows (not the header) by 消费金额, largest first. */
function sortBySpend(book: StoredSpreadsheet): void {
  const sheet = book.sheets.find((s) => s.title === '客户');
  if (!sheet) throw new Error('no sheet 客户');
  const [header = [], ...rows] = sheet.cells;
  rows.sort((a, b) => Number(b?.[4]?.value ?? 0) - Number(a?.[4]?.value ?? 0));
  sheet.cells = [header, ...rows];
}

const valueWrites = () => double.requests.filter((r) => r.operation === 'batchUpdateValues');
/** The first and last sheet row a values.batchUpdate wrote (its ranges all span the same rows). */
function rowsOf(request: { body: unknown }): [number, number] {
  const range = (request.body as { data: { range: string }[] }).data[0]?.range ?? '';
  const [, top = '0', bottom = '0'] = /![A-Z]+(\d+):[A-Z]+(\d+)$/.exec(range) ?? [];
  return [Number(top), Number(bottom)];
}

beforeAll(() => double.start());
afterAll(() => double.stop());
beforeEach(() => {
  double.spreadsheets.clear();
  double.requests.length = 0;
  double.addSpreadsheet('book', [{ title: '客户', values: CUSTOMERS, columns: 7 }]);
});

describe('the managed columns of a large table', () => {
  it('go out top to bottom in parts of at most 2 MB, each customer’s values on their own row', async () => {
    const book = await open();
    const { write, keys, segmentOf } = await classifyWrite(book);
    await book.writeManagedColumns('客户', write, keys);

    const parts = valueWrites();
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.bytes).toBeLessThanOrEqual(WRITE_PAYLOAD_BYTES);
    // One after the other, from the header row to the last customer, none twice.
    const spans = parts.map(rowsOf);
    expect(spans[0]?.[0]).toBe(1);
    for (let k = 1; k < spans.length; k++) expect(spans[k]?.[0]).toBe((spans[k - 1]?.[1] ?? 0) + 1);
    expect(spans.at(-1)?.[1]).toBe(COUNT + 1);

    const values = double.values('book', '客户');
    const segment = values[0]?.indexOf('客户分群') ?? -1;
    expect(segment).toBeGreaterThan(6);
    for (const row of values.slice(1)) expect(row[segment]).toBe(segmentOf.get(String(row[0])));
  });

  it('stop at a co-editor’s sort between two parts: the rows written keep their values as they move, nothing lands on another row', async () => {
    const book = await open();
    const { write, keys, segmentOf } = await classifyWrite(book);
    // The check before the first part, then the first part, then the sort before the next check.
    double.beforeRequest('batchGet', sortBySpend, { skip: 1 });
    const error = await book.writeManagedColumns('客户', write, keys).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(PartlyWrittenError);
    const partly = error as PartlyWrittenError;
    const [, through] = rowsOf(valueWrites()[0] as { body: unknown });
    expect([partly.firstRow, partly.through, partly.lastRow]).toEqual([2, through, COUNT + 1]);
    expect(valueWrites()).toHaveLength(1);

    const values = double.values('book', '客户');
    const segment = values[0]?.indexOf('客户分群') ?? -1;
    let kept = 0;
    for (const row of values.slice(1)) {
      const sheetRowBefore = Number(String(row[0]).slice(1)) + 1;
      if (sheetRowBefore <= through) {
        expect(row[segment]).toBe(segmentOf.get(String(row[0])));
        kept++;
      } else expect(row[segment] ?? '').toBe('');
    }
    expect(kept).toBe(through - 1);
  });

  it('stop at a part Google refuses (protected rows below), saying which rows were written', async () => {
    double.protectRange('book', '客户!H30001:Z32001');
    const book = await open();
    const { write, keys, segmentOf } = await classifyWrite(book);
    const error = await book.writeManagedColumns('客户', write, keys).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(PartlyWrittenError);
    const partly = error as PartlyWrittenError;
    expect(partly.through).toBeGreaterThan(1);
    expect(partly.through).toBeLessThan(30_001);
    expect(String((partly.cause as Error).message)).toMatch(/protected cell or object/);
    const values = double.values('book', '客户');
    const segment = values[0]?.indexOf('客户分群') ?? -1;
    values.slice(1).forEach((row, i) => {
      expect(row[segment] ?? '').toBe(i + 2 <= partly.through ? segmentOf.get(String(row[0])) : '');
    });
  });
});

describe('a large sheet written whole', () => {
  it('fills its pending sheet in parts of at most 2 MB, then replaces the old one, every row as laid out', async () => {
    // A follow-up plan of 30,000 tasks: id, due day, customer, what to do, owner.
    const rows = [
      ['任务编号', '到期日', '客户', '跟进内容', '负责人'],
      ...Array.from({ length: 30_000 }, (_, i) => [
        `T-${i + 1}`,
        `2026-12-${String(1 + (i % 28)).padStart(2, '0')}`,
        `${SURNAMES[i % SURNAMES.length]}${GIVEN[i % GIVEN.length]}（C${String(i + 1).padStart(6, '0')}）`,
        i % 3 === 0 ? '沉睡客户唤醒：电话回访并推送老客户专属优惠' : '定期回访：了解近期需求',
        OWNERS[i % OWNERS.length] as string,
      ]),
    ];
    const sheet: OutputSheet = {
      role: 'followUps',
      name: '跟进任务',
      replaces: [],
      layout: { rows, frozenRows: 1, styles: [], merges: [], charts: [], columnWidths: [] },
      table: { header: [], rows },
    };
    const book = await open();
    await book.writeSheet(sheet);

    const parts = double.requests.filter((r) => r.operation === 'update');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.bytes).toBeLessThanOrEqual(WRITE_PAYLOAD_BYTES);
    expect(double.spreadsheets.get('book')?.sheets.map((s) => s.title)).toEqual(['客户', '跟进任务']);
    expect(double.values('book', '跟进任务')).toEqual(rows);
  });
});
