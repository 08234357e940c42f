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
    return pool.find(text) ?? pool.keep(text, this.keep(text));
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

/**
 * The same text in a string of its own. Joining its first character and the rest builds one new
 * flat string, a copy of both (the rest is a view until then, the first character a copy):
 * exact for any text, lone surrogates included, and a third of the time JSON.parse of
 * JSON.stringify takes.
 */
function ownCopy(text: string): string {
  return [text.slice(0, 1), text.slice(1)].join('');
}

/** A cell's text as a grid keeps it: not a view into the piece of text it was cut from. */
export function ownedText(text: string): string {
  return text.length >= SLICED_LENGTH ? ownCopy(text) : text;
}
