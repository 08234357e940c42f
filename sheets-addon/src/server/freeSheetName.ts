type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Sheets keeps sheet names unique regardless of letter case: with a sheet "customers" (a file
 * customers.csv imported as a sheet) neither insertSheet('Customers') nor setName('Customers')
 * is allowed, yet getSheetByName('Customers') matches only the exact name and returns null.
 * Names the add-on makes are therefore checked against every sheet, case folded.
 */
const folded = (name: string) => name.toLowerCase();

/** The sheet whose name differs from `name` in letter case only, if any (the exact name excluded). */
export function caseVariantSheet(spreadsheet: Spreadsheet, name: string): Sheet | null {
  return (
    spreadsheet.getSheets().find((s) => s.getName() !== name && folded(s.getName()) === folded(name)) ?? null
  );
}

/** `base`, or the first of next(2), next(3)… that no sheet has in any letter case. */
export function freeSheetName(spreadsheet: Spreadsheet, base: string, next: (n: number) => string): string {
  const taken = new Set(spreadsheet.getSheets().map((s) => folded(s.getName())));
  let name = base;
  for (let n = 2; taken.has(folded(name)); n++) name = next(n);
  return name;
}

/** `base`, or the first of `base (2)`, `base (3)`… that no sheet has in any letter case. */
export function numberedSheetName(spreadsheet: Spreadsheet, base: string): string {
  return freeSheetName(spreadsheet, base, (n) => `${base} (${n})`);
}
