// What a real Google Sheet holds that `crm … --spreadsheet` must read and write as the add-on and
// the .xlsx path do: merged cells (the API gives a merge's value in its top-left cell only),
// hidden sheets, and cells merged to the right of the user's columns. The built CLI, through the
// googleapis client, against the Sheets v4 REST double on 127.0.0.1.
import { MANAGED_COLUMN_LABELS } from '@crm/shared';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SheetsRestDouble } from './doubles/sheetsRestDouble.ts';
import type { ApiValue } from './doubles/sheetsStore.ts';
import { runCrmAsync, systemLocale } from './support/crm.ts';

const double = new SheetsRestDouble();
const TODAY = '2026-11-24';

function crm(args: string[], lang = 'zh_CN.UTF-8', env: NodeJS.ProcessEnv = {}) {
  return runCrmAsync(args, {
    env: {
      ...systemLocale(lang),
      CRM_SHEETS_ROOT_URL: `${double.url}/`,
      CRM_GOOGLE_ACCESS_TOKEN: 'test-token',
      ...env,
    },
  });
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
    expect(merged.status, merged.stderr).toBe(0);
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
    const { status, stdout, stderr } = await crm(
      ['classify', '--spreadsheet', 'section', '--today', TODAY],
      lang,
    );
    expect(status, stderr).toBe(0);
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
      const { status, stderr } = await crm(['classify', '--spreadsheet', 'header', '--today', TODAY], lang);
      expect(status).toBe(1);
      expect(stderr).toContain(message);
      expect(double.requests.filter((r) => r.operation === 'batchUpdateValues')).toEqual([]);
    },
  );
});

describe('section lines merged across the table', () => {
  // Customers grouped under section lines merged over A:F, as people keep a ledger in Sheets;
  // 负责人 merged down over 华东区's two customers (F3:F4). The API gives each merge's value in
  // its top-left cell only.
  const customers: ApiValue[][] = [
    ['客户编号', '客户名称', '联系人', '手机', '最近购买日期', '负责人'],
    ['华东区'],
    ['C001', '上海远帆贸易有限公司', '张伟', '13812345678', '2026-11-02', '王芳'],
    ['C002', '杭州青禾食品', '李娜', '13987654321', '2026-06-15', ''],
    ['上海'],
    ['C003', '深圳恒通电子', '陈静', '13622223333', '2026-10-20', '刘洋'],
    ['VIP客户（以下为重点维护）'],
    ['C004', '北京华信科技', '孙丽', '13700001111', '2026-09-01', '王芳'],
  ];
  const merges = ['A2:F2', 'A5:F5', 'A7:F7', 'F3:F4'];

  it('classifies the customers only and writes nothing into the section lines', async () => {
    const book = double.addSpreadsheet('sections', [
      { title: '客户', values: customers, columns: 14, merges },
    ]);
    const { status, stdout, stderr } = await crm([
      'classify',
      '--spreadsheet',
      'sections',
      '--today',
      TODAY,
      '--json',
    ]);
    expect(status, stderr).toBe(0);
    const json = JSON.parse(stdout) as Classified;
    expect(json.customers.map((c) => [c.row, c.id])).toEqual([
      [3, 'C001'],
      [4, 'C002'],
      [6, 'C003'],
      [8, 'C004'],
    ]);
    const values = double.values('sections', '客户');
    for (const row of [2, 5, 7]) {
      expect(
        values[row - 1]?.filter((cell) => cell !== ''),
        `row ${row}`,
      ).toEqual([customers[row - 1]?.[0]]);
    }
    for (const row of [3, 4, 6, 8]) expect(values[row - 1]?.[13], `row ${row}`).not.toBe('');
    expect(book.sheets[0]?.merges).toHaveLength(4);
  });

  it('lists the section lines in the review, as the files do', async () => {
    double.addSpreadsheet('sections', [{ title: '客户', values: customers, merges }]);
    const { status, stdout, stderr } = await crm([
      'clean',
      '--spreadsheet',
      'sections',
      '--today',
      TODAY,
      '--json',
    ]);
    expect(status, stderr).toBe(0);
    const review = JSON.parse(stdout) as { skipped: { row: number; reason: string; text: string }[] };
    expect(review.skipped.map((s) => [s.row, s.reason, s.text])).toEqual([
      [2, 'section', '华东区'],
      [5, 'section', '上海'],
      [7, 'section', 'VIP客户（以下为重点维护）'],
    ]);
  });
});

describe('hidden sheets', () => {
  it('looks for the customer table on the visible sheets first, as the add-on does', async () => {
    // A staff list kept out of sight before the customer sheet: its header names 姓名 and 手机 too.
    double.addSpreadsheet('hidden', [
      {
        title: '员工',
        values: [
          ['姓名', '手机', '部门'],
          ['赵敏', '13900000001', '销售部'],
        ],
        hidden: true,
      },
      {
        title: '客户',
        values: [
          ['客户编号', '姓名', '手机'],
          ['C001', '王芳', '13812345601'],
          ['C002', '李雷', '13812345602'],
        ],
      },
    ]);
    const { status, stdout, stderr } = await crm(['classify', '--spreadsheet', 'hidden', '--today', TODAY]);
    expect(status, stderr).toBe(0);
    expect(stdout).toContain('共 2 位客户（客户：工作表“客户”');
    expect(double.values('hidden', '员工')).toEqual([
      ['姓名', '手机', '部门'],
      ['赵敏', '13900000001', '销售部'],
    ]);
  });
});

