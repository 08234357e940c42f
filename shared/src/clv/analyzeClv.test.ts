import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../model/dates.ts';
import { analyzeClv, type ClvAnalysis, type ClvOptions } from './analyzeClv.ts';
import { unconditionalExpectedPurchases } from './bgNbdPredictions.ts';
import { simulateClvCustomers, simulatedTransactions } from './simulateClvCustomers.ts';
import { summarizeTransactions, type Transaction } from './summarizeTransactions.ts';

const END = '2026-03-31';
const OPTIONS: ClvOptions = {
  calibrationEnd: END,
  unit: 'week',
  horizon: 52,
  annualDiscountRate: 0.1,
  language: 'en',
};

const base = simulatedTransactions(
  simulateClvCustomers({
    customers: 600,
    bgnbd: { r: 0.25, alpha: 4, a: 0.8, b: 2.5 },
    gammaGamma: { p: 6, q: 4, gamma: 300 },
    minT: 10,
    maxT: 52,
    seed: 7,
  }),
  { calibrationEnd: END },
);

function analyze(transactions: readonly Transaction[], options: Partial<ClvOptions> = {}) {
  const all = { ...OPTIONS, ...options };
  return analyzeClv(
    summarizeTransactions(transactions, { calibrationEnd: all.calibrationEnd, unit: all.unit }),
    all,
  );
}

function fitted(transactions: readonly Transaction[], options: Partial<ClvOptions> = {}): ClvAnalysis {
  const result = analyze(transactions, options);
  if ('error' in result) throw new Error(result.error);
  return result;
}

function expectAllFinite(result: ClvAnalysis): void {
  for (const c of result.customers) {
    for (const value of [c.pAlive, c.expectedPurchases, c.expectedAverageSpend, c.clv, c.clvIfAlive]) {
      expect(Number.isFinite(value)).toBe(true);
    }
    expect(c.pAlive).toBeGreaterThanOrEqual(0);
    expect(c.pAlive).toBeLessThanOrEqual(1);
    expect(c.clv).toBeGreaterThanOrEqual(0);
  }
}

const repeatBuyer = (id: string, amount = 100): Transaction[] => [
  { customerId: id, date: '2026-01-05', amount },
  { customerId: id, date: '2026-02-10', amount },
];

describe('analyzeClv: too little data', () => {
  it.each<[string, Transaction[], string]>([
    ['no purchases at all', [], 'No usable purchases on or before 2026-03-31'],
    ['a single customer', repeatBuyer('王芳'), 'Only one customer has purchases'],
    [
      'only one-time buyers (several purchases on one day are still one occasion)',
      [
        { customerId: 'A', date: '2026-01-05', amount: 10 },
        { customerId: 'A', date: '2026-01-05', amount: 20 },
        { customerId: 'B', date: '2026-02-01', amount: 30 },
        { customerId: 'C', date: '2026-03-01', amount: 40 },
      ],
      'All 3 customers bought on a single day only',
    ],
    [
      'four repeat customers',
      ['A', 'B', 'C', 'D']
        .flatMap((id) => repeatBuyer(id))
        .concat([{ customerId: 'E', date: '2026-03-01', amount: 5 }]),
      'Only 4 of 5 customers made a repeat purchase; at least 5',
    ],
    [
      'repeat customers who spent nothing on their repeats',
      ['A', 'B', 'C', 'D', 'E', 'F'].flatMap((id, i) => [
        { customerId: id, date: '2026-01-05', amount: 50 },
        { customerId: id, date: '2026-02-10', amount: i < 2 ? 30 : 0 },
      ]),
      'Only 2 repeat customers have a positive mean repeat spend',
    ],
    [
      'purchases only after the calibration end',
      repeatBuyer('A').map((t) => ({ ...t, date: '2026-05-01' })),
      'No usable purchases',
    ],
  ])('explains the problem for %s', (_name, transactions, message) => {
    const result = analyze(transactions);
    expect(result).toEqual({ error: expect.stringContaining(message) });
  });

  it('explains it in Chinese when asked', () => {
    expect(analyze(repeatBuyer('王芳'), { language: 'zh' })).toEqual({
      error: expect.stringContaining('只有一位客户'),
    });
  });
});

describe('analyzeClv: fitted', () => {
  const result = fitted(base);

  it('predicts every customer in input order with finite values', () => {
    expect(result.customers).toHaveLength(600);
    expect(result.customers[0]?.customerId).toBe('C001');
    expectAllFinite(result);
  });

  it('gives one-time buyers P(alive) = 1 and the population mean spend', () => {
    const oneTime = result.customers.filter((c) => c.frequency === 0);
    expect(oneTime.length).toBeGreaterThan(0);
    const { p, q, gamma } = result.gammaGamma;
    for (const c of oneTime) {
      expect(c.pAlive).toBe(1);
      expect(c.expectedAverageSpend).toBeCloseTo((p * gamma) / (q - 1), 8);
    }
  });

  it('discounts: CLV is below the undiscounted expected revenue, and equal at a zero rate', () => {
    const undiscounted = fitted(base, { annualDiscountRate: 0 });
    result.customers.forEach((c, i) => {
      expect(c.clv).toBeLessThanOrEqual(c.expectedPurchases * c.expectedAverageSpend + 1e-9);
      const same = undiscounted.customers[i];
      expect(same?.clv).toBeCloseTo((same?.expectedPurchases ?? 0) * (same?.expectedAverageSpend ?? 0), 8);
    });
  });

  it('notes the fits, the horizon and the purchases after the calibration end', () => {
    const later = [...base, { customerId: 'C001', date: '2026-04-02', amount: 10 }];
    const notes = fitted(later).notes.join('\n');
    expect(notes).toContain('BG/NBD fitted on 600 customers');
    expect(notes).toContain('Gamma-Gamma fitted on');
    expect(notes).toContain('1 transaction(s) dated after 2026-03-31 were ignored');
    expect(notes).toContain('next 52 weeks');
  });
});

