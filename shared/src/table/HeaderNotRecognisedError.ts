import type { TableRole } from '../model/table.ts';

/**
 * A table whose header names none (or not enough) of the columns the toolkit needs. The message
 * lists what was found and the expected names, so the user can rename a column or add an override.
 */
export class HeaderNotRecognisedError extends Error {
  override readonly name = 'HeaderNotRecognisedError';
  /** Which table: customers, orders or complaints. */
  readonly table: TableRole;
  /** Header texts as found. */
  readonly found: string[];
  /** Expected header names, `zh/en`, for the columns the table needs. */
  readonly expected: string[];

  constructor(table: TableRole, found: string[], expected: string[], detail?: string) {
    const foundText = found.length === 0 ? '(no header)' : found.map((h) => `"${h}"`).join(', ');
    super(
      `${detail ?? `No recognisable column in the ${table} table.`} Found: ${foundText}. ` +
        `Expected: ${expected.join(', ')} (headers are matched ignoring case, spaces and width; ` +
        `other names can be set in the configuration under headerOverrides.${table}).`,
    );
    this.table = table;
    this.found = found;
    this.expected = expected;
  }
}

/** `客户编号/Customer ID`: the canonical zh and en header of a field. */
export function displayName(synonyms: readonly string[]): string {
  return synonyms.slice(0, 2).join('/');
}
