// What a real Google Sheet holds that `crm … --spreadsheet` must read and write as the add-on and
// the .xlsx path do: merged cells (the API gives a merge's value in its top-left cell only),
// hidden sheets, and cells merged to the right of the user's columns. The built CLI, through the
// googleapis client, against the Sheets v4 REST double on 127.0.0.1.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { MANAGED_COLUMN_LABELS } from '@crm/shared';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SheetsRestDouble } from './doubles/sheetsRestDouble.ts';
import type { ApiValue } from './doubles/sheetsStore.ts';

const run = promisify(execFile);
const double = new SheetsRestDouble();
const TODAY = '2026-11-24';

async function crm(args: string[], lang = 'zh_CN.UTF-8') {
  try {
    const { stdout, stderr } = await run('node', ['cli/bin/crm.js', ...args], {
      env: {
        ...process.env,
        LC_ALL: '',
        LANG: lang,
        CRM_SHEETS_ROOT_URL: `${double.url}/`,
        CRM_GOOGLE_ACCESS_TOKEN: 'test-token',
      },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(async () => {
  await double.start();
});
afterAll(() => double.stop());
beforeEach(() => {
  double.spreadsheets.clear();
  double.requests.length = 0;
});

const day = (offset: number) =>
  new Date(Date.parse(`${TODAY}T00:00:00Z`) - offset * 86_400_000).toISOString().slice(0, 10);

/**
 * A ledger as people keep it in Sheets: customer i made i orders of 100 … 1,000 yuan, and
 * 客户编号 is merged down over each customer's order lines; 公司 is merged over the two contacts
 * of 远帆贸易 and 负责人 over each salesperson's customers.
 */
function addLedger(id: string, merged: boolean) {
  const customers: ApiValue[][] = [['客户编号', '公司', '姓名', '手机', '负责人']];
  const orders: ApiValue[][] = [['客户编号', '订单日期', '金额']];
  const orderMerges: string[] = [];
  for (let i = 1; i <= 6; i++) {
    customers.push([
      `C00${i}`,
      i <= 2 ? '远帆贸易' : `公司${i}`,
      `客户${i}`,
      `1381234560${i}`,
      i <= 3 ? '王经理' : '李经理',
    ]);
    const first = orders.length + 1;
    for (let k = 0; k < i; k++)
      orders.push([`C00${i}`, day(5 + 37 * k + 3 * i), i === 4 ? 250 : 100 * i + 10 * k]);
    if (i > 1) orderMerges.push(`A${first}:A${first + i - 1}`);
  }
  const book = double.addSpreadsheet(id, [
    {
      title: '客户',
      values: customers,
      columns: 8,
      ...(merged ? { merges: ['B2:B3', 'E2:E4', 'E5:E7'] } : {}),
    },
    { title: '订单', values: orders, ...(merged ? { merges: orderMerges } : {}) },
  ]);
  return book;
}

interface Classified {
  customers: { id?: string; row: number; frequency?: number; monetary?: number; [key: string]: unknown }[];
}

describe('merged cells', () => {
  it('classifies a ledger with 客户编号, 公司 and 负责人 merged down as it classifies the same ledger unmerged', async () => {
    addLedger('plain', false);
    addLedger('merged', true);
    // The API reads a merge's lower cells as empty: 客户编号 on the second order line of C002.
    expect(double.values('merged', '订单')[3]?.[0]).toBe('');
    const ordersBefore = JSON.stringify(double.values('merged', '订单'));
    const plain = await crm(['classify', '--spreadsheet', 'plain', '--today', TODAY, '--json']);
    const plainRequests = double.requests.splice(0).map((r) => r.operation);
    const merged = await crm(['classify', '--spreadsheet', 'merged', '--today', TODAY, '--json']);
    expect(merged.stderr).not.toMatch(/未知客户|unknown customer/i);
    expect(merged.code, merged.stderr).toBe(0);
    const a = JSON.parse(plain.stdout) as Classified;
    const b = JSON.parse(merged.stdout) as Classified;
    expect(b).toEqual(a);
    // C004 made 4 orders of 250 yuan: 4 orders and 1,000 yuan (read without the merges: 1 and 250).
    expect(b.customers.find((c) => c.id === 'C004')).toMatchObject({ frequency: 4, monetary: 1000 });
    expect(double.values('merged', '客户').map((r) => r.slice(5))).toEqual(
      double.values('plain', '客户').map((r) => r.slice(5)),
    );
    // The orders sheet and its merges are as they were.
    expect(JSON.stringify(double.values('merged', '订单'))).toBe(ordersBefore);
    expect(double.spreadsheets.get('merged')?.sheets[1]?.merges).toHaveLength(5);
    // The merges came with the spreadsheet's first spreadsheets.get: the same requests as without.
    expect(double.requests.map((r) => r.operation)).toEqual(plainRequests);
  });
});

describe('merges around the managed columns', () => {
  // A sheet classified before, with a section line merged across the whole width since, the
  // managed columns (E:L) included. Sheets shows a merge's top-left cell only.
  const managed = (
    ['r', 'f', 'm', 'segment', 'group8', 'lifecycle', 'valueTier', 'nextFollowUp'] as const
  ).map((c) => MANAGED_COLUMN_LABELS[c].zh);
  const customers: ApiValue[][] = [
    ['客户编号', '姓名', '手机', '备注', ...managed],
    ['C001', '王芳', '13812345601', ''],
    ['—— 以下为 2025 年新客户 ——'],
    ['C002', '李雷', '13812345602', '老客户'],
    ['C003', 'Alice Chen', '13812345603', ''],
  ];

  it.each([
    ['zh_CN.UTF-8', '工作表“客户”的 A3:L3 是合并单元格，延伸到了分类列'],
    ['en_US.UTF-8', 'in sheet "客户", A3:L3 is a merged cell that reaches into the managed columns'],
  ])('leaves the cells hidden under a merge unwritten and says so (%s)', async (lang, message) => {
    const book = double.addSpreadsheet('section', [
      { title: '客户', values: customers, columns: 12, merges: ['A3:L3'] },
    ]);
    const { code, stdout, stderr } = await crm(
      ['classify', '--spreadsheet', 'section', '--today', TODAY],
      lang,
    );
    expect(code, stderr).toBe(0);
    expect(stdout + stderr).toContain(message);
    const sheet = book.sheets[0];
    // B3:L3 hold nothing, as before; the merge is whole and still shows the section line.
    expect(sheet?.cells[2]?.slice(1).filter((c) => c !== undefined)).toEqual([]);
    expect(sheet?.merges).toEqual([{ startRow: 2, endRow: 3, startColumn: 0, endColumn: 12 }]);
    const values = double.values('section', '客户');
    expect(values[2]).toEqual(customers[2]);
    // The customers' rows have their managed values.
    for (const row of [1, 3, 4]) expect(values[row]?.[7], `row ${row + 1}`).not.toBe('');
    // The write sent null (skipped, per ValueRange) for exactly the eight hidden managed cells.
    const write = double.requests.find((r) => r.operation === 'batchUpdateValues')?.body as {
      data: { range: string; values: (ApiValue | null)[][] }[];
    };
    const nulls = write.data.flatMap((d) => d.values.flat()).filter((c) => c === null);
    expect(nulls).toHaveLength(8);
  });

  it.each([
    ['zh_CN.UTF-8', '工作表“客户”的表头有合并单元格（C1:D1）：请先取消合并，每列一个表头。未做任何修改'],
    [
      'en_US.UTF-8',
      'the header of sheet "客户" has merged cells (C1:D1): unmerge them so that each column has its own header',
    ],
  ])(
    'refuses a customer header with merged cells, as the add-on does, and writes nothing (%s)',
    async (lang, message) => {
      // 联系方式 merged over the 手机 and 邮箱 columns: the API reads D1 as empty.
      double.addSpreadsheet('header', [
        {
          title: '客户',
          values: [
            ['客户编号', '姓名', '联系方式', '邮箱'],
            ['C001', '王芳', '13812345601', 'wang@example.com'],
          ],
          merges: ['C1:D1'],
        },
      ]);
      const { code, stderr } = await crm(['classify', '--spreadsheet', 'header', '--today', TODAY], lang);
      expect(code).toBe(1);
      expect(stderr).toContain(message);
      expect(double.requests.filter((r) => r.operation === 'batchUpdateValues')).toEqual([]);
    },
  );
});
