import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amountScaleOf, scaleAmount } from './amountScale.ts';

describe('amountScaleOf', () => {
  it.each([
    ['销售额（万元）', 1e4],
    ['金额(千元)', 1e3],
    ['营业额（亿元）', 1e8],
    ['合同额(百万元)', 1e6],
    ['銷售額（萬元）', 1e4],
    ['金额（万）', 1e4],
    ["Sales (RM'000)", 1e3],
    ["Revenue (S$ '000)", 1e3],
    ['Revenue ($ thousands)', 1e3],
    ['Amount in thousands', 1e3],
    ['Sales (USD millions)', 1e6],
    // No unit, or only the currency's.
    ['消费金额（元）', 1],
    ['Total (¥)', 1],
    ['Amount (RM)', 1],
    ['金额', 1],
    // A figure in the header is no unit.
    ['2000年销售额', 1],
    ['Orders over 1000', 1],
  ])('%j → %d', (header, scale) => {
    expect(amountScaleOf(header)).toBe(scale);
  });
});

describe('scaleAmount', () => {
  it.each([
    [12.5, 1e4, 125000],
    [8.36, 1e4, 83600],
    [0.85, 1e4, 8500],
    [1.2345, 1e3, 1234.5],
    [-0.38, 1e4, -3800],
    [99.99, 1, 99.99],
  ])('%d × %d → %d', (amount, scale, yuan) => {
    expect(scaleAmount(amount, scale)).toBe(yuan);
  });

  it('gives a whole number of cents, the amount written in cents of its unit times the unit (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000, max: 10_000_000 }),
        fc.constantFrom(1e3, 1e4, 1e6),
        (cents, scale) => {
          // cents / 100 of the unit, as a ledger writes it (12.34 万元).
          expect(scaleAmount(cents / 100, scale)).toBe((cents * scale) / 100);
        },
      ),
    );
  });
});
