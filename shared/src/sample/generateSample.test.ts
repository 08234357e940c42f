import fc from 'fast-check';
import { isValidPhoneNumber } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { COMPLAINT_FIELD_SYNONYMS, CUSTOMER_FIELD_SYNONYMS, ORDER_FIELD_SYNONYMS } from '../model/fields.ts';
import { generateSample } from './generateSample.ts';
import { column, dayOf, fieldOf, rate, TODAY, TODAY_DAY, text } from './sampleTestCells.ts';

describe('generateSample', () => {
  const sample = generateSample({ customers: 3000, seed: 11, today: TODAY });
  const { customers, orders, complaints } = sample;

  it('gives the same tables for the same seed', () => {
    const options = { customers: 400, ordersPerCustomer: 4, seed: 99, today: TODAY };
    expect(generateSample(options)).toEqual(generateSample(options));
  });

  it('gives different tables for different seeds', () => {
    const a = generateSample({ customers: 200, seed: 1, today: TODAY });
    const b = generateSample({ customers: 200, seed: 2, today: TODAY });
    expect(a.customers.rows).not.toEqual(b.customers.rows);
    expect(a.orders.rows).not.toEqual(b.orders.rows);
  });

  it('writes one row per customer and about ordersPerCustomer orders each', () => {
    for (const [count, perCustomer] of [
      [2000, 3],
      [4000, 3],
      [3000, 10],
    ] as const) {
      const generated = generateSample({
        customers: count,
        ordersPerCustomer: perCustomer,
        seed: 5,
        today: TODAY,
      });
      expect(generated.customers.rows).toHaveLength(count);
      const ratio = generated.orders.rows.length / (count * perCustomer);
      expect(ratio).toBeGreaterThan(0.75);
      expect(ratio).toBeLessThan(1.25);
    }
  });

  it('rejects a today that is not a YYYY-MM-DD date', () => {
    expect(() => generateSample({ customers: 10, today: '2025-13-01' })).toThrow(/YYYY-MM-DD/);
  });

  it('gives empty tables with their headers for zero customers', () => {
    const empty = generateSample({ customers: 0, today: TODAY });
    expect(empty.customers.rows).toEqual([]);
    expect(empty.orders.rows).toEqual([]);
    expect(empty.complaints.rows).toEqual([]);
    expect(empty.customers.header).toContain('客户编号');
  });

  it('uses headers the bilingual synonyms recognise, plus one unknown column', () => {
    const customerFields = customers.header.map((header) => fieldOf(header, CUSTOMER_FIELD_SYNONYMS));
    expect(customerFields).toEqual([
      'id',
      'name',
      'company',
      'title',
      'mobile',
      'email',
      'address',
      'birthday',
      'owner',
      'tags',
      'lastContact',
      'satisfaction',
      'complaintStatus',
      'complaintDate',
      'recommend',
      'note',
      null,
    ]);
    expect(customers.header.at(-1)).toBe('微信群');
    expect(orders.header.map((header) => fieldOf(header, ORDER_FIELD_SYNONYMS))).toEqual([
      'customerId',
      'orderId',
      'date',
      'amount',
    ]);
    expect(complaints.header.map((header) => fieldOf(header, COMPLAINT_FIELD_SYNONYMS))).toEqual([
      'customerId',
      'openedDate',
      'stage',
      'stageDate',
      'closedDate',
      'summary',
      'satisfaction',
    ]);
  });

  it('fills every row to the header width and keeps the unknown column filled in places', () => {
    for (const row of customers.rows) expect(row).toHaveLength(customers.header.length);
    const groups = column(customers, '微信群').filter((cell) => text(cell) !== '');
    expect(rate(groups.length, customers.rows.length)).toBeGreaterThan(0.2);
  });

  it('asks some buyers the NPS question (推荐意愿, 0–10), promoters and detractors among them', () => {
    const answers = column(customers, '推荐意愿');
    const given = answers.filter((cell) => text(cell) !== '');
    expect(given.length / customers.rows.length).toBeGreaterThan(0.2);
    expect(given.length / customers.rows.length).toBeLessThan(0.45);
    for (const cell of given) expect(text(cell)).toMatch(/^(?:10|[0-9])(?:分)?$/);
    const scores = given.map((cell) => Number.parseInt(text(cell), 10));
    expect(scores.some((s) => s >= 9)).toBe(true);
    expect(scores.some((s) => s <= 6)).toBe(true);
  });

  it('mixes about 70 % Chinese and 30 % English contacts', () => {
    const names = column(customers, '姓名').map(text).filter(Boolean);
    const chinese = names.filter((name) => /\p{Script=Han}/u.test(name));
    expect(rate(chinese.length, names.length)).toBeGreaterThan(0.62);
    expect(rate(chinese.length, names.length)).toBeLessThan(0.78);
    expect(column(customers, '公司').some((company) => /有限公司$/.test(text(company)))).toBe(true);
    expect(column(customers, '公司').some((company) => /(Ltd\.|Inc\.|LLC)$/.test(text(company)))).toBe(true);
  });

  it("writes phones in several formats, all valid in libphonenumber's full metadata", () => {
    const phones = column(customers, '手机').filter((cell) => text(cell) !== '');
    const valid = phones.filter((cell) => isValidPhoneNumber(text(cell), 'CN'));
    // No invalid phones are planted (blank ones are): every number must be a real one.
    expect(phones.filter((cell) => !isValidPhoneNumber(text(cell), 'CN'))).toEqual([]);
    expect(valid.length).toBe(phones.length);
    const shapes = new Set(
      phones.map((cell) => (typeof cell === 'number' ? 'number' : text(cell).replace(/\d/g, '9'))),
    );
    expect(shapes.size).toBeGreaterThan(8);
  });

  it('writes birthdays and dates in mixed formats', () => {
    const birthdays = column(customers, '生日').filter((cell) => text(cell) !== '');
    const kinds = new Set(
      birthdays.map((cell) =>
        typeof cell === 'number'
          ? 'serial'
          : /年/.test(text(cell))
            ? 'chinese'
            : /^\d{2}-\d{2}$/.test(text(cell))
              ? 'no-year'
              : /\//.test(text(cell))
                ? 'slash'
                : 'iso',
      ),
    );
    expect([...kinds].sort()).toEqual(['chinese', 'iso', 'no-year', 'serial', 'slash']);
  });

  it('writes amounts mostly as numbers and sometimes as ¥1,234.50 or 1234.5 元', () => {
    const amounts = column(orders, '金额');
    expect(rate(amounts.filter((cell) => typeof cell === 'number').length, amounts.length)).toBeGreaterThan(
      0.8,
    );
    expect(amounts.some((cell) => /^-?¥\d{1,3}(,\d{3})*\.\d{2}$/.test(text(cell)))).toBe(true);
    expect(amounts.some((cell) => / 元$/.test(text(cell)))).toBe(true);
  });

  it('dates orders within the two years before today, except the deliberate future ones', () => {
    const days = column(orders, '订单日期').map(dayOf);
    expect(days.every((day) => day !== null)).toBe(true);
    const inWindow = days.filter((day) => day !== null && day >= TODAY_DAY - 730 && day <= TODAY_DAY);
    expect(rate(inWindow.length, days.length)).toBeGreaterThan(0.99);
  });

  it('gives prospects, one-time buyers and frequent buyers', () => {
    const perCustomer = new Map<string, number>();
    for (const id of column(orders, '客户编号'))
      perCustomer.set(text(id), (perCustomer.get(text(id)) ?? 0) + 1);
    const counts = column(customers, '客户编号').map((id) => perCustomer.get(text(id)) ?? 0);
    const share = (test: (count: number) => boolean): number =>
      rate(counts.filter(test).length, counts.length);
    expect(share((count) => count === 0)).toBeGreaterThan(0.05);
    expect(share((count) => count === 1)).toBeGreaterThan(0.1);
    expect(share((count) => count >= 20)).toBeGreaterThan(0.05);
  });

  it('refers only to known customers with unique ids and order numbers', () => {
    const ids = column(customers, '客户编号').map(text);
    expect(new Set(ids).size).toBe(ids.length);
    const known = new Set(ids);
    expect(column(orders, '客户编号').every((id) => known.has(text(id)))).toBe(true);
    expect(column(complaints, '客户编号').every((id) => known.has(text(id)))).toBe(true);
    const orderIds = column(orders, '订单编号').map(text);
    expect(new Set(orderIds).size).toBe(orderIds.length);
  });

  it('spreads complaints over every stage, some past their SLA', () => {
    expect(rate(complaints.rows.length, customers.rows.length)).toBeGreaterThan(0.02);
    const stages = column(complaints, '处理阶段').map(text);
    expect(new Set(stages)).toEqual(
      new Set(['受理', '调查核实', '制定解决方案', '反馈处理结果', '回访', '已关闭', '已解决']),
    );
    const sla: Record<string, number> = { 受理: 1, 调查核实: 3, 制定解决方案: 2, 反馈处理结果: 1, 回访: 7 };
    const stageDates = column(complaints, '阶段日期').map(dayOf);
    const overdue = stages.filter(
      (stage, i) => stage in sla && TODAY_DAY - (stageDates[i] ?? TODAY_DAY) > (sla[stage] ?? 0),
    );
    expect(overdue.length).toBeGreaterThan(0);
    const closed = column(complaints, '结案日期').filter((cell) => text(cell) !== '');
    expect(closed.length).toBe(stages.filter((stage) => stage === '已关闭' || stage === '已解决').length);
  });

  it('adds the purchase summary columns when asked, consistent with the orders', () => {
    const withSummary = generateSample({ customers: 300, seed: 3, today: TODAY, summaryColumns: true });
    expect(withSummary.customers.header.slice(8, 12)).toEqual([
      '首次购买日期',
      '最近购买日期',
      '购买次数',
      '消费金额',
    ]);
    expect(
      withSummary.customers.header.slice(8, 12).map((header) => fieldOf(header, CUSTOMER_FIELD_SYNONYMS)),
    ).toEqual(['firstPurchase', 'lastPurchase', 'orderCount', 'totalSpend']);
    const perCustomer = new Map<string, number>();
    for (const id of column(withSummary.orders, '客户编号'))
      perCustomer.set(text(id), (perCustomer.get(text(id)) ?? 0) + 1);
    const counts = column(withSummary.customers, '购买次数');
    column(withSummary.customers, '客户编号').forEach((id, i) => {
      expect(text(counts[i] ?? '')).toBe(String(perCustomer.get(text(id)) ?? ''));
    });
  });

  it('keeps its shape for any seed and size', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 60 }), (seed, count) => {
        const generated = generateSample({ customers: count, ordersPerCustomer: 2, seed, today: TODAY });
        expect(generated.customers.rows).toHaveLength(count);
        for (const row of generated.customers.rows)
          expect(row).toHaveLength(generated.customers.header.length);
        for (const row of generated.orders.rows) expect(row).toHaveLength(4);
        for (const row of generated.complaints.rows) expect(row).toHaveLength(7);
      }),
      { numRuns: 30 },
    );
  });
});
