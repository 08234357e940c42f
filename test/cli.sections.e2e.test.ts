// The built `crm` on customer ledgers grouped under section lines (华东区, VIP客户…) merged
// across the whole table, as people keep them in Excel and as systems export them (.xls web
// pages, Excel 2003 XML): a section line is not a customer, is listed in the review, and gets no
// managed cells; a 负责人 merged down over several customers still belongs to each of them.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCrm } from './support/crm.ts';

const TODAY = '2025-12-01';
const HEADER = ['序号', '客户名称', '联系人', '手机', '邮箱', '最近购买日期', '累计消费', '负责人'];

/** The ledger, row by row from row 1: a title, the header, customers under five section lines. */
type Line = { section: string } | (string | number)[];
const LEDGER: Line[] = [
  { section: '2025年客户台账' },
  HEADER,
  { section: '华东区' },
  [1, '上海远帆贸易有限公司', '张伟', '13812345678', 'zhangwei@yuanfan.cn', '2025-11-02', 12800, '王芳'],
  [2, '杭州青禾食品', '李娜', '13987654321', 'lina@qinghe.com', '2025-06-15', 5600, ''],
  // A section that says nothing a reader could know it by: only the merge tells.
  { section: '上海' },
  [3, '深圳恒通电子', '陈静', '13622223333', 'chenjing@hengtong.cn', '2025-10-20', 30500, '刘洋'],
  { section: '二〇二五年 新客户' },
  [4, '广州明德教育', '赵磊', '13544445555', 'zhaolei@mingde.edu.cn', '2025-11-20', 2300, '刘洋'],
  { section: 'VIP客户（以下为重点维护）' },
  [5, '北京华信科技', '孙丽', '13700001111', 'sunli@huaxin.com', '2025-09-01', 88000, '王芳'],
  { section: '—— 以下为离职员工转交客户 ——' },
  [6, '成都蜀香餐饮', '周强', '13066667777', 'zhouqiang@shuxiang.cn', '2024-12-01', 4100, '吴敏'],
  ['合计', '', '', '', '', '', 143300, ''],
];
const SECTIONS = [
  [3, '华东区'],
  [6, '上海'],
  [8, '二〇二五年 新客户'],
  [10, 'VIP客户（以下为重点维护）'],
  [12, '—— 以下为离职员工转交客户 ——'],
] as const;
const CUSTOMER_ROWS = [4, 5, 7, 9, 11, 13];

/**
 * A ledger's lines on a sheet 客户台账 as Excel writes them: each section line merged across
 * `width` columns, and the other ranges in `merges`.
 */
function ledgerWorkbook(
  lines: readonly (readonly (string | number)[] | { section: string })[],
  width: number,
  merges: readonly string[],
): { workbook: ExcelJS.Workbook; sheet: ExcelJS.Worksheet } {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('客户台账');
  lines.forEach((line, i) => {
    const row = sheet.getRow(i + 1);
    if (Array.isArray(line)) row.values = [...line];
    else if ('section' in line) {
      row.getCell(1).value = line.section;
      sheet.mergeCells(i + 1, 1, i + 1, width);
    }
  });
  for (const range of merges) sheet.mergeCells(range);
  return { workbook, sheet };
}

/** The ledger as Excel writes it: each section merged A:H, 负责人 merged down H4:H5. */
async function xlsxLedger(path: string, titleFormula: boolean): Promise<void> {
  const { workbook, sheet } = ledgerWorkbook(LEDGER, HEADER.length, ['H4:H5']);
  // A title computed by a formula: the file is read by exceljs, not the workbook reader of its own.
  if (titleFormula) sheet.getCell('A1').value = { formula: '"2025年"&"客户台账"', result: '2025年客户台账' };
  await workbook.xlsx.writeFile(path);
}

const xmlText = (text: string | number) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The ledger as an ERP exports it, a web page under an .xls name (colspan, rowspan). */
function htmlLedger(): string {
  const rows = LEDGER.map((line, i) => {
    if (!Array.isArray(line)) return `<tr><td colspan="${HEADER.length}">${xmlText(line.section)}</td></tr>`;
    const cells = line.map((cell, c) => {
      if (i === 3 && c === 7) return `<td rowspan="2">${xmlText(cell)}</td>`;
      if (i === 4 && c === 7) return '';
      return `<td>${xmlText(cell)}</td>`;
    });
    return `<tr>${cells.join('')}</tr>`;
  });
  return `<html><head><meta charset="utf-8"></head><body><table>\n${rows.join('\n')}\n</table></body></html>\n`;
}

