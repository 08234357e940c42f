// A ledger as two people keep it: the customer table typed in half width at the office, the
// orders typed by the shop on a Chinese IME, in lower case, or pasted from a WeChat message and
// the shop's export (zero-width spaces, no-break spaces, a BOM, an ideographic space, a number
// format's thousands separator). Every face must count each order for the customer it names, as
// it would had the orders been typed as the customer table is: the same R, F and M. The CLI is run
// on CSV files with the orders read on either thread and on an .xlsx workbook; the faces (CLI on
// .xlsx, .csv and a Google Sheet, and the add-on bundle) write the same F and M on each row.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Cell } from '@crm/shared';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SheetsRestDouble } from './doubles/sheetsRestDouble.ts';
import { runCrm, systemLocale } from './support/crm.ts';
import { type FacesContext, faces } from './support/faces.ts';

const TODAY = '2025-07-01';

const CUSTOMER_HEADER = ['客户编号', '客户名称', '手机', '负责人'];
const CUSTOMERS: Cell[][] = [
  ['C001', '张伟', '13912345671', '王经理'],
  ['C002', '李娜', '13912345672', '王经理'],
  ['C003', '王芳', '13912345673', '赵经理'],
  ['C004', '刘洋', '13912345674', '赵经理'],
  ['C005', '陈静', '13912345675', '王经理'],
  ['C006', '杨磊', '13912345676', '赵经理'],
  ['VIP-7', '黄敏', '13912345677', '王经理'],
  ['1001', '周杰', '13912345678', '赵经理'],
];

/** The orders as the table's ids name them, and how the shop wrote each id. */
const ORDERS: [id: string, written: string, date: string, amount: number][] = [
  ['C001', 'C001', '2025-01-05', 300],
  ['C001', 'Ｃ００１', '2025-03-10', 200],
  ['C001', 'c001', '2025-05-20', 150],
  ['C001', 'C００１\u200B', '2025-06-25', 100],
  ['C002', 'ｃ００２', '2025-02-01', 80],
  ['C002', '\uFEFFC002', '2025-04-11', 120],
  ['C003', 'C003', '2024-08-15', 2400],
  ['C003', 'C\u00A0003', '2024-09-01', 1800],
  ['C004', 'C004\u3000', '2025-06-01', 60],
  ['C005', 'C005', '2024-11-11', 999],
  ['C006', 'c006', '2025-06-18', 45],
  ['C006', 'C006', '2025-06-28', 55],
  ['VIP-7', 'vip－７', '2025-04-01', 5000],
  ['VIP-7', 'VIP-7', '2025-05-01', 3000],
  ['1001', '1,001', '2025-05-05', 640],
  ['1001', '１００１', '2025-06-05', 320],
];
const ORDER_HEADER = ['客户编号', '订单日期', '金额'];
const asTyped: Cell[][] = ORDERS.map(([, written, date, amount]) => [written, date, amount]);
const asInTable: Cell[][] = ORDERS.map(([id, , date, amount]) => [id, date, amount]);

let dir: string;

