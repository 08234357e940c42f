import { describe, expect, it } from 'vitest';
import { isValidYmd } from '../model/dates.ts';
import { generateSample } from './generateSample.ts';
import { column, companyCore, dayOf, EMAIL, rate, TODAY, TODAY_DAY, text } from './sampleTestCells.ts';

// Deliberate defects at low, seeded rates: the bad cells and duplicates the cleaning job must find.
describe('generateSample defects', () => {
  const { customers, orders } = generateSample({ customers: 3000, seed: 11, today: TODAY });

  it.each([
    [
      'invalid emails',
      () =>
        column(customers, 'Email').filter(
          (cell) => text(cell) !== '' && !EMAIL.test(text(cell).toLowerCase()),
        ).length,
      0.01,
      0.035,
    ],
    [
      'impossible dates',
      () =>
        [...column(customers, '生日'), ...column(customers, '最近联系日期')].filter((cell) => {
          const match = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(text(cell));
          return match !== null && !isValidYmd(Number(match[1]), Number(match[2]), Number(match[3]));
        }).length,
      0.005,
      0.025,
    ],
    [
      'future contact dates',
      () => column(customers, '最近联系日期').filter((cell) => (dayOf(cell) ?? 0) > TODAY_DAY).length,
      0.004,
      0.02,
    ],
    [
      'missing names',
      () => column(customers, '姓名').filter((cell) => text(cell) === '').length,
      0.004,
      0.02,
    ],
    ['blank phones', () => column(customers, '手机').filter((cell) => text(cell) === '').length, 0.01, 0.035],
  ])('has %s at a low rate', (_defect, count, min, max) => {
    const found = rate(count(), customers.rows.length);
    expect(found).toBeGreaterThanOrEqual(min);
    expect(found).toBeLessThanOrEqual(max);
  });

  it('has exact duplicates: the same email in another letter case', () => {
    const seen = new Map<string, string>();
    let duplicates = 0;
    for (const cell of column(customers, 'Email')) {
      const email = text(cell).toLowerCase();
      if (email === '' || !EMAIL.test(email)) continue;
      const earlier = seen.get(email);
      if (earlier === undefined) seen.set(email, String(cell));
      else {
        duplicates++;
        expect(String(cell)).not.toBe(earlier);
      }
    }
    const found = rate(duplicates, customers.rows.length);
    expect(found).toBeGreaterThan(0.008);
    expect(found).toBeLessThan(0.025);
  });

  it('has likely duplicates: same name, same company with another legal suffix', () => {
    const names = column(customers, '姓名').map(text);
    const companies = column(customers, '公司').map(text);
    const seen = new Map<string, string>();
    let likely = 0;
    names.forEach((name, i) => {
      const company = companies[i] ?? '';
      if (name === '' || company === '') return;
      const key = `${name}|${companyCore(company)}`;
      const earlier = seen.get(key);
      if (earlier === undefined) seen.set(key, company);
      else if (earlier !== company) likely++;
    });
    const found = rate(likely, customers.rows.length);
    expect(found).toBeGreaterThan(0.008);
    expect(found).toBeLessThan(0.025);
  });

  it('has negative amounts and future dates in a few orders', () => {
    const amounts = column(orders, '金额');
    const negative = amounts.filter((cell) =>
      typeof cell === 'number' ? cell < 0 : text(cell).startsWith('-'),
    );
    expect(rate(negative.length, orders.rows.length)).toBeGreaterThan(0.006);
    expect(rate(negative.length, orders.rows.length)).toBeLessThan(0.015);
    const future = column(orders, '订单日期').filter((cell) => (dayOf(cell) ?? 0) > TODAY_DAY);
    expect(rate(future.length, orders.rows.length)).toBeGreaterThan(0.001);
    expect(rate(future.length, orders.rows.length)).toBeLessThan(0.006);
  });
});