describe("the spreadsheet's time zone", () => {
  /** The calendar day now in a time zone. */
  const dayIn = (timeZone: string) =>
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
      new Date(),
    );

  it('takes today in the spreadsheet’s time zone, as the add-on does, not in the machine’s', async () => {
    // 26 hours apart: the two calendars never show the same day.
    double.addSpreadsheet(
      'zone',
      [
        {
          title: '客户',
          values: [
            ['客户编号', '姓名', '手机'],
            ['C001', '王芳', '13812345601'],
          ],
        },
      ],
      { timeZone: 'Pacific/Kiritimati' },
    );
    const before = dayIn('Pacific/Kiritimati');
    const { status, stdout, stderr } = await crm(['classify', '--spreadsheet', 'zone'], 'zh_CN.UTF-8', {
      TZ: 'Etc/GMT+12',
    });
    const after = dayIn('Pacific/Kiritimati');
    expect(status, stderr).toBe(0);
    const today = /截至 (\d{4}-\d{2}-\d{2})/.exec(stdout)?.[1];
    expect([before, after]).toContain(today);
  });
});

describe('cells of at most 50,000 characters', () => {
  // A ledger kept one row per purchase, the buyer's name, number and mailbox on every row: one
  // duplicate group of thousands of rows, whose review lists every row in a few cells.
  it('writes the review of a duplicate group of 6,000 rows with bounded lists, which the API accepts', async () => {
    const rows: ApiValue[][] = [['客户编号', '姓名', '公司', '手机', '邮箱', '最近联系日期']];
    for (let i = 1; i <= 6000; i++)
      rows.push([`C${100000 + i}`, '王芳', '远帆贸易', '4008001234', 'service@yuanfan.cn', day(i % 300)]);
    const book = double.addSpreadsheet('long', [{ title: '客户', values: rows }]);
    const { status, stderr } = await crm(['clean', '--spreadsheet', 'long', '--today', TODAY]);
    expect(status, stderr).toBe(0);
    const review = book.sheets.find((s) => s.title === '数据质量');
    const texts = (review?.cells ?? []).flatMap((row) => (row ?? []).map((c) => String(c?.value ?? '')));
    expect(Math.max(...texts.map((t) => t.length))).toBeLessThanOrEqual(50_000);
    expect(texts.some((t) => /…等另外 \d+ 项$/.test(t))).toBe(true);
  });
});

describe('checkbox columns', () => {
  // Insert → Checkbox on the whole 已回访 column: the API reads every unchecked box as FALSE, down
  // to the last row of the grid.
  it('reads rows holding only unchecked boxes as empty rows', async () => {
    const rows: ApiValue[][] = [['客户编号', '姓名', '手机', '最近联系日期', '已回访']];
    for (let i = 1; i <= 20; i++)
      rows.push([`C${100 + i}`, `客户${i}`, `138123450${String(i).padStart(2, '0')}`, day(i * 20), false]);
    for (let r = 21; r < 1000; r++) rows.push(['', '', '', '', false]);
    (rows[3] as ApiValue[])[4] = true;
    double.addSpreadsheet('boxes', [{ title: '客户', values: rows }]);
    const { status, stdout, stderr } = await crm([
      'classify',
      '--spreadsheet',
      'boxes',
      '--today',
      TODAY,
      '--json',
    ]);
    expect(status, stderr).toBe(0);
    expect((JSON.parse(stdout) as Classified).customers).toHaveLength(20);
    // Managed values go on the 20 customers' rows only.
    expect(double.values('boxes', '客户').length).toBe(1000);
    expect(
      double
        .values('boxes', '客户')[21]
        ?.slice(5)
        .filter((c) => c !== ''),
    ).toEqual([]);
  });
});

describe('formulas in the managed columns', () => {
  it.each([
    ['zh_CN.UTF-8', '工作表“客户”的“下次跟进”列由 crm 写入，但 L3 含有公式'],
    ['en_US.UTF-8', 'column "下次跟进" of sheet "客户" is written by crm, but L3 holds a formula'],
  ])(
    'refuses to write over a formula someone put in a managed column, as the add-on does (%s)',
    async (lang, message) => {
      // Classified before; since then someone typed =TODAY()+7 into 王芳's 下次跟进.
      const managed = (
        ['r', 'f', 'm', 'segment', 'group8', 'lifecycle', 'valueTier', 'nextFollowUp'] as const
      ).map((c) => MANAGED_COLUMN_LABELS[c].zh);
      const book = double.addSpreadsheet('formula', [
        {
          title: '客户',
          values: [
            ['客户编号', '姓名', '手机', '备注', ...managed],
            ['C001', '李雷', '13812345602', '', '', '', '', '潜在客户', '', '潜在', '低价值', 46350],
            ['C002', '王芳', '13812345601', '', '', '', '', '潜在客户', '', '潜在', '低价值', 46350],
          ],
          cells: { L3: { formula: '=TODAY()+7', value: 46357 } },
        },
      ]);
      const { status, stderr } = await crm(['classify', '--spreadsheet', 'formula', '--today', TODAY], lang);
      expect(status).toBe(1);
      expect(stderr).toContain(message);
      expect(book.sheets[0]?.cells[2]?.[11]).toEqual({ value: 46357, formula: '=TODAY()+7' });
      expect(double.requests.filter((r) => r.operation === 'batchUpdateValues')).toEqual([]);
    },
  );
});
