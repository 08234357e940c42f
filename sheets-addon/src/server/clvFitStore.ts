import type { ClvFit, ClvFitCache } from '@crm/shared';

const FIT_KEY = 'crm.clvFit';
/** The longest a cached value lives (six hours); a new day's data has a new fingerprint anyway. */
const FIT_SECONDS = 21_600;

/**
 * The CLV fit of this spreadsheet's current data, in the document cache: classify, follow-ups
 * and report each read the tables afresh, and fitting BG/NBD + Gamma-Gamma was the larger part
 * of each job's time; the same data now fits once. Null outside a document (a time-driven
 * trigger has no document cache): the job then fits as before.
 * https://developers.google.com/apps-script/reference/cache/cache-service#getDocumentCache()
 */
export function documentFitCache(): ClvFitCache | null {
  const cache = CacheService.getDocumentCache();
  if (!cache) return null;
  return {
    get(fingerprint: string): ClvFit | null {
      const text = cache.get(FIT_KEY);
      if (!text) return null;
      try {
        const stored = JSON.parse(text) as { fingerprint?: string; fit?: ClvFit };
        return stored.fingerprint === fingerprint && stored.fit ? stored.fit : null;
      } catch {
        return null;
      }
    },
    set(fingerprint: string, fit: ClvFit): void {
      cache.put(FIT_KEY, JSON.stringify({ fingerprint, fit }), FIT_SECONDS);
    },
  };
}
