import type { CustomerRecord, PurchaseStats } from '../model/records.ts';
import type { CustomerClassification, CustomerClv } from '../model/results.ts';

/** One customer as the rules see it: dates parsed to day numbers once (hot loop over 100k rows). */
export interface CustomerFacts {
  record: CustomerRecord;
  classification: CustomerClassification;
  stats: PurchaseStats;
  lastPurchaseDay: number | null;
  lastContactDay: number | null;
  clv: CustomerClv | null;
  hasOpenComplaint: boolean;
}
