import type { Config } from '../config/config.ts';
import {
  COMPLAINT_FIELD_SYNONYMS,
  CUSTOMER_FIELD_SYNONYMS,
  type CustomerField,
  ORDER_FIELD_SYNONYMS,
} from '../model/fields.ts';
import type { TableRole } from '../model/table.ts';
import { displayName } from '../table/HeaderNotRecognisedError.ts';
import { type HeaderMapping, mapHeader } from '../table/mapHeader.ts';
import { mapCustomerHeader } from '../table/nameParts.ts';
import {
  lacksOnlyBuyer,
  mapOrderHeader,
  missingOrderFields,
  REQUIRED_ORDER_FIELDS,
} from '../table/orderHeader.ts';
import { IDENTIFYING_CUSTOMER_FIELDS } from '../table/readCustomerTable.ts';

/** Fields that only a table of purchases has; a customer table rarely names them all. */
const CONTACT_FIELDS: readonly CustomerField[] = ['name', 'company', 'mobile', 'phone', 'email', 'wechat'];

/** A header row mapped for one kind of table, and whether that table could be read from it. */
export interface HeaderFit {
  mapping: HeaderMapping<string>;
  /** Fields recognised (the header row with most of them is taken). */
  fields: number;
  /** Whether the table's required columns are all there. */
  usable: boolean;
  /**
   * An orders header with all it needs but the buyer column: usable where the rows below name
   * their customers in group headings (see BuyerGroups, detectHeaderRow).
   */
  buyerless?: boolean;
}

/** How well a row of header texts fits a customers, orders or complaints table. */
export function headerFit(
  role: TableRole,
  header: string[],
  overrides: Config['headerOverrides'],
): HeaderFit {
  switch (role) {
    case 'customers': {
      const mapping = mapCustomerHeader(header, overrides.customers);
      const c = mapping.columns;
      // The parts count as the name column a table without one lacks (no more: beside a name
      // column they add no field, and a data row read as a header must not win by them).
      const named = mapping.nameParts === undefined || c.name !== undefined ? 0 : 1;
      return {
        mapping,
        fields: Object.keys(c).length + named,
        usable: named > 0 || IDENTIFYING_CUSTOMER_FIELDS.some((f) => c[f] !== undefined),
      };
    }
    case 'orders': {
      const mapping = mapOrderHeader(header, overrides.orders);
      const c = mapping.columns;
      const missing = missingOrderFields(c);
      return {
        mapping,
        fields: Object.keys(c).length,
        usable: missing.length === 0,
        buyerless: lacksOnlyBuyer(missing),
      };
    }
    case 'complaints': {
      const mapping = mapHeader(header, COMPLAINT_FIELD_SYNONYMS, overrides.complaints);
      const c = mapping.columns;
      return {
        mapping,
        fields: Object.keys(c).length,
        usable: c.customerId !== undefined && (c.stage !== undefined || c.openedDate !== undefined),
      };
    }
  }
}

/**
 * Whether a header describes purchases rather than people: every order column is there, and
 * either no name or contact column, or more of the columns are an order's than a customer's. A
 * shop's order export names its buyer by email and carries a Name (Shopify's order number), a
 * Phone and an Id, yet its date, total, status and refund columns are an order's. Such a sheet is
 * never taken for the customer table, whatever its name.
 */
export function looksLikeOrders(
  header: string[],
  overrides: Config['headerOverrides'],
  /** Whether an orders header lacking only its buyer column counts (see headsSalesUnderHeadings). */
  options: { buyerless?: boolean } = {},
): boolean {
  const orders = headerFit('orders', header, overrides);
  if (!orders.usable && !(options.buyerless === true && orders.buyerless === true)) return false;
  const customers = headerFit('customers', header, overrides);
  const columns = customers.mapping.columns as Partial<Record<CustomerField, number>>;
  return !CONTACT_FIELDS.some((f) => columns[f] !== undefined) || orders.fields > customers.fields;
}

/** The columns a table needs, named `客户编号/Customer ID` style for messages. */
export function expectedHeaders(role: TableRole): string[] {
  switch (role) {
    case 'customers':
      return IDENTIFYING_CUSTOMER_FIELDS.map((f) => displayName(CUSTOMER_FIELD_SYNONYMS[f]));
    case 'orders':
      return REQUIRED_ORDER_FIELDS.map((f) => displayName(ORDER_FIELD_SYNONYMS[f]));
    case 'complaints':
      return (['customerId', 'stage', 'openedDate'] as const).map((f) =>
        displayName(COMPLAINT_FIELD_SYNONYMS[f]),
      );
  }
}
