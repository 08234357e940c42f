// `crm … --spreadsheet` on a spreadsheet the user may not change as the run would: shared with
// them to view only, or with the cells it writes protected by the owner (数据 → 保护工作表和区域).
// Google refuses such a write with 403; the run must say so in the user's language, name what
// was protected, and leave the spreadsheet as it was. The built CLI against the Sheets v4 REST
// double on 127.0.0.1.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SheetsRestDouble } from './doubles/sheetsRestDouble.ts';
import type { ApiValue } from './doubles/sheetsStore.ts';
import { runCrmAsync, systemLocale } from './support/crm.ts';

const double = new SheetsRestDouble();

/** The built CLI on a Chinese or an English system, against the double. */
function crm(lang: 'zh' | 'en', ...args: string[]) {
  return runCrmAsync(args, {
    env: {
      ...systemLocale(lang === 'zh' ? 'zh_CN.UTF-8' : 'en_US.UTF-8'),
      CRM_SHEETS_ROOT_URL: `${double.url}/`,
      CRM_GOOGLE_ACCESS_TOKEN: 'test-token',
    },
  });
}

const CUSTOMERS: ApiValue[][] = [
  ['客户编号', '姓名', '手机', '负责人', '最近联系日期'],
  ['C001', '张伟', '13912345678', '王芳', '2026-10-08'],
  ['C002', '李娜', '13812345678', '王芳', '2026-06-15'],
  ['C003', '刘洋', '13712345678', '陈晨', '2025-12-01'],
];
const ORDERS: ApiValue[][] = [
  ['客户编号', '订单日期', '金额'],
  ['C001', '2026-09-20', 1200],
  ['C001', '2026-11-02', 860],
  ['C002', '2026-03-11', 300],
];
/** The plan a colleague already works from, in the sheet a follow-ups run replaces. */
const PLAN: ApiValue[][] = [
  ['到期日', '客户', '事项'],
  ['2026-11-25', '张伟', '回访：上次报价'],
];

function addBook(options: {
  access?: 'edit' | 'view';
  protect?: { customers?: string[]; plan?: string[] };
  /** Rows of a 10-column sheet of order lines beside the others, to bring the cells to the limit. */
  detailRows?: number;
}) {
  double.addSpreadsheet(
    'book',
    [
      { title: '客户', values: CUSTOMERS, columns: 8, protectedRanges: options.protect?.customers ?? [] },
      { title: '订单', values: ORDERS, columns: 3 },
      { title: '跟进任务', values: PLAN, columns: 3, protectedRanges: options.protect?.plan ?? [] },
      ...(options.detailRows
        ? [{ title: '明细', values: [['单号']], rows: options.detailRows, columns: 10 }]
        : []),
    ],
    { access: options.access ?? 'edit' },
  );
}

/** Every sheet's title and values, to compare before and after a refused run. */
function snapshot() {
  const book = double.spreadsheets.get('book');
  return book?.sheets.map((sheet) => [
    sheet.title,
    sheet.rowCount,
    sheet.columnCount,
    sheet.rowCount > 1000 ? null : double.values('book', sheet.title),
  ]);
}

beforeAll(async () => {
  await double.start();
});
afterAll(() => double.stop());
beforeEach(() => {
  double.spreadsheets.clear();
  double.requests.length = 0;
});

describe('crm on a Google Sheet it may not change', () => {
  it.each([
    [
      'zh',
      ['classify', '--spreadsheet', 'book', '--today', '2026-12-01', '--no-clv'],
      '无法写入表格 book：您对这个表格只有查看（或评论）权限。请让表格所有者把您设为编辑者后再试。表格没有任何改动',
    ],
    [
      'en',
      ['followups', '--spreadsheet', 'book', '--today', '2026-12-01', '--no-clv'],
      'cannot write to spreadsheet book: you may only view (or comment on) it. Ask its owner to make you an editor, then run again. Nothing in the spreadsheet was changed',
    ],
    [
      'zh',
      ['person', 'erase', '--spreadsheet', 'book', '--match', 'id:C002'],
      '无法写入表格 book：您对这个表格只有查看（或评论）权限。请让表格所有者把您设为编辑者后再试。表格没有任何改动',
    ],
  ] as const)(
    'shared to view only (%s): %j is refused, saying why, and changes nothing',
    async (lang, args, message) => {
      addBook({ access: 'view' });
      const before = snapshot();
      const { status, stderr } = await crm(lang, ...args);
      expect(stderr).toContain(`crm: ${message}`);
      expect(status).toBe(1);
      expect(snapshot()).toEqual(before);
    },
  );

  it('names the protected sheet when the cells classify writes are protected, and changes nothing', async () => {
    // The owner protected the whole 客户 sheet; the run may read it, not write its columns.
    addBook({ protect: { customers: ['客户'] } });
    const before = snapshot();
    const { status, stderr } = await crm('zh', 'classify', '--spreadsheet', 'book', '--today', '2026-12-01');
    expect(stderr).toContain(
      'crm: 无法写入表格 book：工作表“客户”中 crm 要写入的单元格受保护（数据 → 保护工作表和区域）。请让表格所有者取消保护，或把您加入可以编辑这些单元格的人员后再试。表格没有任何改动',
    );
    expect(status).toBe(1);
    expect(snapshot()).toEqual(before);
  });

  it('takes back the columns it added when the cells it writes there are protected', async () => {
    // F:H, empty, are protected; the managed columns start at F and need the sheet wider.
    addBook({ protect: { customers: ['F:H'] } });
    const before = snapshot();
    const { status, stderr } = await crm('zh', 'classify', '--spreadsheet', 'book', '--today', '2026-12-01');
    expect(stderr).toContain('crm: 无法写入表格 book：工作表“客户”中 crm 要写入的单元格受保护');
    expect(status).toBe(1);
    expect(snapshot()).toEqual(before);
  });

  it.each([
    [
      'followups',
      'en',
      "cannot write to spreadsheet book: it would grow past Google Sheets' limit of 10 million cells",
    ],
    ['classify', 'zh', '无法写入表格 book：写入后表格将超过 Google 表格 1000 万个单元格的上限'],
  ] as const)(
    '%s on a spreadsheet at its 10 million cells says so (%s), and changes nothing',
    async (job, lang, message) => {
      // 14,000 cells in the three sheets and 9,985,990 in 明细: 10 cells left, fewer than a new
      // sheet or the managed columns take.
      addBook({ detailRows: 998_599 });
      const before = snapshot();
      const { status, stderr } = await crm(
        lang,
        job,
        '--spreadsheet',
        'book',
        '--today',
        '2026-12-01',
        '--no-clv',
      );
      expect(stderr).toContain(`crm: ${message}`);
      expect(status).toBe(1);
      expect(snapshot()).toEqual(before);
    },
  );

  it('keeps the protected plan a colleague works from, whole, when follow-ups would replace it', async () => {
    addBook({ protect: { plan: ['跟进任务'] } });
    const before = snapshot();
    const { status, stderr } = await crm('en', 'followups', '--spreadsheet', 'book', '--today', '2026-12-01');
    expect(stderr).toContain(
      'crm: cannot write to spreadsheet book: cells crm writes in sheet "跟进任务" are protected (Data → Protect sheets and ranges). Ask its owner to remove the protection or to let you edit them, then run again. Nothing in the spreadsheet was changed',
    );
    expect(status).toBe(1);
    // The sheet crm filled before replacing the plan is gone again; the plan is as it was.
    expect(snapshot()).toEqual(before);
  });
});
