// Files only the CLI meets: a CRM export saved as GBK CSV with an export line above its header,
// and an .xlsx written by a script, whose formulas carry no saved result. The built `crm` must
// find the header, leave the totals and notes out, and never read an unsaved formula as 0.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCrm, systemLocale } from './support/crm.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TODAY = '2026-12-01';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crm-real-files-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function crm(args: string[], lang = 'zh') {
  return runCrm([...args, '--today', TODAY, '--lang', lang, '--quiet'], { env: systemLocale('zh_CN.UTF-8') });
}

interface ClassifyJson {
  customers: { row: number; id: string | null; name: string | null; monetary: number; frequency: number }[];
  issues: { row: number; column: string; value: string; message: string }[];
  notes: string[];
}

describe('a CRM export saved as GBK CSV, an export line above the header', () => {
  const file = join(ROOT, 'test', 'fixtures', 'crm-export-gbk.csv');

  it('reads the customers from row 3 on, their spend as written, the total and the note left out', () => {
    const run = crm(['classify', '--in', file, '--json']);
    expect(run.status, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout) as ClassifyJson;
    expect(json.customers.map((c) => [c.row, c.id, c.name, c.monetary])).toEqual([
      [3, 'CRM-0001', '张伟', 8800],
      [4, 'CRM-0002', '王建国', 3200],
      [5, 'CRM-0003', '刘洋', 560],
      [6, 'CRM-0004', '陈静', 0],
    ]);
    // Placeholders (-, 暂无, —) are empty, not invalid.
    expect(json.issues.filter((i) => /无效|不是|expected/.test(i.message))).toEqual([]);
    expect(run.stderr).toContain('表头在第 2 行');
  });

  it('lists the total and the note in the review, by row', async () => {
    const review = join(dir, 'review.csv');
    const run = crm(['clean', '--in', file, '--out', review]);
    expect(run.status, run.stderr).toBe(0);
    const text = (await readFile(review, 'utf8')).replace(/^\uFEFF/, '');
    const leftOut = text.split(/\r?\n/).filter((line) => line.startsWith('未计入'));
    expect(leftOut.map((line) => line.split(',').slice(0, 2).join(','))).toEqual([
      '未计入（客户表）,7',
      '未计入（客户表）,8',
    ]);
  });
});

describe('contact exports that write the name in parts (HubSpot, Salesforce)', () => {
  const hubspot = join(ROOT, 'test', 'fixtures', 'exports', 'hubspot-contacts.csv');
  const salesforce = join(ROOT, 'test', 'fixtures', 'exports', 'salesforce-contacts.csv');

  it('reads First Name and Last Name as the name of each contact, in either order of writing', () => {
    const run = crm(['classify', '--in', hubspot, '--json'], 'en');
    expect(run.status, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout) as ClassifyJson;
    expect(json.customers.map((c) => [c.id, c.name, c.monetary])).toEqual([
      ['51234001', 'Emily Chen', 12400],
      ['51234002', 'Wei Zhang', 890],
      ['51234003', 'Olivia Brown', 0],
      ['51234004', null, 0],
    ]);
    const salesforceRun = crm(['classify', '--in', salesforce, '--json'], 'en');
    expect(salesforceRun.status, salesforceRun.stderr).toBe(0);
    const names = (JSON.parse(salesforceRun.stdout) as ClassifyJson).customers.map((c) => c.name);
    // A Chinese name in parts is written family name first, with no space.
    expect(names).toEqual(['Mary Ann Smith', '王建国']);
  });

  it('greets each contact by the whole name, and the review asks only for the name nobody gave', async () => {
    const plan = join(dir, 'hubspot-follow-ups.csv');
    const planned = crm(['followups', '--in', hubspot, '--out', plan], 'en');
    expect(planned.status, planned.stderr).toBe(0);
    const tasks = Papa.parse<Record<string, string>>((await readFile(plan, 'utf8')).replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    }).data;
    const emily = tasks.find((t) => t['Customer ID'] === '51234001');
    expect(emily?.Customer).toBe('Emily Chen');
    expect(emily?.Owner).toBe('Ann Lee');
    expect(emily?.Message).toMatch(/Emily Chen/);
    const review = join(dir, 'hubspot-review.csv');
    const cleaned = crm(['clean', '--in', hubspot, '--out', review], 'en');
    expect(cleaned.status, cleaned.stderr).toBe(0);
    const text = (await readFile(review, 'utf8')).replace(/^\uFEFF/, '');
    expect(text).not.toMatch(/no Name column/);
    const nameLines = text.split(/\r?\n/).filter((line) => line.includes('First Name / Last Name'));
    expect(nameLines).toHaveLength(1);
    expect(nameLines[0]).toMatch(/,5,/);
  });
});

