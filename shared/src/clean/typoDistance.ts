// Scratch rows reused across calls (names are short, but there are many of them).
let previous = new Int32Array(32);
let current = new Int32Array(32);
let beforePrevious = new Int32Array(32);

/**
 * Whether `a` becomes `b` with at most `maxEdits` typos: insertions, deletions, substitutions and
 * swaps of neighbouring characters (optimal string alignment distance, Damerau 1964).
 */
export function withinTypos(a: string, b: string, maxEdits: number): boolean {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > maxEdits) return false;
  if (previous.length <= lb) {
    previous = new Int32Array(lb * 2 + 1);
    current = new Int32Array(lb * 2 + 1);
    beforePrevious = new Int32Array(lb * 2 + 1);
  }
  for (let j = 0; j <= lb; j++) previous[j] = j;
  for (let i = 1; i <= la; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= lb; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let best = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (
        i > 1 &&
        j > 1 &&
        a.charCodeAt(i - 1) === b.charCodeAt(j - 2) &&
        a.charCodeAt(i - 2) === b.charCodeAt(j - 1)
      ) {
        best = Math.min(best, (beforePrevious[j - 2] ?? 0) + 1);
      }
      current[j] = best;
      if (best < rowMin) rowMin = best;
    }
    if (rowMin > maxEdits) return false;
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  return (previous[lb] ?? 0) <= maxEdits;
}

/** Typos tolerated in a word of this length: one, two from nine characters on. */
export function toleratedTypos(length: number): number {
  return length > 8 ? 2 : 1;
}
