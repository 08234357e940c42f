import type { Score, Segment } from '../model/keys.ts';

/**
 * The R×F segment grid (champions, loyal customers, … hibernating), written out so it can be
 * checked cell by cell.
 * Rows are R = 1…5, columns F = 1…5.
 */
const GRID: readonly (readonly Segment[])[] = [
  /* R=1 */ ['hibernating', 'hibernating', 'at-risk', 'at-risk', 'cannot-lose-them'],
  /* R=2 */ ['hibernating', 'hibernating', 'at-risk', 'at-risk', 'cannot-lose-them'],
  /* R=3 */ ['about-to-sleep', 'about-to-sleep', 'need-attention', 'loyal-customers', 'loyal-customers'],
  /* R=4 */ ['promising', 'potential-loyalists', 'potential-loyalists', 'loyal-customers', 'loyal-customers'],
  /* R=5 */ ['new-customers', 'potential-loyalists', 'potential-loyalists', 'champions', 'champions'],
  //         F=1              F=2                    F=3                    F=4                F=5
];

/**
 * Segment of a customer from its R and F scores. No F score means no purchases: `prospect`.
 *
 * A buyer with an unknown last purchase date (F known, R null) is `need-attention`: someone has to look
 * at the customer (and fill in the date); placing them by an invented R would promise a champion or
 * trigger a win-back on no evidence.
 */
export function segmentFor(r: Score | null, f: Score | null): Segment {
  if (f === null) return 'prospect';
  if (r === null) return 'need-attention';
  return GRID[r - 1]?.[f - 1] ?? 'need-attention';
}