describe('analyzeClv: edge cases', () => {
  it('leaves zero- and negative-spend repeaters out of the spend model, reports them and values them at 0', () => {
    const odd: Transaction[] = [
      { customerId: '赠品客户', date: '2026-01-05', amount: 99 },
      { customerId: '赠品客户', date: '2026-02-05', amount: 0 },
      { customerId: '赠品客户', date: '2026-03-05', amount: 0 },
      { customerId: 'RETURNS', date: '2026-01-05', amount: 99 },
      { customerId: 'RETURNS', date: '2026-02-05', amount: -60 },
    ];
    const result = fitted([...base, ...odd]);
    expectAllFinite(result);
    const byId = new Map(result.customers.map((c) => [c.customerId, c]));
    for (const id of ['赠品客户', 'RETURNS']) {
      expect(byId.get(id)?.expectedAverageSpend).toBe(0);
      expect(byId.get(id)?.clv).toBe(0);
      expect(byId.get(id)?.expectedPurchases).toBeGreaterThan(0);
    }
    expect(result.notes.join('\n')).toMatch(
      /2 repeat customer\(s\) with zero or negative mean repeat spend.*赠品客户, RETURNS/,
    );
  });

  it('treats several purchases on one day as one occasion', () => {
    const sameDay: Transaction[] = [1, 2, 3].map((i) => ({
      customerId: 'SAME-DAY',
      date: '2026-02-02',
      amount: 10 * i,
    }));
    const c = fitted([...base, ...sameDay]).customers.find((x) => x.customerId === 'SAME-DAY');
    expect(c).toMatchObject({ frequency: 0, recency: 0, pAlive: 1 });
  });

  it('predicts E[X(t)] for a customer whose first purchase is the calibration end (T = 0)', () => {
    const result = fitted([...base, { customerId: 'NEW', date: END, amount: 120 }]);
    const c = result.customers.find((x) => x.customerId === 'NEW');
    expect(c?.T).toBe(0);
    expect(c?.expectedPurchases).toBeCloseTo(unconditionalExpectedPurchases(result.bgnbd, 52), 10);
  });

  it('stays finite for a customer with a huge number of repeat purchases', () => {
    const daily: Transaction[] = Array.from({ length: 3000 }, (_, i) => ({
      customerId: 'DAILY',
      date: addDays(END, i - 2999),
      amount: 15,
    }));
    const result = fitted([...base, ...daily]);
    expectAllFinite(result);
    const c = result.customers.find((x) => x.customerId === 'DAILY');
    expect(c?.frequency).toBe(2999);
    // Bought every day up to the calibration end: alive, and keeps buying about daily.
    expect(c?.pAlive).toBeGreaterThan(0.99);
    expect(c?.expectedPurchases).toBeGreaterThan(200);
  });

  it('stays finite with days as the unit and repeats a day after the first purchase (tiny t_x and T)', () => {
    const quick: Transaction[] = ['Q1', 'Q2', 'Q3'].flatMap((id) => [
      { customerId: id, date: '2026-03-29', amount: 20 },
      { customerId: id, date: '2026-03-30', amount: 20 },
    ]);
    const result = fitted([...base, ...quick], { unit: 'day', horizon: 365 });
    expectAllFinite(result);
    expect(result.customers.find((c) => c.customerId === 'Q1')).toMatchObject({
      frequency: 1,
      recency: 1,
      T: 2,
    });
  });

  it('stays finite when nobody ever seems to leave (the fit runs off to a boundary)', () => {
    const loyal: Transaction[] = Array.from({ length: 40 }, (_, c) =>
      Array.from({ length: 12 }, (_, w) => ({
        customerId: `L${c}`,
        date: addDays('2026-01-06', w * 7),
        amount: 50 + c,
      })),
    ).flat();
    const result = analyze(loyal);
    if ('error' in result) expect(result.error).toMatch(/could not be fitted/);
    else expectAllFinite(result);
  });

  it('never returns NaN or throws, whatever the purchases', () => {
    const purchase = fc.record({
      customerId: fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', '张三', '李四'),
      date: fc.integer({ min: 0, max: 120 }).map((d) => addDays('2025-12-01', d)),
      amount: fc.oneof(fc.constant(0), fc.double({ min: -50, max: 5000, noNaN: true })),
    });
    fc.assert(
      fc.property(fc.array(purchase, { maxLength: 80 }), (transactions) => {
        const result = analyze(transactions);
        if ('error' in result) expect(result.error.length).toBeGreaterThan(10);
        else expectAllFinite(result);
      }),
      { numRuns: 60 },
    );
  });
});
