/**
 * The most characters a list the toolkit writes into one cell takes (the rows of a duplicate
 * group, the values of a field that differ, the customers of a batch). Google Sheets refuses a
 * cell of more than 50,000 characters and Excel keeps at most 32,767
 * (support.google.com/drive/answer/37603; Excel specifications and limits); a cell holds at
 * most two such lists and a few words, and no one reads further anyway.
 */
export const MAX_LIST_IN_CELL = 10_000;

/**
 * The items joined by `separator` as far as they fit in `budget` characters, then `more(n)` for
 * the n items left out ("…等另外 12 项", "… and 12 more"): the text never passes `budget`
 * (unless `more` alone does) and always says how many items it does not show.
 */
export function boundedList(
  items: readonly string[],
  separator: string,
  more: (count: number) => string,
  budget = MAX_LIST_IN_CELL,
): string {
  const all = items.join(separator);
  if (all.length <= budget) return all;
  let text = '';
  let shown = 0;
  for (const item of items) {
    const next = shown === 0 ? item : `${separator}${item}`;
    const after = items.length - shown - 1;
    const tail = after > 0 ? more(after).length : 0;
    if (text.length + next.length + tail > budget) break;
    text += next;
    shown++;
  }
  return shown < items.length ? `${text}${more(items.length - shown)}` : text;
}
