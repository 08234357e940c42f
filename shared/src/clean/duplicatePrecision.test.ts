import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../config/config.ts';
import type { MergeProposal } from '../model/results.ts';
import { type B2bTableOptions, b2bTable, HELD_OUT_B2B, TUNING_B2B } from './b2bTable.fixture.ts';
import { mapHeaderForTest } from './customerTable.fixture.ts';
import { reviewCustomerTable } from './reviewCustomerTable.ts';

/** Every pair of rows a merge proposal puts together, `low:high`. */
function proposedPairs(merges: readonly MergeProposal[]): Set<string> {
  const pairs = new Set<string>();
  for (const merge of merges) {
    const rows = [...merge.rows].sort((a, b) => a - b);
    for (let i = 0; i < rows.length; i++)
      for (let j = i + 1; j < rows.length; j++) pairs.add(`${rows[i]}:${rows[j]}`);
  }
  return pairs;
}

/** Precision and recall of the duplicate review on a generated B2B table. */
function duplicateQuality(options: B2bTableOptions) {
  const { records, duplicatePairs } = b2bTable(options);
  const mapping = mapHeaderForTest([
    'Customer ID',
    'Name',
    'Company',
    'City',
    'Title',
    'Mobile',
    'Phone',
    'Email',
  ]);
  const review = reviewCustomerTable(records, [], mapping, resolveConfig());
  const proposed = proposedPairs(review.merges);
  let right = 0;
  for (const pair of proposed) if (duplicatePairs.has(pair)) right++;
  return {
    rows: records.length,
    planted: duplicatePairs.size,
    proposed: proposed.size,
    precision: proposed.size === 0 ? 1 : right / proposed.size,
    recall: duplicatePairs.size === 0 ? 1 : right / duplicatePairs.size,
  };
}

describe('duplicate review on B2B tables with look-alike colleagues', () => {
  it.each([
    ['the tuning table', TUNING_B2B],
    ['the held-out table', HELD_OUT_B2B],
  ])('proposes the planted duplicates and almost no colleagues on %s', (_name, options) => {
    const quality = duplicateQuality(options);
    expect(quality.rows).toBeGreaterThan(1500);
    expect(quality.precision).toBeGreaterThanOrEqual(0.95);
    // A typo that makes a name one character from several colleagues is ambiguous and left out;
    // the tuning table found 86 % of the planted pairs at 98 % precision, the held-out one 83 % at 95 %.
    expect(quality.recall).toBeGreaterThanOrEqual(0.8);
  });
});
