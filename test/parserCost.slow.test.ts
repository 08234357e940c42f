// One cell or one page of text has a bounded cost: no parser or extractor of the core takes more
// than 50 ms on 100 KB, however the text is made (a cell of 32,767 spaces, a run of digits, an
// '@' storm, nested brackets …). The machine is shared, so a call over 50 ms fails only when its
// time also grows faster than the text: from 10 KB to 100 KB a linear reader takes about 10×
// as long, a quadratic one about 100×. The absolute figures are in `npm run bench -- parserCost`,
// which also names the readers that are linear but still over 50 ms on 100 KB.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildText,
  HOSTILE_SHAPES,
  medianMs,
  type RepeatedText,
  repeatedTextArbitrary,
  TEXT_READERS,
} from './support/parserCost.ts';

const SMALL = 10_000;
const LARGE = 100_000;
const BUDGET_MS = 50;
/** Time growth from SMALL to LARGE beyond which a reader is not linear (10 when it is). */
const MAX_GROWTH = 30;
/**
 * A reader already slow on SMALL is compared on twice SMALL instead (a quadratic one would take
 * seconds on LARGE): 2× the time when linear, 4× when quadratic.
 */
const SLOW_SMALL_MS = 5;
const MAX_DOUBLING_GROWTH = 3.2;

/**
 * Why `read` is too slow on `shape`, or null when it is within its budget. A verdict holds only
 * when three measurements agree: another process on the machine can slow one down, not three.
 */
function overBudget(read: (text: string) => unknown, shape: RepeatedText): string | null {
  let why: string | null = null;
  for (let attempt = 0; attempt < 3; attempt++) {
    why = measureOnce(read, shape);
    if (why === null) return null;
  }
  return why;
}

function measureOnce(read: (text: string) => unknown, shape: RepeatedText): string | null {
  const small = buildText(shape, SMALL);
  read(small);
  const smallMs = medianMs(() => read(small), 3);
  if (smallMs > SLOW_SMALL_MS) {
    const double = buildText(shape, 2 * SMALL);
    read(double);
    const doubleMs = medianMs(() => read(double), 3);
    const growth = doubleMs / smallMs;
    return growth > MAX_DOUBLING_GROWTH
      ? `${doubleMs.toFixed(1)} ms on ${2 * SMALL} characters, ${growth.toFixed(1)}× the time on ${SMALL}`
      : null;
  }
  const large = buildText(shape, LARGE);
  const largeMs = medianMs(() => read(large), 3);
  if (largeMs <= BUDGET_MS) return null;
  const growth = largeMs / Math.max(smallMs, 0.5);
  return growth > MAX_GROWTH
    ? `${largeMs.toFixed(1)} ms on ${LARGE} characters, ${growth.toFixed(0)}× the time on ${SMALL}`
    : null;
}

describe('every parser and extractor reads 100 KB of hostile text in linear time', () => {
  for (const [name, read] of Object.entries(TEXT_READERS)) {
    it(name, () => {
      const slow: string[] = [];
      for (const [shapeName, shape] of Object.entries(HOSTILE_SHAPES)) {
        const why = overBudget(read, shape);
        if (why !== null) slow.push(`${shapeName} ${JSON.stringify(shape)}: ${why}`);
      }
      expect(slow).toEqual([]);
      fc.assert(
        fc.property(repeatedTextArbitrary(), (shape) => {
          const why = overBudget(read, shape);
          expect(why, JSON.stringify(shape)).toBeNull();
        }),
        { numRuns: 4, endOnFailure: true },
      );
    });
  }
});