function csv(rows: Cell[][]): string {
  const cell = (c: Cell) => {
    const text = c === null ? '' : String(c);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

async function workbook(path: string, orders: Cell[][]): Promise<void> {
  const book = new ExcelJS.Workbook();
  // The customer id 1001 a number cell, as Excel keeps a number typed into a General cell.
  const customers = CUSTOMERS.map((row) => row.map((c, i) => (i === 0 && c === '1001' ? 1001 : c)));
  book.addWorksheet('客户').addRows([CUSTOMER_HEADER, ...customers]);
  book.addWorksheet('订单').addRows([ORDER_HEADER, ...orders]);
  await book.xlsx.writeFile(path);
}

interface Classified {
  customers: { id: string; r: number; f: number; m: number; frequency: number; monetary: number }[];
  issues: { table?: string; row: number; value: string; message: string }[];
  notes: string[];
}

function classify(args: string[], thread: 'main' | 'worker' = 'main'): Classified {
  const result = runCrm(['classify', ...args, '--today', TODAY, '--no-clv', '--json', '--lang', 'zh'], {
    cwd: dir,
    env: { ...systemLocale('zh_CN.UTF-8'), CRM_ORDERS_THREAD: thread },
  });
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Classified;
}

const scores = (run: Classified) =>
  run.customers.map(({ id, r, f, m, frequency, monetary }) => ({ id, r, f, m, frequency, monetary }));

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crm-customer-ids-'));
  await writeFile(join(dir, 'customers.csv'), csv([CUSTOMER_HEADER, ...CUSTOMERS]));
  await writeFile(join(dir, 'orders.csv'), csv([ORDER_HEADER, ...asTyped]));
  await writeFile(join(dir, 'orders-as-in-table.csv'), csv([ORDER_HEADER, ...asInTable]));
  await workbook(join(dir, 'book.xlsx'), asTyped);
  await workbook(join(dir, 'book-as-in-table.xlsx'), asInTable);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('crm classify on orders that write customer ids differently', () => {
  const truth = () => scores(classify(['--in', 'customers.csv', '--orders', 'orders-as-in-table.csv']));

  it('counts every order for its customer: C001 has 4 orders worth 750', () => {
    const run = classify(['--in', 'customers.csv', '--orders', 'orders.csv']);
    expect(run.customers.find((c) => c.id === 'C001')).toMatchObject({ frequency: 4, monetary: 750 });
    expect(run.customers.find((c) => c.id === '1001')).toMatchObject({ frequency: 2, monetary: 960 });
    expect(run.issues.filter((i) => i.table === 'orders')).toEqual([]);
  });

  it.each(['main', 'worker'] as const)(
    'gives the R, F and M of the ledger typed as the table, orders read on the %s thread',
    (thread) => {
      expect(scores(classify(['--in', 'customers.csv', '--orders', 'orders.csv'], thread))).toEqual(truth());
    },
  );

  it('gives the same on an .xlsx workbook', () => {
    expect(scores(classify(['--in', 'book.xlsx']))).toEqual(
      scores(classify(['--in', 'book-as-in-table.xlsx'])),
    );
    expect(scores(classify(['--in', 'book.xlsx']))).toEqual(truth());
  });

  it('says how many orders it matched by an id written differently, with an example row', () => {
    // Nine: the BOM and the ideographic space end their cells, which are trimmed as every cell is.
    expect(classify(['--in', 'customers.csv', '--orders', 'orders.csv']).notes).toContain(
      '订单表有 9 笔订单的客户编号与客户表写法不同（全角字符、大小写、不可见字符或千位分隔符），已按客户表的编号计入，例如订单表第 3 行的客户编号“Ｃ００１”按客户表的 C001 计入。',
    );
  });
});

describe('every face on the ledger', () => {
  const context: FacesContext = {
    dir: '',
    double: new SheetsRestDouble(),
    today: TODAY,
    timeZone: 'Asia/Shanghai',
  };
  beforeAll(async () => {
    context.dir = await mkdtemp(join(tmpdir(), 'crm-customer-ids-faces-'));
    await context.double.start();
  });
  afterAll(async () => {
    await rm(context.dir, { recursive: true, force: true });
    await context.double.stop();
  });

  it.each(faces(context).map((face) => [face.name, face] as const))(
    '%s writes the F and M of each customer',
    async (_, face) => {
      await face.load([
        { name: '客户', rows: [CUSTOMER_HEADER, ...CUSTOMERS] },
        { name: '订单', rows: [ORDER_HEADER, ...asTyped] },
      ]);
      await face.run('classify');
      const [header = [], ...rows] = await face.read('客户');
      const at = (name: string) => header.findIndex((cell) => String(cell) === name);
      const written = rows.map((row) => [String(row[0]), Number(row[at('F')]), Number(row[at('M')])]);
      const expected = truth().map(({ id, f, m }) => [id, f, m]);
      expect(written).toEqual(expected);
    },
  );

  const truth = () => scores(classify(['--in', 'customers.csv', '--orders', 'orders-as-in-table.csv']));
});
