import type { Random } from '../random/random.ts';
import type { ComplaintDraft } from './complaints.ts';
import type { DateFormats } from './dateFormats.ts';
import type { SampleRates } from './sampleRates.ts';

/** Everything a customer row depends on besides the random stream. */
export interface CustomerRowContext {
  random: Random;
  /**
   * A stream of its own for the survey answers (推荐意愿), so adding them changed no other value
   * of a sample generated with the same seed.
   */
  answers: Random;
  rates: SampleRates;
  today: number;
  dates: DateFormats;
  summaryColumns: boolean;
  ids: string[];
  roles: Uint8Array;
  english: Uint8Array;
  /** Per customer: first/last purchase day (−1 when none), order count, total spend. */
  firstPurchase: Int32Array;
  lastPurchase: Int32Array;
  orderCount: Int32Array;
  totalSpend: Float64Array;
  /** Spend above which a customer is tagged VIP. */
  vipSpend: number;
  latestComplaint: (ComplaintDraft | undefined)[];
}
