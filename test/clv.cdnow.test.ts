// The CDNOW data of Fader, Hardie & Lee (2005) against their published figures, which is how we
// know the fits are right. The data lives outside the repository, at ../shared/datasets/cdnow relative
// to its root; in a fresh clone elsewhere these tests are skipped, and say so in their name.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  analyzeClv,
  conditionalExpectedPurchases,
  fitBgNbd,
  fitGammaGamma,
  type KeyedTransactionColumns,
  summarizeTransactionColumns,
  unconditionalExpectedPurchases,
} from '@crm/shared/clv';
import { describe, expect, it } from 'vitest';
import { parseCdnowText } from '../cli/src/files/readCdnowFile.ts';

const DATASETS = fileURLToPath(new URL('../../shared/datasets/cdnow/', import.meta.url));
const present = existsSync(`${DATASETS}CDNOW_sample.txt`);
const title = present ? 'CDNOW' : `CDNOW (skipped: ${DATASETS} not found)`;

function transactions(file: string): KeyedTransactionColumns {
  const parsed = parseCdnowText(readFileSync(`${DATASETS}${file}`, 'utf8'));
  if (parsed === null) throw new Error(`${file} is not in the CDNOW format`);
  expect(parsed.issues).toEqual([]);
  return parsed;
}

/** Within half a unit of the last of three significant digits. */
function expectSignificant(actual: number, published: number, digits = 3): void {
  const unit = 10 ** (Math.floor(Math.log10(Math.abs(published))) - digits + 1);
  expect(Math.abs(actual - published)).toBeLessThanOrEqual(unit / 2);
}

describe.skipIf(!present)(title, () => {
  // 39-week calibration, as in the papers: T is counted to 1997-09-30 in days / 7.
  const sample = present
    ? summarizeTransactionColumns(transactions('CDNOW_sample.txt'), {
        calibrationEnd: '1997-09-30',
        unit: 'week',
      })
    : null;
  const customers = sample?.customers ?? [];

  it('summarises the sample as the papers do: 2,357 customers, 946 repeat buyers', () => {
    expect(customers).toHaveLength(2357);
    expect(customers.filter((c) => c.frequency > 0)).toHaveLength(946);
    // The customer of the published example: x = 2, t_x = 30.43, T = 38.86.
    expect(customers[0]).toMatchObject({ customerId: '00004', frequency: 2 });
    expect(customers[0]?.recency).toBeCloseTo(30.43, 2);
    expect(customers[0]?.T).toBeCloseTo(38.86, 2);
  });

  it('fits BG/NBD: r = 0.243, α = 4.414, a = 0.793, b = 2.426, log-likelihood −9582.4', () => {
    const fit = fitBgNbd(customers);
    expect(fit.converged).toBe(true);
    expectSignificant(fit.r, 0.243);
    expectSignificant(fit.alpha, 4.414, 4);
    expectSignificant(fit.a, 0.793);
    expectSignificant(fit.b, 2.426, 4);
    expect(fit.logLikelihood).toBeCloseTo(-9582.4, 1);
  });

  it('predicts 1.226 purchases in 39 weeks for x = 2, t_x = 30.43, T = 38.86, and the published E[X(t)]', () => {
    const fit = fitBgNbd(customers);
    expectSignificant(
      conditionalExpectedPurchases(fit, 39, { frequency: 2, recency: 30.43, T: 38.86 }),
      1.226,
      4,
    );
    const published: [number, number][] = [
      [0.1429, 0.0078],
      [1, 0.0532],
      [3, 0.1506],
      [31.8571, 1.0405],
      [32, 1.0437],
      [78, 1.8576],
    ];
    for (const [t, value] of published) {
      // lifetimes reproduces these to 3 decimals (the papers' spreadsheet integrates numerically).
      expect(Math.abs(unconditionalExpectedPurchases(fit, t) - value)).toBeLessThan(5e-4);
    }
  });

  it('fits Gamma-Gamma on the mean repeat spend of the 946 repeat buyers: p = 6.25, q = 3.74, γ = 15.44', () => {
    const fit = fitGammaGamma(customers.filter((c) => c.frequency > 0));
    expect(fit.customers).toBe(946);
    expectSignificant(fit.p, 6.25);
    expectSignificant(fit.q, 3.74);
    expectSignificant(fit.gamma, 15.44, 4);
  });

  it('analyses the sample end to end without NaN', () => {
    if (sample === null) return;
    const result = analyzeClv(sample, {
      calibrationEnd: '1997-09-30',
      unit: 'week',
      horizon: 39,
      annualDiscountRate: 0.1,
      language: 'en',
    });
    if ('error' in result) throw new Error(result.error);
    expect(result.customers).toHaveLength(2357);
    for (const c of result.customers) expect(Number.isFinite(c.clv)).toBe(true);
    expect(result.notes.join('\n')).toContain('transaction(s) dated after 1997-09-30 were ignored');
  });

  it('reads the master file: 69,659 transactions of 23,570 customers', () => {
    const all = transactions('CDNOW_master.txt');
    expect(all.keys).toHaveLength(69_659);
    const summary = summarizeTransactionColumns(all, { calibrationEnd: '1997-09-30', unit: 'week' });
    expect(summary.customers).toHaveLength(23_570);
    const fit = fitBgNbd(summary.customers);
    expect(fit.converged).toBe(true);
    // The sample is a 1/10 draw of the master: the estimates are close.
    expect(fit.r).toBeGreaterThan(0.2);
    expect(fit.r).toBeLessThan(0.3);
  });
});
