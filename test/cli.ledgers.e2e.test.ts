// Sales ledgers that name each customer only by name (test/fixtures/ledgers): the built `crm`
// matches their orders to the customer table's names or companies, the same whether the orders
// file is read on the main thread or in the worker (CRM_ORDERS_THREAD), and says which rows of
// the customer table make a name unclear.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCrm, systemLocale } from './support/crm.ts';

const LEDGERS = join(import.meta.dirname, 'fixtures', 'ledgers');
const TODAY = '2025-06-30';

interface Classified {
  customers: { name: string | null; frequency: number; monetary: number }[];
  issues: { row: number; column: string; value: string; message: string; table: string }[];
  notes: string[];
}

function classify(customers: string, orders: string, thread: 'main' | 'worker', language: 'zh' | 'en') {
  const args = ['classify', '--in', customers, '--orders', orders, '--today', TODAY, '--json'];
  return runCrm([...args, '--lang', language, '--no-clv'], {
    cwd: LEDGERS,
    env: { ...systemLocale('en_US.UTF-8'), CRM_ORDERS_THREAD: thread },
  });
}

function classified(customers: string, orders: string, language: 'zh' | 'en'): Classified {
  const main = classify(customers, orders, 'main', language);
  expect(main.status, main.stderr).toBe(0);
  expect(classify(customers, orders, 'worker', language)).toEqual(main);
  return JSON.parse(main.stdout) as Classified;
}

describe('crm classify on a sales ledger without customer ids', () => {
  it("matches a salon's spending by 姓名, and leaves the two members called 张伟 to the user", () => {
    const result = classified('salon_members.csv', 'salon_spending.csv', 'zh');
    expect(result.customers.map((c) => [c.name, c.frequency, c.monetary])).toEqual([
      ['李佳琪', 3, 1476],
      ['张伟', 0, 0],
      ['王芳', 3, 934],
      ['张伟', 0, 0],
      ['刘洋', 1, 128],
    ]);
    const orders = result.issues.filter((issue) => issue.table === 'orders');
    expect(orders).toEqual([expect.objectContaining({ row: 5, column: '姓名', value: '张伟' })]);
    expect(orders[0]?.message).toContain('第 3、5 行');
  });

  it("matches 金蝶's 购货单位 to the companies, however the names are spaced and bracketed", () => {
    const result = classified('kingdee_customers.csv', 'kingdee_sales.csv', 'en');
    expect(result.customers.map((c) => [c.frequency, c.monetary])).toEqual([
      [3, 16100],
      [1, 3000],
      [1, 1750],
      [1, 10600],
      [1, 5340],
      [1, 2560],
    ]);
    expect(result.issues.filter((issue) => issue.table === 'orders')).toEqual([
      expect.objectContaining({ row: 11, column: '购货单位', value: '江门市新会区鸿运建材店' }),
    ]);
  });

  it("counts the lines of 金蝶's 序时簿 grouped by 购货单位 for the company on each group's first line, and says which", () => {
    const result = classified('kingdee_customers.csv', 'kingdee_grouped_sales.csv', 'zh');
    expect(result.customers.map((c) => [c.frequency, c.monetary])).toEqual([
      [3, 16100],
      [1, 3000],
      [1, 1750],
      [1, 10600],
      [2, 7120],
      [1, 2560],
    ]);
    expect(result.issues.filter((issue) => issue.table === 'orders')).toEqual([]);
    expect(result.notes.join('\n')).toContain('订单表有 4 行没写客户（第 3、4、7、14 行）');
  });

  it('leaves a line without a name to the user where its month subtotal does not make it one customer’s', () => {
    const result = classified('salon_members.csv', 'salon_monthly.csv', 'en');
    expect(result.customers.map((c) => [c.name, c.frequency, c.monetary])).toEqual([
      ['李佳琪', 1, 398],
      ['张伟', 0, 0],
      ['王芳', 1, 268],
      ['张伟', 0, 0],
      ['刘洋', 1, 128],
    ]);
    expect(result.issues.filter((issue) => issue.table === 'orders').map((issue) => issue.row)).toEqual([
      3, 7,
    ]);
    expect(result.notes.join('\n')).not.toContain('no customer written');
  });

  it("counts QuickBooks' sales by customer detail for the customer above each group, below the report's title", () => {
    const result = classified('qbo_customers.csv', 'qbo_sales_detail.csv', 'en');
    expect(result.customers.map((c) => [c.name, c.frequency, c.monetary])).toEqual([
      ['Sarah Kim', 2, 1320],
      ['Tom Reyes', 1, 300],
      ['Dana Whitfield', 3, 3490],
      ['Priya Nair', 0, 0],
    ]);
    expect(result.issues.filter((issue) => issue.table === 'orders')).toEqual([]);
    expect(result.notes.join('\n')).toContain(
      '7 order rows have no customer written (rows 7, 8, 9, 12, 15, 16, 17)',
    );
  });

  it("counts 管家婆's 销售明细账 under 往来单位：… headings in the 日期 column for that 往来单位", () => {
    const result = classified('grasp_units.csv', 'grasp_sales_by_unit.csv', 'zh');
    expect(result.customers.map((c) => [c.frequency, c.monetary])).toEqual([
      [2, 4920],
      [1, 4350],
      [2, 6576],
      [0, 0],
    ]);
    expect(result.notes.join('\n')).toContain('订单表有 6 行没写客户（第 5、6、7、10、13、14 行）');
  });

  it('says the orders have no customer column where no heading names one, either thread, writing nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'crm-ledgers-'));
    try {
      const orders = join(dir, 'sales.csv');
      // Headed like a grouped report, but the subtotal is no sum of the lines: nothing says whose they are.
      await writeFile(orders, 'Date,Num,Amount\nAcme Dental Group,,\n2025-01-15,1001,1200\nSubtotal,,1000\n');
      for (const thread of ['main', 'worker'] as const) {
        const out = join(dir, `out-${thread}.csv`);
        const args = ['--in', 'qbo_customers.csv', '--orders', orders, '--today', TODAY, '--out', out];
        const run = runCrm(['classify', ...args, '--lang', 'en'], {
          cwd: LEDGERS,
          env: { ...systemLocale('en_US.UTF-8'), CRM_ORDERS_THREAD: thread },
        });
        expect(run.status, run.stderr).toBe(1);
        expect(run.stderr).toContain('Found: "Date", "Num", "Amount"');
        expect(run.stderr).toContain('(missing: 客户编号/Customer ID)');
        expect(run.stderr).toContain("where each group's subtotal is exactly the sum of its lines");
        await expect(readFile(out)).rejects.toThrow(/ENOENT/);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('asks for a name or company column where the customer table has neither, changing nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'crm-ledgers-'));
    try {
      const customers = join(dir, 'phones.csv');
      await writeFile(customers, '手机,城市\n13800001111,杭州\n');
      const out = join(dir, 'out.csv');
      const args = ['--in', customers, '--orders', join(LEDGERS, 'salon_spending.csv'), '--today', TODAY];
      const run = runCrm(['classify', ...args, '--out', out, '--lang', 'zh'], {
        cwd: LEDGERS,
        env: systemLocale('en_US.UTF-8'),
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('按“姓名”列（客户名称）对应客户');
      expect(run.stderr).toContain('请在客户表加上 姓名/Name 或 公司/Company 列');
      await expect(readFile(out)).rejects.toThrow(/ENOENT/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