describe('an .xlsx written by a script: formulas without saved results', () => {
  async function scriptWrittenWorkbook(path: string) {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('客户');
    sheet.addRows([
      ['客户编号', '姓名', '购买次数', '客单价', '消费金额'],
      ['C001', '张伟', 3, 1500, null],
      ['C002', '李娜', 2, 800, null],
      ['C003', '王芳', 1, 2000, null],
      ['', '全部', null, null, null],
    ]);
    // C001's spend was saved with its result; C002's and C003's were not (as exceljs, openpyxl and
    // some exporters write them). The last row totals the column, without a 合计 label.
    sheet.getCell('E2').value = { formula: 'C2*D2', result: 4500 };
    sheet.getCell('E3').value = { formula: 'C3*D3' } as ExcelJS.CellFormulaValue;
    sheet.getCell('E4').value = { formula: 'C4*D4' } as ExcelJS.CellFormulaValue;
    sheet.getCell('C5').value = { formula: 'SUM(C2:C4)', result: 6 };
    sheet.getCell('E5').value = { formula: 'SUM(E2:E4)' } as ExcelJS.CellFormulaValue;
    await workbook.xlsx.writeFile(path);
  }

  it('reports each formula without a saved value on its row, in the language asked for', async () => {
    const path = join(dir, 'scripted.xlsx');
    await scriptWrittenWorkbook(path);
    for (const [lang, text] of [
      ['zh', '公式 =C3*D3 没有保存计算结果'],
      ['en', 'the formula =C3*D3 has no saved value'],
    ] as const) {
      const run = crm(['classify', '--in', path, '--json'], lang);
      expect(run.status, run.stderr).toBe(0);
      const json = JSON.parse(run.stdout) as ClassifyJson;
      expect(json.customers.map((c) => c.id)).toEqual(['C001', 'C002', 'C003']);
      const formulaIssues = json.issues.filter((i) => i.column === '消费金额');
      expect(formulaIssues.map((i) => i.row)).toEqual([3, 4]);
      expect(formulaIssues[0]?.message).toContain(text);
    }
  });

  it('leaves the column total out as a totals row and keeps every formula in the file it writes', async () => {
    const path = join(dir, 'scripted.xlsx');
    await scriptWrittenWorkbook(path);
    const review = join(dir, 'review.csv');
    expect(crm(['clean', '--in', path, '--out', review]).status).toBe(0);
    const text = (await readFile(review, 'utf8')).replace(/^\uFEFF/, '');
    const leftOut = text.split(/\r?\n/).filter((line) => line.startsWith('未计入'));
    expect(leftOut).toHaveLength(1);
    expect(leftOut[0]).toMatch(/^未计入（客户表）,5,.*合计行/);

    const out = join(dir, 'classified.xlsx');
    expect(crm(['classify', '--in', path, '--out', out]).status).toBe(0);
    const written = new ExcelJS.Workbook();
    await written.xlsx.readFile(out);
    const sheet = written.getWorksheet('客户');
    if (sheet === undefined) throw new Error('the written workbook lost its 客户 sheet');
    expect(['E2', 'E3', 'E4', 'C5', 'E5'].map((a) => sheet.getCell(a).formula)).toEqual([
      'C2*D2',
      'C3*D3',
      'C4*D4',
      'SUM(C2:C4)',
      'SUM(E2:E4)',
    ]);
    // The totals row gets no classification.
    const header = (sheet.getRow(1).values as ExcelJS.CellValue[]).map((v) => String(v ?? ''));
    const segment = header.indexOf('客户分群');
    expect(segment).toBeGreaterThan(0);
    expect(sheet.getRow(4).getCell(segment).value).not.toBeNull();
    expect(sheet.getRow(5).getCell(segment).value ?? null).toBeNull();
  });
});

describe('a follow-up plan the user ticks in the file --out names', () => {
  it('keeps the 完成 marks and the ticked tasks on the next run, in .csv and in .xlsx', async () => {
    const demo = join(dir, 'demo');
    expect(crm(['demo', '--out-dir', demo, '--customers', '60', '--seed', '3']).status).toBe(0);
    const input = ['--in', join(demo, 'sample-customers.xlsx'), '--orders', join(demo, 'sample-orders.csv')];

    // CSV: the plan as a file of its own.
    const csv = join(dir, 'plan.csv');
    expect(crm(['followups', ...input, '--out', csv]).status).toBe(0);
    const rows = Papa.parse<string[]>((await readFile(csv, 'utf8')).replace(/^\uFEFF/, '')).data;
    const header = rows[0] ?? [];
    const idColumn = header.indexOf('任务编号');
    expect(header[0]).toBe('完成');
    const ticked = rows[5] ?? [];
    const taskId = ticked[idColumn] ?? '';
    expect(taskId).not.toBe('');
    ticked[0] = '✓';
    await writeFile(csv, `\uFEFF${Papa.unparse(rows, { newline: '\r\n' })}`);
    expect(crm(['followups', ...input, '--out', csv]).status).toBe(0);
    const again = Papa.parse<string[]>((await readFile(csv, 'utf8')).replace(/^\uFEFF/, '')).data;
    const kept = again.filter((row) => row[idColumn] === taskId);
    expect(kept).toHaveLength(1);
    expect(kept[0]?.[0]).toBe('✓');

    // .xlsx: the plan as the workbook's follow-up sheet.
    const xlsx = join(dir, 'plan.xlsx');
    expect(crm(['followups', ...input, '--out', xlsx]).status).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    const sheet = workbook.worksheets[0];
    if (sheet === undefined) throw new Error('the plan workbook has no sheet');
    const ids = (sheet.getColumn(idColumn + 1).values as ExcelJS.CellValue[]).map((v) => String(v ?? ''));
    const row = ids.indexOf(taskId);
    expect(row).toBeGreaterThan(1);
    sheet.getRow(row).getCell(1).value = '是';
    await workbook.xlsx.writeFile(xlsx);
    expect(crm(['followups', ...input, '--out', xlsx]).status).toBe(0);
    const reread = new ExcelJS.Workbook();
    await reread.xlsx.readFile(xlsx);
    const plan = reread.worksheets[0];
    if (plan === undefined) throw new Error('the plan workbook lost its sheet');
    const after = (plan.getColumn(idColumn + 1).values as ExcelJS.CellValue[]).map((v) => String(v ?? ''));
    expect(plan.getRow(after.indexOf(taskId)).getCell(1).value).toBe('是');
  });
});

