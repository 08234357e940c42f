import type { TableRole } from '../model/table.ts';
import type { ContactKind } from './readerProblem.ts';

/**
 * Orders that name their buyer by an email or phone column (no customer-id column): the customer
 * table needs that column too, and an error about its header says which column of the orders.
 */
export interface OrdersBuyerColumn {
  by: ContactKind;
  /** The orders' header text of that column, as written. */
  column: string;
}

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

  /** Set when the customer table lacks the column the orders name their buyer by. */
  readonly ordersBuyer: OrdersBuyerColumn | undefined;
  /**
   * Of `expected`, those the header lacks, where the table needs each of them (an orders table:
   * the buyer, the date and the amount); undefined where any one of them would do.
   */
  readonly missing: string[] | undefined;

  constructor(
    table: TableRole,
    found: string[],
    expected: string[],
    detail?: string,
    ordersBuyer?: OrdersBuyerColumn,
    missing?: string[],
  ) {
    const foundText = found.length === 0 ? '(no header)' : found.map((h) => `"${h}"`).join(', ');
    super(
      `${detail ?? `No recognisable column in the ${table} table.`} Found: ${foundText}. ` +
        `Expected: ${expected.join(', ')} (headers are matched ignoring case, spaces and width; ` +
        `other names can be set in the configuration under headerOverrides.${table}).`,
    );
    this.table = table;
    this.found = found;
    this.expected = expected;
    this.ordersBuyer = ordersBuyer;
    this.missing = missing;
  }
}

/** `客户编号/Customer ID`: the canonical zh and en header of a field. */
export function displayName(synonyms: readonly string[]): string {
  return synonyms.slice(0, 2).join('/');
}
