import { CUSTOMER_FIELD_SYNONYMS, CUSTOMER_NAME_FIELDS, type CustomerField } from '../model/fields.ts';
import { displayName, HeaderNotRecognisedError } from '../table/HeaderNotRecognisedError.ts';
import type { HeaderMapping } from '../table/mapHeader.ts';
import type { ContactKind } from '../table/readerProblem.ts';

/** The customer columns orders named by an email, a phone or a name are matched against. */
const BUYER_CUSTOMER_FIELDS: Record<ContactKind, readonly CustomerField[]> = {
  email: ['email'],
  phone: ['mobile', 'phone'],
  name: ['name', 'company'],
};

/**
 * Checks that the customer table has the column the orders name their buyer by, when they name
 * it by an email or a phone (`column`, the orders' header text), not by a customer id.
 *
 * @throws HeaderNotRecognisedError for the customer table, with `ordersBuyer` set, when it has
 *   none: without it no order could count for anyone.
 */
export function requireBuyerColumn(
  customers: HeaderMapping<CustomerField>,
  by: ContactKind,
  column: string,
): void {
  const fields = BUYER_CUSTOMER_FIELDS[by];
  // A short name (客户简称) is matched too, though the message asks for a name or a company.
  const matched: readonly CustomerField[] = by === 'name' ? CUSTOMER_NAME_FIELDS : fields;
  if (matched.some((field) => customers.columns[field] !== undefined)) return;
  const expected = fields.map((field) => displayName(CUSTOMER_FIELD_SYNONYMS[field]));
  throw new HeaderNotRecognisedError(
    'customers',
    customers.header.filter((h) => h.trim() !== ''),
    expected,
    `The orders table names its customers by the column "${column}" (no customer id column); the customer table needs that column too, as ${expected.join(' or ')}.`,
    { by, column },
  );
}
