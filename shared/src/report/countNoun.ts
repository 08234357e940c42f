/** "1 customer", "2 customers": an English count and its noun; counts arrive formatted ("1,234"). */
export function countNoun(count: string, noun: string): string {
  return `${count} ${count === '1' ? noun : `${noun}s`}`;
}
