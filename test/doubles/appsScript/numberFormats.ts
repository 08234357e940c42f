/** Number format patterns as Sheets reads them. https://developers.google.com/sheets/api/guides/formats */

/** A pattern that shows a date or a time (quoted text and escapes aside). */
export function isDateFormat(format: string): boolean {
  if (format === '@' || format === 'General') return false;
  const bare = format.replace(/"[^"]*"|\\./g, '');
  return /[yd]/i.test(bare) || /h+:m/i.test(bare);
}
