import { describe, expect, it } from 'vitest';
import { summarizeTransactions, type Transaction } from './summarizeTransactions.ts';

const tx = (customerId: string, date: string, amount: number): Transaction => ({ customerId, date, amount });

describe('summarizeTransactions', () => {
  it('counts repeat occasions, the last repeat and the age in weeks, as in the CDNOW sample', () => {
    // Customer 00004 of CDNOW_sample.txt: purchases on 1997-01-01, 01-18, 08-02 (and 12-12, after the end).
    const summary = summarizeTransactions(
      [
        tx('00004', '1997-01-01', 29.33),
        tx('00004', '1997-01-18', 29.73),
        tx('00004', '1997-08-02', 14.96),
        tx('00004', '1997-12-12', 26.48),
      ],
      { calibrationEnd: '1997-09-30', unit: 'week' },
    );
    expect(summary.customers).toEqual([
      {
        customerId: '00004',
        frequency: 2,
        recency: 213 / 7,
        T: 272 / 7,
        monetaryValue: (29.73 + 14.96) / 2,
        firstPurchase: '1997-01-01',
        lastPurchase: '1997-08-02',
        totalSpend: 29.33 + 29.73 + 14.96,
      },
    ]);
    expect(summary.afterCalibrationEnd).toBe(1);
  });

  it('merges purchases on the same day into one occasion, summing their amounts', () => {
    const { customers } = summarizeTransactions(
      [
        tx('李雷', '2026-01-05', 100),
        tx('李雷', '2026-01-05', 50),
        tx('李雷', '2026-02-01', 30),
        tx('李雷', '2026-02-01', 70),
        tx('李雷', '2026-02-01', 20),
      ],
      { calibrationEnd: '2026-03-01', unit: 'day' },
    );
    expect(customers[0]).toMatchObject({
      frequency: 1,
      recency: 27,
      T: 55,
      monetaryValue: 120,
      totalSpend: 270,
    });
  });

  it('excludes the first occasion from the mean repeat spend', () => {
    const { customers } = summarizeTransactions(
      [tx('C1', '2026-01-01', 1000), tx('C1', '2026-01-10', 10), tx('C1', '2026-01-20', 30)],
      { calibrationEnd: '2026-01-31', unit: 'day' },
    );
    expect(customers[0]?.monetaryValue).toBe(20);
  });

  it('gives a customer whose first purchase is the calibration end T = 0', () => {
    const { customers } = summarizeTransactions([tx('Wang', '2026-03-31', 88)], {
      calibrationEnd: '2026-03-31',
      unit: 'week',
    });
    expect(customers[0]).toMatchObject({ frequency: 0, recency: 0, T: 0, monetaryValue: 0 });
  });

  it('sorts each customer’s purchases by date whatever the input order', () => {
    const shuffled = [
      tx('A', '2026-03-01', 5),
      tx('B', '2026-01-02', 1),
      tx('A', '2026-01-01', 7),
      tx('A', '2026-02-01', 9),
    ];
    const { customers } = summarizeTransactions(shuffled, { calibrationEnd: '2026-03-31', unit: 'day' });
    expect(customers.map((c) => c.customerId)).toEqual(['A', 'B']);
    expect(customers[0]).toMatchObject({
      frequency: 2,
      recency: 59,
      T: 89,
      firstPurchase: '2026-01-01',
      monetaryValue: 7,
    });
  });

  it('sorts a long history of a single customer (more than 64 purchases, reversed)', () => {
    const days = Array.from({ length: 200 }, (_, i) =>
      tx(
        'VIP',
        `2025-${String(1 + Math.floor(i / 28)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
        10,
      ),
    );
    const { customers } = summarizeTransactions(days.reverse(), {
      calibrationEnd: '2025-12-31',
      unit: 'day',
    });
    expect(customers[0]).toMatchObject({
      frequency: 199,
      firstPurchase: '2025-01-01',
      lastPurchase: '2025-08-04',
    });
  });

  it('counts transactions with an unusable date or amount instead of failing', () => {
    const summary = summarizeTransactions(
      [
        tx('A', '2026-13-45', 10),
        tx('A', 'yesterday', 10),
        tx('A', '2026-01-01', Number.NaN),
        tx('A', '2026-01-02', 10),
      ],
      { calibrationEnd: '2026-03-31', unit: 'day' },
    );
    expect(summary.unusable).toBe(3);
    expect(summary.customers).toHaveLength(1);
  });

  it('returns no customers for no transactions', () => {
    expect(summarizeTransactions([], { calibrationEnd: '2026-03-31', unit: 'week' })).toEqual({
      customers: [],
      afterCalibrationEnd: 0,
      unusable: 0,
    });
  });
});
