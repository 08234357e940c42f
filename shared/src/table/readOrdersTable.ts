import type { Config } from '../config/config.ts';
import type { IsoDate } from '../model/dates.ts';
import { ORDER_FIELD_SYNONYMS, type OrderField } from '../model/fields.ts';
import type { OrderRecord } from '../model/records.ts';
import type { SkippedRow } from '../model/skippedRow.ts';
import { type CellIssue, sheetRowOf, type TableData } from '../model/table.ts';
import type { DateParseOptions } from '../parse/parseDate.ts';
import { CellReader, isBlankRow } from './cellReader.ts';
import { displayName, HeaderNotRecognisedError } from './HeaderNotRecognisedError.ts';
import { type HeaderMapping, mapHeader } from './mapHeader.ts';
import { normalizeHeader } from './normalizeHeader.ts';
import { orderStatusKind } from './orderStatus.ts';
import { type RowContext, rowText, skippedRowReason } from './skippedRows.ts';

/** Without these an order row says nothing about a customer's purchases. */
export const REQUIRED_ORDER_FIELDS = ['customerId', 'date', 'amount'] as const;

/** Orders that changed no figure, counted so the summary can say so. */
export interface OrderCounts {
  /** Rows whose status says the order was cancelled or void; left out. */
  cancelled: number;
}

/**
 * Reads the Orders table (one row per purchase). A row becomes an OrderRecord only when its
 * customer id, date and amount are all present and valid; otherwise each problem is an issue with
 * `table: 'orders'` (missing, invalid) and the row is left out of the orders. Orders dated after
 * `today` are reported (future-date) and left out. A negative amount is a refund, and so is an
 * order whose status says 退款/Refund (its amount counted negative); an order whose status says
 * 取消/作废/Cancelled is left out and counted. Blank rows are skipped; totals, notes and a header
 * pasted again are listed in `skipped`.
 *
 * @throws HeaderNotRecognisedError when the customer id, date or amount column is missing.
 */
export function readOrdersTable(
  table: TableData,
  config: Config,
  today: IsoDate,
  options: DateParseOptions = {},
): {
  orders: OrderRecord[];
  issues: CellIssue[];
  mapping: HeaderMapping<OrderField>;
  skipped: SkippedRow[];
  counts: OrderCounts;
} {
  const mapping = mapHeader(table.header, ORDER_FIELD_SYNONYMS, config.headerOverrides.orders);
  const c = mapping.columns;
  const missing = REQUIRED_ORDER_FIELDS.filter((f) => c[f] === undefined);
  if (missing.length > 0) {
    throw new HeaderNotRecognisedError(
      'orders',
      table.header,
      REQUIRED_ORDER_FIELDS.map((f) => displayName(ORDER_FIELD_SYNONYMS[f])),
      `The orders table has no column for: ${missing.map((f) => displayName(ORDER_FIELD_SYNONYMS[f])).join(', ')}.`,
    );
  }
  const idCol = c.customerId as number;
  const dateCol = c.date as number;
  const amountCol = c.amount as number;
  const issues: CellIssue[] = [];
  const read = new CellReader(table.header, issues, 'orders', today, options, config.language, table);
  const orders: OrderRecord[] = [];
  const skipped: SkippedRow[] = [];
  const counts: OrderCounts = { cancelled: 0 };
  const rowContext: RowContext = {
    table: 'orders',
    normalizedHeader: table.header.map(normalizeHeader),
    identityColumns: [],
  };
  const rows = table.rows;
  for (let index = 0; index < rows.length; index++) {
    const cells = rows[index] ?? [];
    if (isBlankRow(cells)) continue;
    const row = sheetRowOf(table, index);
    const reason = skippedRowReason(cells, rowContext, table.formulas?.get(row));
    if (reason !== null) {
      skipped.push({ table: 'orders', row, reason, text: rowText(cells) });
      continue;
    }
    read.at(row, cells);
    const status = orderStatusKind(read.text(c.status));
    if (status === 'cancelled') {
      counts.cancelled++;
      continue;
    }
    const customerId = read.text(idCol);
    if (customerId === null) read.report(idCol, 'missing', { code: 'order-without-customer' });
    const beforeDate = issues.length;
    const date = read.date(dateCol, 'order-date');
    if (date === null && issues.length === beforeDate) {
      read.report(dateCol, 'missing', { code: 'order-without-date' });
    }
    const beforeAmount = issues.length;
    const amount = read.signedAmount(amountCol);
    if (amount === null && issues.length === beforeAmount) {
      read.report(amountCol, 'missing', { code: 'order-without-amount' });
    }
    if (customerId === null || date === null || amount === null) continue;
    const signed = status === 'refund' ? -Math.abs(amount) : amount;
    orders.push({ row, customerId, date, amount: signed, orderId: read.text(c.orderId) });
  }
  return { orders, issues, mapping, skipped, counts };
}
