import { RepeatPool } from '@crm/shared';

/**
 * One string for each value a column repeats. A customer table repeats most of its short values
 * (owners, titles, tags, cities, statuses, contact dates), and as the CSV parser cuts them out of
 * the file each repeat is a string of its own: at a million rows, hundreds of megabytes holding
 * the same few thousand texts. Kept for the whole run, each repeat becomes the first one seen.
 * A column whose values mostly differ (names, phone numbers, birthdays) stops being pooled once a
 * sample of its cells shows it (see RepeatPool).
 */
export class CellPools {
  /**
   * @param keep the string to keep for a text seen for the first time or not pooled (e.g. a copy
   *   of a text the parser cut out of a large chunk).
   */
  constructor(private readonly keep: (text: string) => string = (text) => text) {}

  private readonly pools: (RepeatPool<string> | undefined)[] = [];

  /** The pooled string equal to `text`: `keep(text)` the first time, or when not pooled. */
  cell(column: number, text: string): string {
    if (text.length === 0 || text.length > MAX_POOLED_LENGTH) return this.keep(text);
    let pool = this.pools[column];
    if (pool === undefined) {
      pool = new RepeatPool();
      this.pools[column] = pool;
    }
    if (!pool.active) return this.keep(text);
    const pooled = pool.find(text);
    if (pooled !== undefined) return pooled;
    // Kept under its own copy: `text` may be a view into the piece of the file it was cut from,
    // and as the pool's key it would keep that whole piece alive for the whole run.
    const own = this.keep(text);
    return pool.keep(own, own);
  }
}

/** Longer texts (addresses, notes) seldom repeat. */
const MAX_POOLED_LENGTH = 32;

/**
 * From this length V8 makes a substring a view into the string it was cut from (shorter ones are
 * copied). The CSV and .xlsx readers cut every cell out of a long piece of the file's text (Papa
 * Parse's megabyte chunk, saxes's), so a grid kept for the whole run would keep every piece alive
 * through its addresses, company names and emails: about a third of the heap of a
 * 100k-customer analysis from CSV, and the whole sheet's XML text from an .xlsx.
 */
const SLICED_LENGTH = 13;

/** Where ownCopy writes a text out as Latin-1 bytes and reads it back (one per thread). */
const scratch = Buffer.allocUnsafe(64 * 1024);

/**
 * The same text in a string of its own, exact for any text (lone surrogates included), and as
 * small as V8 can hold it. A cell cut out of a chunk holding any CJK is a two-byte string, two
 * bytes for each character even of an email or a phone number; a copy read back from Latin-1
 * bytes holds one (at a million rows, 100 MB less than two-byte copies). Text with characters
 * beyond Latin-1 (CJK) is copied by joining its first character and the rest: one new flat
 * string. Either way is faster than JSON.parse of JSON.stringify, the way for texts longer than
 * the scratch buffer.
 */
function ownCopy(text: string): string {
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 0xff) return [text.slice(0, 1), text.slice(1)].join('');
  }
  if (text.length > scratch.length) return JSON.parse(JSON.stringify(text)) as string;
  const bytes = scratch.write(text, 0, 'latin1');
  return scratch.toString('latin1', 0, bytes);
}

/** A cell's text as a grid keeps it: not a view into the piece of text it was cut from. */
export function ownedText(text: string): string {
  return text.length >= SLICED_LENGTH ? ownCopy(text) : text;
}
