import { toNfkc } from '../parse/nfkc.ts';

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
