/**
 * Writes cut to a size Google takes. The Sheets API sets no size of its own, but Google's front
 * end refuses a request body over 10 MiB ("Request payload size exceeds the limit: 10485760
 * bytes.", 400), and Google recommends 2 MB at most
 * (https://developers.google.com/sheets/api/limits). The managed columns of 150,000 customers
 * come to about 11 MB, so a large sheet's write goes out in parts of at most this many bytes of
 * values each.
 */
export const WRITE_PAYLOAD_BYTES = 2_000_000;

/**
 * Room in a request for what is not values: the ranges, the field names, the value input option.
 */
const ENVELOPE_BYTES = 4096;

/**
 * The parts, as spans [start, end) of rows, in which rows of values whose JSON takes `rowBytes`
 * each are written: each part's request within WRITE_PAYLOAD_BYTES.
 */
export function writeParts(rowBytes: ArrayLike<number>): [start: number, end: number][] {
  return spansWithin(rowBytes, WRITE_PAYLOAD_BYTES - ENVELOPE_BYTES);
}

/** The bytes `value` takes as JSON in UTF-8, as googleapis sends it. */
export function jsonBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value), 'utf8');
}

/**
 * Consecutive spans [start, end) of items, in order and covering them all, each of as many items
 * as fit in `budget` by their `sizes` (an item larger than the budget makes a span of its own).
 * None for no items.
 */
export function spansWithin(sizes: ArrayLike<number>, budget: number): [start: number, end: number][] {
  const spans: [number, number][] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < sizes.length; i++) {
    const size = sizes[i] as number;
    if (i > start && bytes + size > budget) {
      spans.push([start, i]);
      start = i;
      bytes = 0;
    }
    bytes += size;
  }
  if (sizes.length > 0) spans.push([start, sizes.length]);
  return spans;
}
