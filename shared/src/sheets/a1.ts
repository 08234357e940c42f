/** A1 column letters for a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** The 0-based column index of A1 column letters (upper case): A → 0, Z → 25, AA → 26. */
export function columnIndexOf(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + letters.charCodeAt(i) - 64;
  return n - 1;
}

/** A sheet title for A1 notation (the whole sheet): always quoted, its quotes doubled. */
export function quotedSheetTitle(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'`;
}

/** A range on a named sheet, `'My sheet'!A1:B2`. */
export function a1Range(sheetName: string, range: string): string {
  return `${quotedSheetTitle(sheetName)}!${range}`;
}
