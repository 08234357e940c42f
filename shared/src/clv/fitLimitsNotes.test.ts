import { describe, expect, it } from 'vitest';
import { analyzeClv } from './analyzeClv.ts';
import { bgNbdLimits, gammaGammaLimits } from './fitLimits.ts';
import { simulateClvCustomers, simulatedTransactions } from './simulateClvCustomers.ts';
import { summarizeTransactions } from './summarizeTransactions.ts';

const END = '2026-06-30';

/**
 * A steady trade book: customers differ in how often they buy, but every one of them stops after a
 * purchase with the same chance (15 %) and spends alike per purchase. This seed's sample shows no
 * more spread than that, so the likelihood climbs towards the homogeneous limits (as the
 * 2,200-customer B2B ledger in the wild corpus does).
 */
function steadyBook(language: 'zh' | 'en') {
  const customers = simulateClvCustomers({
    customers: 1500,
    bgnbd: { r: 0.9, alpha: 2.5, a: 1.5e9, b: 8.5e9 },
    gammaGamma: { p: 3, q: 1e9, gamma: 1.5e12 },
    minT: 26,
    maxT: 104,
    seed: 8,
  });
  const transactions = simulatedTransactions(customers, { calibrationEnd: END });
  const summary = summarizeTransactions(transactions, { calibrationEnd: END, unit: 'week' });
  const analysis = analyzeClv(summary, {
    calibrationEnd: END,
    unit: 'week',
    horizon: 52,
    annualDiscountRate: 0.1,
    language,
  });
  if ('error' in analysis) throw new Error(analysis.error);
  return analysis;
}

describe('a fit that runs into a limiting case', () => {
  it('is recognised as that limit, explained, and not called unreliable', () => {
    const analysis = steadyBook('en');
    expect(bgNbdLimits(analysis.bgnbd)).toContain('equal-dropout');
    expect(gammaGammaLimits(analysis.gammaGamma)).toEqual(['equal-spend']);
    const dropout = analysis.bgnbd.a / (analysis.bgnbd.a + analysis.bgnbd.b);
    expect(dropout).toBeGreaterThan(0.1);
    expect(dropout).toBeLessThan(0.2);
    const notes = analysis.notes.join('\n');
    expect(notes).toContain('every customer is equally likely');
    expect(notes).toContain("every customer's mean spend per purchase is the same");
    expect(notes).not.toContain('treat the predictions with caution');
  });

  it('says so in Chinese too', () => {
    const notes = steadyBook('zh').notes.join('\n');
    expect(notes).toContain('BG/NBD 拟合到达极限情形');
    expect(notes).toContain('Gamma-Gamma 拟合到达极限情形');
    expect(notes).not.toContain('仅供参考');
  });
});
