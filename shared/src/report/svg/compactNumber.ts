import type { Language } from '../../model/keys.ts';

/** The units each language groups large numbers by, largest first. */
const COMPACT_UNITS = {
  zh: [
    [1e8, '亿'],
    [1e4, '万'],
  ],
  en: [
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'k'],
  ],
} as const satisfies Record<Language, readonly (readonly [size: number, suffix: string])[]>;

/** Short axis and bar labels: 12.5k / 1.2M in English, 1.25万 / 3.4亿 in Chinese. */
export function compactNumber(value: number, language: Language): string {
  const abs = Math.abs(value);
  for (const [size, suffix] of COMPACT_UNITS[language]) {
    if (abs >= size)
      return `${trim((value / size).toFixed(abs / size >= 100 ? 0 : abs / size >= 10 ? 1 : 2))}${suffix}`;
  }
  return trim(value.toFixed(abs >= 100 || Number.isInteger(value) ? 0 : 1));
}

function trim(fixed: string): string {
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}
