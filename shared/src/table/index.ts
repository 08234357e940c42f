export { complaintsFromCustomers } from './complaintsFromCustomers.ts';
export { contactIndexesOf, contactKeyOf } from './contactIndex.ts';
export { CustomerIndex, type FoldedId, type IdsWrittenDifferently } from './customerIndex.ts';
export {
  customerIndexesOf,
  type DerivePurchaseStatsOptions,
  derivePurchaseStats,
} from './derivePurchaseStats.ts';
export { foldCustomerId, isScientificId, widthFoldedId } from './foldCustomerId.ts';
export { HeaderNotRecognisedError } from './HeaderNotRecognisedError.ts';
export { type HeaderMapping, mapHeader } from './mapHeader.ts';
export {
  customerFieldColumns,
  joinNameParts,
  mapCustomerHeader,
  type NameParts,
  nameFromParts,
  namePartColumns,
} from './nameParts.ts';
export { normalizeHeader } from './normalizeHeader.ts';
export {
  type OrderColumns,
  OrderColumnsBuilder,
  type OrderSums,
  orderColumnsOf,
  orderRecordsOf,
} from './orderColumns.ts';
export {
  type BuyerKind,
  type BuyerMatch,
  buyerDependsOnAccounts,
  buyerKindOf,
  type CustomerKeys,
  customerAccountsOf,
  customerKeysOf,
  joinKindOf,
  mapOrderHeader,
  ORDER_BUYER_FIELDS,
  type OrderBuyerField,
  orderBuyerField,
  REQUIRED_ORDER_FIELDS,
  WEAK_ORDER_HEADERS,
} from './orderHeader.ts';
export { type OrderStatusKind, orderStatusKind } from './orderStatus.ts';
export { sumOrdersByKey } from './orderSums.ts';
export { parsePlatformAccount } from './parsePlatformAccount.ts';
export { parseSatisfaction } from './parseSatisfaction.ts';
export { readComplaintsTable } from './readComplaintsTable.ts';
export {
  type CustomersRead,
  IDENTIFYING_CUSTOMER_FIELDS,
  type PhoneRegions,
  readCustomerTable,
} from './readCustomerTable.ts';
export type { ContactKind } from './readerProblem.ts';
export {
  type OrderCounts,
  OrderRowReader,
  type OrdersRead,
  readOrderColumns,
  readOrdersTable,
} from './readOrdersTable.ts';
export { RepeatPool } from './repeatPool.ts';
export { type RowContext, rowContextOf, rowText, skippedRowReason } from './skippedRows.ts';