/** The ledger as Excel 2003 XML (ss:MergeAcross, ss:MergeDown). */
function spreadsheetMlLedger(): string {
  const data = (cell: string | number) =>
    `<Data ss:Type="${typeof cell === 'number' ? 'Number' : 'String'}">${xmlText(cell)}</Data>`;
  const rows = LEDGER.map((line, i) => {
    if (!Array.isArray(line))
      return `<Row><Cell ss:MergeAcross="${HEADER.length - 1}">${data(line.section)}</Cell></Row>`;
    const cells = line.map((cell, c) => {
      if (i === 3 && c === 7) return `<Cell ss:MergeDown="1">${data(cell)}</Cell>`;
      if (i === 4 && c === 7) return '';
      return cell === '' ? '<Cell/>' : `<Cell>${data(cell)}</Cell>`;
    });
    return `<Row>${cells.join('')}</Row>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
 <Worksheet ss:Name="客户台账">
  <Table>
${rows.join('\n')}
  </Table>
 </Worksheet>
</Workbook>
`;
}

let dir: string;
const files: Record<string, string> = {};
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crm-sections-'));
  files.xlsx = join(dir, '客户台账.xlsx');
  await xlsxLedger(files.xlsx, false);
  files['xlsx (exceljs)'] = join(dir, '客户台账-公式.xlsx');
  await xlsxLedger(files['xlsx (exceljs)'], true);
  files['.xls web page'] = join(dir, '客户台账-网页.xls');
  await writeFile(files['.xls web page'], htmlLedger());
  files['.xls Excel 2003 XML'] = join(dir, '客户台账-2003.xls');
  await writeFile(files['.xls Excel 2003 XML'], spreadsheetMlLedger());
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function crm(args: string[], lang = 'zh') {
  return runCrm([...args, '--today', TODAY, '--lang', lang, '--quiet'], { cwd: dir });
}

const KINDS = ['xlsx', 'xlsx (exceljs)', '.xls web page', '.xls Excel 2003 XML'];

describe.each(KINDS)('a ledger grouped under merged section lines (%s)', (kind) => {
  it('classifies the six customers only, and leaves the section lines and the totals out', () => {
    const run = crm(['classify', '--in', files[kind] as string, '--json']);
    expect(run.status, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout) as { customers: { row: number; name: string | null }[] };
    expect(json.customers.map((c) => [c.row, c.name])).toEqual([
      [4, '张伟'],
      [5, '李娜'],
      [7, '陈静'],
      [9, '赵磊'],
      [11, '孙丽'],
      [13, '周强'],
    ]);
  });

  it('lists each section line in the review with what it says, and finds nothing wrong in it', () => {
    const run = crm(['clean', '--in', files[kind] as string, '--json']);
    expect(run.status, run.stderr).toBe(0);
    const review = JSON.parse(run.stdout) as {
      skipped: { row: number; reason: string; text: string }[];
      invalid: { row: number }[];
      missing: { row: number }[];
    };
    expect(review.skipped.map((s) => [s.row, s.reason, s.text])).toEqual([
      ...SECTIONS.map(([row, text]) => [row, 'section', text]),
      [14, 'total', '合计 · 143300'],
    ]);
    const sectionRows = new Set<number>(SECTIONS.map(([row]) => row));
    expect([...review.invalid, ...review.missing].filter((i) => sectionRows.has(i.row))).toEqual([]);
  });
});

describe('the review of section lines, in either language', () => {
  it.each([
    ['zh', '未计入（客户表）', '分组标题行（如地区、客户类别或时期）：不是客户，未计入分析，表中保持原样'],
    [
      'en',
      'Left out (customers)',
      'a section heading (a region, a group of customers or a period): not a customer; left out of the analysis and kept as it is',
    ],
  ])('names the row, what it says and why it is left out (%s)', async (lang, kind, why) => {
    const out = join(dir, `review-${lang}.xlsx`);
    const run = crm(['clean', '--in', files.xlsx as string, '--out', out], lang);
    expect(run.status, run.stderr).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const rows: unknown[][] = [];
    workbook.worksheets[0]?.eachRow((row) => {
      rows.push((row.values as unknown[]).slice(1));
    });
    for (const [row, text] of SECTIONS) expect(rows).toContainEqual([kind, String(row), '', text, why]);
  });
});

describe('classified in place', () => {
  it.each(['xlsx', 'xlsx (exceljs)'])(
    'writes managed cells on the customers rows only, the section lines as they were (%s)',
    async (kind) => {
      const out = join(dir, `classified-${kind.replace(/\W/g, '')}.xlsx`);
      const run = crm(['classify', '--in', files[kind] as string, '--out', out]);
      expect(run.status, run.stderr).toBe(0);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(out);
      const sheet = workbook.worksheets[0];
      const managed = (row: number) =>
        Array.from({ length: 8 }, (_, k) => sheet?.getRow(row).getCell(HEADER.length + 1 + k).value ?? null);
      for (const [row, text] of SECTIONS) {
        expect(managed(row), `row ${row}`).toEqual(Array(8).fill(null));
        expect(sheet?.getCell(row, 1).value).toBe(text);
      }
      for (const row of CUSTOMER_ROWS)
        expect(managed(row).filter((v) => v !== null).length).toBeGreaterThan(4);
      expect(sheet?.model.merges).toEqual(expect.arrayContaining(SECTIONS.map(([row]) => `A${row}:H${row}`)));
    },
  );
});

// A wider ledger, as kept in Excel: a title, the header, 华东区 merged across all twelve columns,
// customers new enough to have only a name (a magazine's publisher written with its title,
// 《读者》杂志社; a barbecue stall known by its owner, 【老王】烧烤; an English accounting firm;
// a long company name merged over B:D to fit), and orders on their own sheet.
const WIDE_HEADER = [
  '客户编号',
  '客户名称',
  '联系人',
  '手机',
  '邮箱',
  '地区',
  '行业',
  '首次购买日期',
  '最近购买日期',
  '购买次数',
  '累计消费',
  '负责人',
];
const nameOnly = (name: string) => ['', name];
const WIDE_LEDGER: Line[] = [
  { section: '2025年客户台账' },
  WIDE_HEADER,
  { section: '华东区' },
  [
    'C001',
    '上海远帆贸易有限公司',
    '张伟',
    '13812345678',
    'zhangwei@yuanfan.cn',
    '上海',
    '贸易',
    '2024-03-02',
    '2025-11-02',
    4,
    12800,
    '王芳',
  ],
  [
    'C002',
    '杭州青禾食品',
    '李娜',
    '13987654321',
    'lina@qinghe.com',
    '杭州',
    '食品',
    '2025-01-10',
    '2025-06-15',
    2,
    5600,
    '王芳',
  ],
  nameOnly('《读者》杂志社'),
  nameOnly('中国国际海运集装箱（集团）股份有限公司'),
  ['【华南区】'],
  [
    'C003',
    '深圳恒通电子',
    '陈静',
    '13622223333',
    'chenjing@hengtong.cn',
    '深圳',
    '电子',
    '2023-07-21',
    '2025-10-20',
    9,
    30500,
    '刘洋',
  ],
  nameOnly('【老王】烧烤'),
  { section: 'VIP客户' },
  [
    'C004',
    '北京华信科技',
    '孙丽',
    '13700001111',
    'sunli@huaxin.com',
    '北京',
    '软件',
    '2022-05-09',
    '2025-09-01',
    15,
    88000,
    '王芳',
  ],
  nameOnly('Summit Accounts'),
  ['合计', '', '', '', '', '', '', '', '', 30, 136900, ''],
];
/** The customers' rows, and their 客户编号 where they have one yet. */
const WIDE_CUSTOMERS = [
  [4, 'C001'],
  [5, 'C002'],
  [6, null],
  [7, null],
  [9, 'C003'],
  [10, null],
  [12, 'C004'],
  [13, null],
];
const WIDE_SECTIONS = [
  [3, '华东区'],
  [8, '【华南区】'],
  [11, 'VIP客户'],
] as const;
const ORDERS = [
  ['客户编号', '订单日期', '金额'],
  ['C001', '2025-05-02', 6400],
  ['C001', '2025-11-02', 6400],
  ['C002', '2025-06-15', 5600],
  ['C003', '2025-10-20', 30500],
  ['C004', '2025-09-01', 88000],
];

async function wideLedger(path: string): Promise<void> {
  const { workbook } = ledgerWorkbook(WIDE_LEDGER, WIDE_HEADER.length, ['B7:D7']);
  workbook.addWorksheet('订单').addRows(ORDERS);
  await workbook.xlsx.writeFile(path);
}

describe('customers known by their name only, among section lines', () => {
  let ledger: string;
  beforeAll(async () => {
    ledger = join(dir, '客户台账-新客户.xlsx');
    await wideLedger(ledger);
  });

  it('counts every customer, those with a name alone too, and no section line', () => {
    const run = crm(['classify', '--in', ledger, '--json']);
    expect(run.status, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout) as { customers: { row: number; id: string | null }[] };
    expect(json.customers.map((c) => [c.row, c.id])).toEqual(WIDE_CUSTOMERS);
  });

  it('classifies the name-only customers in place and leaves the section lines as they were', async () => {
    const out = join(dir, '客户台账-新客户-分群.xlsx');
    const run = crm(['classify', '--in', ledger, '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet('客户台账');
    const segment = (row: number) => sheet?.getRow(row).getCell(WIDE_HEADER.length + 4).value ?? null;
    expect(sheet?.getRow(2).getCell(WIDE_HEADER.length + 4).value).toBe('客户分群');
    for (const [row] of WIDE_CUSTOMERS) expect(segment(row as number), `row ${row}`).not.toBeNull();
    for (const [row, text] of WIDE_SECTIONS) {
      expect(segment(row), `row ${row}`).toBeNull();
      expect(sheet?.getCell(row, 1).value).toBe(text);
    }
    expect(sheet?.getCell(7, 2).value).toBe('中国国际海运集装箱（集团）股份有限公司');
    expect(sheet?.model.merges).toEqual(expect.arrayContaining(['A3:L3', 'B7:D7', 'A11:L11']));
  });

  it('still lists the section lines and the totals as left out', () => {
    const run = crm(['clean', '--in', ledger, '--json']);
    expect(run.status, run.stderr).toBe(0);
    const review = JSON.parse(run.stdout) as { skipped: { row: number; reason: string; text: string }[] };
    expect(review.skipped.map((s) => [s.row, s.reason, s.text])).toEqual([
      ...WIDE_SECTIONS.map(([row, text]) => [row, 'section', text]),
      [14, 'total', '合计 · 30 · 136900'],
    ]);
  });
});