describe('an ERP sales export with a Chinese clock time, beside the customer list', () => {
  // 用友 / 金蝶 write a document's time as Windows does in Chinese: 2024/5/6 上午 9:15:00.
  const customers = '客户编码,客户名称,手机\nA01,刘德华,13800000001\nA02,周杰伦,13800000002\n';
  const orders =
    '单据日期,单据编号,客户编码,价税合计\n' +
    '2026/10/6 上午 9:15:00,XSD-001,A01,"1,000.00"\n' +
    '2026/11/20 下午 3:20:00,XSD-002,A02,"2,000.00"\n' +
    '2026/11/21 下午 4:00:00,XSD-003,A09,500.00\n' +
    '2026/11/22,XSD-004,A01,一千\n';

  it('reads the orders, and crm clean lists the orders it could not take, in either language', async () => {
    const customerFile = join(dir, 'erp-customers.csv');
    const orderFile = join(dir, 'erp-orders.csv');
    await writeFile(customerFile, customers);
    await writeFile(orderFile, orders);
    const classify = crm(['classify', '--in', customerFile, '--orders', orderFile, '--json']);
    expect(classify.status, classify.stderr).toBe(0);
    const result = JSON.parse(classify.stdout) as ClassifyJson;
    expect(result.customers.map((c) => [c.id, c.frequency, c.monetary])).toEqual([
      ['A01', 1, 1000],
      ['A02', 1, 2000],
    ]);

    const zh = crm(['clean', '--in', customerFile, '--orders', orderFile]);
    expect(zh.status, zh.stderr).toBe(0);
    expect(zh.stdout).toContain('订单表的问题：2 个');
    expect(zh.stdout).toMatch(/第 4 行，客户编码："A09" – .*不在客户表中/);
    expect(zh.stdout).toMatch(/第 5 行，价税合计："一千"/);
    const en = crm(['clean', '--in', customerFile, '--orders', orderFile], 'en');
    expect(en.stdout).toContain('problems in the orders table: 2');
    const json = crm(['clean', '--in', customerFile, '--orders', orderFile, '--json']);
    const review = JSON.parse(json.stdout) as {
      tableIssues: { table: string; row: number; column: string }[];
    };
    expect(review.tableIssues.map((issue) => [issue.table, issue.row, issue.column])).toEqual([
      ['orders', 5, '价税合计'],
      ['orders', 4, '客户编码'],
    ]);
  });
});

describe('a workbook whose receipt book names its buyers by a header the toolkit does not know', () => {
  it('classifies the customers, and says first which sheet of purchases it left unread', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('学员').addRows([
      ['学员编号', '姓名', '手机'],
      ['X-07', '陈思琪', '13956012233'],
    ]);
    workbook
      .addWorksheet('收费明细')
      .addRows([
        ['2026年收费明细'],
        ['日期', '收据号', '档案号', '金额'],
        ['2026-09-03', 'NO.0031', 'X-07', 3980],
      ]);
    const file = join(dir, 'receipts.xlsx');
    await workbook.xlsx.writeFile(file);
    for (const [lang, said] of [
      ['zh', '工作表“收费明细”（“日期”、“收据号”、“档案号”、“金额”）像是订单'],
      ['en', 'Sheet "收费明细" ("日期", "收据号", "档案号", "金额") looks like orders'],
    ] as const) {
      const run = crm(['classify', '--in', file, '--json', '--no-clv'], lang);
      expect(run.status, run.stderr).toBe(0);
      const result = JSON.parse(run.stdout) as ClassifyJson;
      expect(result.customers.map((c) => c.id)).toEqual(['X-07']);
      expect(result.notes[0]).toContain(said);
    }
  });
});
