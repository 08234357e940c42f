import type { IsoDate } from './dates.ts';
import type { CustomerRecord, PurchaseStats } from './records.ts';
import type { CustomerClassification, CustomerClv } from './results.ts';

/**
 * One customer of the table with everything computed for it. Values travel with their row
 * (`row` is the 1-based sheet row the record was read from), so writing them back never depends
 * on the position of the customer in a list: blank rows, removed rows and sorted tables cannot
 * shift one customer's values onto another's row.
 */
export interface CustomerRow {
  /** 1-based sheet row. */
  row: number;
  record: CustomerRecord;
  stats: PurchaseStats;
  classification: CustomerClassification;
  /** BG/NBD + Gamma-Gamma prediction; null without orders, without purchases or without a fit. */
  clv: CustomerClv | null;
  /** Earliest open follow-up, or null. */
  nextFollowUp: IsoDate | null;
}
