// One workbook, every face: the CLI on .xlsx and .csv files, the CLI on a Google Sheet (the Sheets
// REST double) and the add-on bundle (the Apps Script double) must find the same customers, give
// them the same classification on their own rows, and list the same data problems. Each case
// also edits the table the way users do between runs (a deleted row, a sorted table) and checks
// that every customer's managed values stay on that customer's row.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type Cell,
  DATA_QUALITY_TABLE_ROW,
  fromDayNumber,
  headerText,
  locateTables,
  managedColumnOf,
  readJobTables,
  resolveConfig,
  runJob,
  type SheetGrid,
  serialToDayNumber,
} from '@crm/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIn } from './addonHarness.ts';
import { SheetsRestDouble } from './doubles/sheetsRestDouble.ts';
import { type Face, type FacesContext, faces, REVIEW } from './support/faces.ts';

// The add-on takes today's date in the spreadsheet's time zone; every face runs on that date.
const TIME_ZONE = 'Asia/Shanghai';
const TODAY = todayIn(TIME_ZONE);

type Row = (string | number)[];

/** Orders of the customers below, ids as written in each fixture. */
function orders(ids: string[]): Row[] {
  const rows: Row[] = [['客户编号', '订单日期', '金额']];
  ids.forEach((id, i) => {
    for (let k = 0; k <= i % 4; k++)
      rows.push([id, `2026-${String(1 + ((i + k * 3) % 10)).padStart(2, '0')}-1${k}`, 100 + i * 37 + k * 11]);
  });
  rows.push(['C999', '2026-03-01', 50]);
  return rows;
}

const PEOPLE: Row[] = [
  ['C001', '张伟', '上海明华贸易有限公司', '13912345678', 'zhang.wei@minghua.cn', '王经理'],
  ['C002', '李娜', '北京华信科技', '13800138000', 'lina@huaxin.com', '王经理'],
  ['C003', 'Emily Chen', 'Acme Trading Ltd', '+1 415 555 0100', 'emily@acme.com', 'Linda'],
  ['C004', '王芳', '杭州云帆电子商务', '13700137000', 'wangfang@yunfan', ''],
  ['C005', '赵敏', '深圳前海物流', '13600136000', '', '王经理'],
  ['C006', '刘洋', '华腾科技', '13912345678', 'liuyang@huateng.cn', 'Linda'],
  ['C007', '陈静', '星河贸易', '13698765432', 'chenjing@xinghe.cn', ''],
  ['C008', '孙丽', '', '', '', 'Linda'],
];
const IDS = PEOPLE.map((p) => String(p[0]));
const HEADER_ZH = ['客户编号', '姓名', '公司', '手机', '邮箱', '负责人'];

interface Fixture {
  name: string;
  sheets: { name: string; rows: Row[] }[];
}

const FIXTURES: Fixture[] = [
  {
    name: 'a plain table with an orders sheet',
    sheets: [
      { name: '客户', rows: [HEADER_ZH, ...PEOPLE] },
      { name: '订单', rows: orders(IDS) },
    ],
  },
  {
    name: 'a WPS ledger: title line, blank row above the header, blank rows inside',
    sheets: [
      {
        name: '台账',
        rows: [
          ['2026年华东区客户台账'],
          [],
          HEADER_ZH,
          ...PEOPLE.slice(0, 3),
          [],
          ...PEOPLE.slice(3, 6),
          [],
          [],
          ...PEOPLE.slice(6),
        ],
      },
      { name: '订单', rows: orders(IDS) },
    ],
  },
  {
    name: 'English headers on the second sheet, after a notes sheet',
    sheets: [
      { name: 'Notes', rows: [['Maintained by the sales team. Do not delete columns.']] },
      {
        name: 'Clients',
        rows: [['Customer ID', 'Name', 'Company', 'Mobile', 'Email', 'Owner'], ...PEOPLE],
      },
      { name: 'Orders', rows: orders(IDS) },
    ],
  },
];

/** A managed cell as the user sees it: dates (Date cells, serials) as their ISO day. */
function shown(cell: Cell | undefined, column: string): string {
  if (cell === null || cell === undefined || cell === '') return '';
  if (managedColumnOf(column) === 'nextFollowUp') {
    if (cell instanceof Date)
      return cell.getUTCHours() === 0 ? cell.toISOString().slice(0, 10) : localIso(cell);
    if (typeof cell === 'number') return fromDayNumber(serialToDayNumber(cell));
  }
  return String(cell);
}

