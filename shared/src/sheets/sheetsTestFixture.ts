// A small realistic customer table + orders for the sheet-layout tests (not a test file itself).
import { addDays } from '../model/dates.ts';
import type { Cell, TableData } from '../model/table.ts';
import { analyzeCustomerTable, type CustomerAnalysis } from '../pipeline/analyzeCustomerTable.ts';

export const TODAY = '2026-05-20';

const PEOPLE = [
  ['刘洋', '华腾科技', 'liu.yang@huateng.cn'],
  ['Alice Chen', 'Northwind Ltd', 'alice@northwind.com'],
  ['王芳', '星河贸易', 'wangfang@xinghe.cn'],
  ['张伟', '云帆物流', 'zhangwei@yunfan.cn'],
  ['Bob Smith', 'Contoso', 'bob@contoso.com'],
  ['李娜', '华腾科技', 'lina@huateng.cn'],
] as const;

/** `customers` rows (every sixth without purchases) and their orders over the last year. */
export function sampleTables(customers: number): { customers: TableData; orders: TableData } {
  const rows: Cell[][] = [];
  const orders: Cell[][] = [];
  for (let i = 0; i < customers; i++) {
    const [name, company, email] = PEOPLE[i % PEOPLE.length] ?? PEOPLE[0];
    const id = `C${String(i + 1).padStart(5, '0')}`;
    rows.push([
      id,
      `${name}${i >= PEOPLE.length ? i : ''}`,
      company,
      i === 3 ? 'not-an-email' : email.replace('@', `${i}@`),
      '负责人甲',
      '',
    ]);
    if (i % 6 === 5) continue;
    const count = 1 + (i % 5);
    for (let k = 0; k < count; k++) {
      orders.push([id, addDays(TODAY, -((i * 37 + k * 53) % 360)), 100 + ((i * 131 + k * 17) % 900)]);
    }
  }
  return {
    customers: { header: ['客户编号', '姓名', '公司', '邮箱', '负责人', '备注'], rows },
    orders: { header: ['客户编号', '日期', '金额'], rows: orders },
  };
}

export function sampleAnalysis(
  customers: number,
  options: { orders?: boolean; language?: 'zh' | 'en' } = {},
): CustomerAnalysis {
  const tables = sampleTables(customers);
  return analyzeCustomerTable({
    customers: tables.customers,
    orders: options.orders === false ? null : tables.orders,
    config: { language: options.language ?? 'zh' },
    today: TODAY,
    clv: false,
  });
}
