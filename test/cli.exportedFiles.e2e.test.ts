// The built `crm` on "Excel" exports as systems write them: an ERP's customer list as a web
// page under an .xls name, its sales as Excel 2003 XML with the customer merged down each of
// the customer's lines, and an orders workbook whose first sheet is a hidden one.
import { copyFile, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCrm } from './support/crm.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EXPORTS = join(ROOT, 'test', 'fixtures', 'exports');
const TODAY = '2026-12-01';

let dir: string;
let customers: string;
let sales: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crm-exports-'));
  customers = join(dir, '客户资料导出.xls');
  sales = join(dir, '销售出库明细.xls');
  await copyFile(join(EXPORTS, '客户资料导出.xls'), customers);
  await copyFile(join(EXPORTS, '销售出库明细.xls'), sales);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function crm(args: string[], lang = 'zh') {
  return runCrm([...args, '--today', TODAY, '--lang', lang, '--quiet'], { cwd: dir });
}

interface ClassifyJson {
  customers: {
    row: number;
    id: string | null;
    frequency: number;
    monetary: number;
    recencyDays: number | null;
  }[];
}

describe('an ERP export: customers as a web page, sales as Excel 2003 XML, both named .xls', () => {
  it('counts every sales line of a customer merged down its lines, and leaves the totals out', () => {
    const run = crm(['classify', '--in', customers, '--orders', sales, '--no-clv', '--json']);
    expect(run.status, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout) as ClassifyJson;
    expect(json.customers.map((c) => [c.row, c.id, c.frequency, c.monetary, c.recencyDays ?? null])).toEqual([
      [4, '00123', 3, 12480, 29],
      [5, '00124', 1, 3260.5, 169],
      [6, '00125', 1, 860, 346],
      [7, '00126', 0, 0, null],
    ]);
    expect(run.stderr).toContain('客户：工作表“客户资料”（表头在第 3 行）');
    expect(run.stderr).toContain('订单：工作表“销售出库明细.xls › 销售出库明细”（表头在第 3 行）');
  });

  it('writes the classified table to an .xlsx, the page cells as the text they were', async () => {
    const out = join(dir, 'classified.xlsx');
    const run = crm(['classify', '--in', customers, '--orders', sales, '--no-clv', '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(3).values).toEqual(
      expect.arrayContaining(['客户编号', '累计消费', 'R', 'F', 'M', '客户分群', '八类客户']),
    );
    expect(sheet?.getCell('A4').value).toBe('00123');
    expect(sheet?.getCell('E4').value).toBe('浙江省杭州市西湖区\n文三路 90 号 5 楼');
  });

  it('refuses --in-place before anything is written: crm does not write .xls', async () => {
    const before = await readFile(customers);
    const run = crm(['classify', '--in', customers, '--orders', sales, '--in-place'], 'en');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `cannot write ${customers}: crm writes .xlsx and .csv files, not .xls: name an .xlsx or .csv file with --out`,
    );
    expect(await readFile(customers)).toEqual(before);
    expect((await readdir(dir)).filter((name) => name.endsWith('.bak'))).toEqual([]);
  });
});

describe('an orders workbook whose first sheet is hidden', () => {
  it('reads the orders from the sheet the user sees', async () => {
    const workbook = new ExcelJS.Workbook();
    const hidden = workbook.addWorksheet('导出参数', { state: 'hidden' });
    hidden.addRows([
      ['参数', '值'],
      ['日期范围', '全部'],
    ]);
    workbook.addWorksheet('Sheet1').addRows([
      ['客户编号', '订单日期', '金额'],
      ['00123', '2026-11-02', 4160],
      ['00123', '2026-07-18', 4160],
    ]);
    const orders = join(dir, 'orders.xlsx');
    await workbook.xlsx.writeFile(orders);
    const run = crm(['classify', '--in', customers, '--orders', orders, '--no-clv', '--json']);
    expect(run.status, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout) as ClassifyJson;
    expect(json.customers.find((c) => c.id === '00123')).toMatchObject({ frequency: 2, monetary: 8320 });
  });
});
