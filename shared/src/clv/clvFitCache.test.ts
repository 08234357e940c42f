import { describe, expect, it } from 'vitest';
import { type ClvFit, type ClvFitCache, clvFitFingerprint, fitClvModelsCached } from './clvFitCache.ts';
import { clvFitData } from './clvFitData.ts';
import { clvMessages } from './clvMessages.ts';
import { simulateClvCustomers, simulatedTransactions } from './simulateClvCustomers.ts';
import { summarizeTransactions } from './summarizeTransactions.ts';

const text = clvMessages('en');

const END = '2026-06-30';

function fitData(seed: number) {
  const customers = simulateClvCustomers({
    customers: 400,
    bgnbd: { r: 0.25, alpha: 4, a: 0.8, b: 2.5 },
    gammaGamma: { p: 6, q: 4, gamma: 300 },
    minT: 10,
    maxT: 52,
    seed,
  });
  const transactions = simulatedTransactions(customers, { calibrationEnd: END });
  const summary = summarizeTransactions(transactions, { calibrationEnd: END, unit: 'week' });
  const data = clvFitData(summary, END, text);
  if ('error' in data) throw new Error(data.error);
  return data;
}

function memoryCache() {
  const entries = new Map<string, ClvFit>();
  let sets = 0;
  const cache: ClvFitCache = {
    get: (fingerprint) => entries.get(fingerprint) ?? null,
    set: (fingerprint, fit) => {
      sets++;
      entries.set(fingerprint, JSON.parse(JSON.stringify(fit)) as ClvFit);
    },
  };
  return { cache, sets: () => sets };
}

describe('fitClvModelsCached', () => {
  it('fits once per version of the histories and gives exactly the fresh fit from the cache', () => {
    const data = fitData(3);
    const { cache, sets } = memoryCache();
    const fresh = fitClvModelsCached(data, text, undefined);
    const first = fitClvModelsCached(data, text, cache);
    const again = fitClvModelsCached(data, text, cache);
    expect(sets()).toBe(1);
    if ('error' in fresh || 'error' in again || 'error' in first) throw new Error('fit failed');
    expect(again.bgnbd).toEqual(fresh.bgnbd);
    expect(again.gammaGamma).toEqual(fresh.gammaGamma);
    expect(again.groups.size).toBe(fresh.groups.size);
  });

  it('fingerprints the histories in any order, and tells other histories apart', () => {
    const data = fitData(3);
    const reversed = { ...data, histories: [...data.histories].reverse() };
    expect(clvFitFingerprint(reversed)).toBe(clvFitFingerprint(data));
    const changed = {
      ...data,
      histories: data.histories.map((h, i) => (i === 0 ? { ...h, T: h.T + 1 } : h)),
    };
    expect(clvFitFingerprint(changed)).not.toBe(clvFitFingerprint(data));
    expect(clvFitFingerprint(fitData(4))).not.toBe(clvFitFingerprint(data));
  });
});