function localIso(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * What each customer should show, by id: the core's job run directly on the grids, so the
 * expectation does not depend on any adapter.
 */
function expected(sheets: SheetGrid[]): { byId: Map<string, Record<string, string>>; review: string[][] } {
  const config = resolveConfig({ language: 'zh' });
  const location = locateTables(sheets, { headerOverrides: config.headerOverrides });
  const request = {
    tables: readJobTables(sheets, location),
    config,
    today: TODAY,
    dateObjects: 'utc' as const,
  };
  const classify = runJob('classify', request);
  const write = classify.managedColumns;
  const byId = new Map<string, Record<string, string>>();
  for (const customer of classify.analysis.customers) {
    const values = write?.values.get(customer.row) ?? [];
    const byHeader: Record<string, string> = {};
    write?.columns.forEach((c, k) => {
      byHeader[c.header] = shown(values[k] ?? '', c.header);
    });
    byId.set(customer.record.id ?? '', byHeader);
  }
  const review = runJob('clean', request).sheet?.table.rows.map((r) => r.map((c) => String(c ?? ''))) ?? [];
  return { byId, review };
}

/** Every customer row of a classified sheet: its id and its managed cells by header. */
function managedByRow(grid: Cell[][]): { row: number; id: string; values: Record<string, string> }[] {
  const headerIndex = grid.findIndex((row) =>
    row.some((c) => managedColumnOf(headerText(c ?? null)) !== null),
  );
  const header = (grid[headerIndex] ?? []).map((c) => headerText(c ?? null));
  const idColumn = header.findIndex((h) => h === '客户编号' || h === 'Customer ID');
  const out: { row: number; id: string; values: Record<string, string> }[] = [];
  grid.slice(headerIndex + 1).forEach((cells, i) => {
    const id = String(cells[idColumn] ?? '').trim();
    const values: Record<string, string> = {};
    header.forEach((h, c) => {
      if (managedColumnOf(h)) values[h] = shown(cells[c] ?? '', h);
    });
    out.push({ row: headerIndex + 2 + i, id, values });
  });
  return out;
}

function customerSheetName(fixture: Fixture): string {
  return fixture.sheets.find((s) => !/订单|Orders|Notes/.test(s.name))?.name ?? '';
}

const asGrids = (sheets: Fixture['sheets']): SheetGrid[] =>
  sheets.map((s) => ({ name: s.name, rows: s.rows }));

const context: FacesContext = { dir: '', double: new SheetsRestDouble(), today: TODAY, timeZone: TIME_ZONE };
beforeAll(async () => {
  context.dir = await mkdtemp(join(tmpdir(), 'crm-adapters-'));
  await context.double.start();
});
afterAll(async () => {
  await rm(context.dir, { recursive: true, force: true });
  await context.double.stop();
});

const ADAPTERS = faces(context);

/** Checks every customer row against the core's own answer for the same grids. */
async function expectCustomersOnTheirRows(adapter: Face, sheets: Fixture['sheets'], fixture: Fixture) {
  const want = expected(asGrids(sheets));
  const rows = managedByRow(await adapter.read(customerSheetName(fixture)));
  const seen = new Set<string>();
  for (const { row, id, values } of rows) {
    if (id === '') {
      // Blank rows inside the table get empty managed cells, never another customer's values.
      expect(
        Object.values(values).every((v) => v === ''),
        `row ${row} of ${adapter.name}`,
      ).toBe(true);
      continue;
    }
    seen.add(id);
    expect(values, `${id} on row ${row} (${adapter.name})`).toEqual(want.byId.get(id));
  }
  expect([...seen].sort()).toEqual([...want.byId.keys()].sort());
}

describe.each(FIXTURES)('$name', (fixture) => {
  describe.each(ADAPTERS)('through the $name', (adapter) => {
    it('classifies every customer on its own row, as the core does', async () => {
      await adapter.load(fixture.sheets, customerSheetName(fixture));
      await adapter.run('classify');
      await expectCustomersOnTheirRows(adapter, fixture.sheets, fixture);
    });

    it('lists the same data problems', async () => {
      await adapter.load(fixture.sheets, customerSheetName(fixture));
      await adapter.run('clean');
      const grid = await adapter.read(REVIEW);
      // The data-quality sheet has a summary above its table; the file is the table alone.
      const table =
        grid.length > 0 && String(grid[0]?.[0]) === '数据质量检查'
          ? grid.slice(DATA_QUALITY_TABLE_ROW)
          : grid.slice(1);
      const got = table.map((r) => r.map((c) => String(c ?? ''))).filter((r) => r.some((c) => c !== ''));
      const want = expected(asGrids(fixture.sheets)).review.map((r) => {
        const trimmed = [...r];
        while (trimmed.length > 0 && trimmed[trimmed.length - 1] === '') trimmed.pop();
        return trimmed;
      });
      expect(
        got.map((r) =>
          r
            .slice(0, 5)
            .join(' | ')
            .replace(/( \| )+$/, ''),
        ),
      ).toEqual(
        want.map((r) =>
          r
            .slice(0, 5)
            .join(' | ')
            .replace(/( \| )+$/, ''),
        ),
      );
    });

    it('keeps values on the right rows after a row is deleted and the table is sorted', async () => {
      await adapter.load(fixture.sheets, customerSheetName(fixture));
      await adapter.run('classify');
      const name = customerSheetName(fixture);
      const classified = await adapter.read(name);
      const headerIndex = classified.findIndex((row) =>
        row.some((c) => managedColumnOf(headerText(c ?? null))),
      );
      // The user deletes the third customer's row, then sorts the rest by name, Z → A, managed
      // columns and all, as Sheets' "sort range" does.
      const body = classified.slice(headerIndex + 1).filter((row) => row.some((c) => c !== '' && c !== null));
      const deleted = body.filter((row) => row[0] !== IDS[2] && row[1] !== 'Emily Chen' && row[0] !== 'C003');
      const sorted = [...deleted].sort((a, b) => String(b[1]).localeCompare(String(a[1])));
      const edited = [...classified.slice(0, headerIndex + 1), ...sorted];
      const sheets = fixture.sheets.map((s) => (s.name === name ? { name, rows: edited as Row[] } : s));
      await adapter.load(sheets, name);
      await adapter.run('classify');
      await expectCustomersOnTheirRows(adapter, sheets, fixture);
      const rows = managedByRow(await adapter.read(name));
      expect(rows.some((r) => r.id === 'C003')).toBe(false);
      expect(rows.filter((r) => r.id !== '').map((r) => r.id)).toEqual(sorted.map((r) => String(r[0])));
    });
  });
});
