import { DOT_THOUSANDS_LANGUAGES } from '../model/headersAbroad.ts';
import { toNfkc } from '../parse/nfkc.ts';
import { normalizeHeader } from './normalizeHeader.ts';

/**
 * The unit a money column's header declares, as a factor: a ledger of large sums writes them in
 * 万元 (销售额（万元）: 12.5 is 125,000 yuan), 千元 or 亿元, and an English one in thousands
 * (Sales (RM'000), Revenue ($ thousands), Amount in thousands). 1 for a header that declares
 * none, as 消费金额（元） and Total (¥) do.
 */
export function amountScaleOf(header: string): number {
  // Most headers hold none of the units' characters: one scan settles them.
  if (!MAY_DECLARE.test(header)) return 1;
  const text = toNfkc(header);
  for (const [pattern, scale] of UNITS) if (pattern.test(text)) return scale;
  return 1;
}

/** A header that may declare a unit: it holds 万, 千, 亿, 000 or thousand, million. */
const MAY_DECLARE = /[万萬千亿億]|000|thousand|million/i;

/** Each unit as headers write it, a larger one before a smaller one that ends it (百万元 before 万元). */
const UNITS: readonly [RegExp, number][] = [
  [/[亿億]元|\(\s*[亿億]\s*\)/, 1e8],
  [/百[万萬]元|\(\s*百[万萬]\s*\)|\bmillions?\b|\(\s*\S{0,3}\s*'?000,?000\s*\)/i, 1e6],
  [/[万萬]元|\(\s*[万萬]\s*\)/, 1e4],
  [/千元|\(\s*千\s*\)|\bthousands?\b|\(\s*\S{0,3}\s*'000\s*\)/i, 1e3],
];

/** `amount` (in the unit of `scale`) in units of one, to the cent: 8.36 万元 is 83,600.00, not 83,599.99…. */
export function scaleAmount<T extends number | null>(amount: T, scale: number): T {
  return (scale === 1 || amount === null ? amount : Math.round(amount * scale * 100) / 100) as T;
}

/**
 * Whether a money column's header is in a language that groups thousands with dots
 * (DOT_THOUSANDS_LANGUAGES, and Vietnamese: Thành tiền 金額, Số tiền), so that its 3.600 is 3,600
 * and not 3.6. Words English shares (Total, Netto) tell no language.
 */
export function groupsThousandsWithDots(header: string): boolean {
  if (VIETNAMESE_LETTER.test(header)) return true;
  return dotThousandsWords().has(normalizeHeader(header));
}

/**
 * A letter only Vietnamese writes: ă, ơ, ư, đ, and a vowel with a tone mark below or a hook
 * above.
 */
const VIETNAMESE_LETTER = /[ăơưđ\u1ea0-\u1ef9]/i;

/** The money columns' headers of DOT_THOUSANDS_LANGUAGES, normalized; made on first use. */
let dotWords: ReadonlySet<string> | null = null;

function dotThousandsWords(): ReadonlySet<string> {
  if (dotWords !== null) return dotWords;
  const english = new Set(['total', 'netto', 'brutto', 'nominal']);
  const words = new Set<string>();
  for (const language of DOT_THOUSANDS_LANGUAGES)
    for (const field of ['amount', 'unitPrice'])
      for (const word of language.orders[field] ?? []) {
        const key = normalizeHeader(word);
        if (!english.has(key)) words.add(key);
      }
  dotWords = words;
  return words;
}
