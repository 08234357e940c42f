/**
 * Number formatting for reports: thousands separators, amounts with 2 decimals and an optional
 * currency symbol, percentages with 1 decimal. Written by hand (not Intl) so output is the same
 * in Node, Chromium and Apps Script whatever their locale data.
 */
export interface NumberFormatter {
  count(value: number): string;
  money(value: number | null): string;
  percent(fraction: number | null): string;
  decimal(value: number | null, digits: number): string;
  /** A signed change of a fraction, e.g. +12.3% / −4.0% (U+2212 minus, as in print). */
  change(fraction: number | null): string;
  /** A signed difference of shares in points, e.g. +3.1 / −0.4. */
  points(difference: number | null): string;
}

const MISSING = '—';

/** A formatter putting `currency` (e.g. "¥") before amounts. */
export function numberFormatter(currency: string): NumberFormatter {
  return {
    count: (value) => groupThousands(value.toFixed(0)),
    money: (value) => {
      if (value === null || !Number.isFinite(value)) return MISSING;
      const text = groupThousands(Math.abs(value).toFixed(2));
      return value < 0 && text !== '0.00' ? `-${currency}${text}` : `${currency}${text}`;
    },
    percent: (fraction) =>
      fraction === null || !Number.isFinite(fraction) ? MISSING : `${(fraction * 100).toFixed(1)}%`,
    decimal: (value, digits) =>
      value === null || !Number.isFinite(value) ? MISSING : groupThousands(value.toFixed(digits)),
    change: (fraction) => signed(fraction === null ? null : fraction * 100, '%'),
    points: (difference) => signed(difference === null ? null : difference * 100, ''),
  };
}

/** "1234567.50" → "1,234,567.50" (also for a leading minus). */
export function groupThousands(fixed: string): string {
  const negative = fixed.startsWith('-');
  const body = negative ? fixed.slice(1) : fixed;
  const dot = body.indexOf('.');
  const int = dot === -1 ? body : body.slice(0, dot);
  const frac = dot === -1 ? '' : body.slice(dot);
  let grouped = '';
  for (let i = 0; i < int.length; i++) {
    if (i > 0 && (int.length - i) % 3 === 0) grouped += ',';
    grouped += int[i];
  }
  const sign = negative && /[1-9]/.test(body) ? '-' : '';
  return `${sign}${grouped}${frac}`;
}

/** `+12.3` / `−4.0` with a unit; a change that rounds to zero is `±0.0`. */
function signed(value: number | null, unit: string): string {
  if (value === null || !Number.isFinite(value)) return MISSING;
  const text = Math.abs(value).toFixed(1);
  if (text === '0.0') return `±0.0${unit}`;
  return `${value > 0 ? '+' : '\u2212'}${groupThousands(text)}${unit}`;
}
