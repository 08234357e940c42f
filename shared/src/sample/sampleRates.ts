/**
 * How often the sample's rows carry each deliberate defect, and its customer mix. Rates are per
 * customer row (per order row for the order defects): low, as in a sheet kept with some care,
 * but enough for every check of the cleaning review to find something in 1,000 rows.
 */
export const SAMPLE_RATES = {
  invalidEmail: 0.02,
  /** 2026-13-45 in 生日 or 最近联系日期. */
  impossibleDate: 0.012,
  /** 最近联系日期 after today. */
  futureDate: 0.01,
  /** Same email in another letter case. */
  exactDuplicate: 0.015,
  /** Same name, same company with another legal suffix. */
  likelyDuplicate: 0.015,
  missingName: 0.01,
  blankPhone: 0.02,
  /** Customers without any order. */
  prospect: 0.08,
  /** English-speaking contacts (Acme Trading Ltd. …). */
  english: 0.3,
  /** Customers with at least one complaint. */
  complaint: 0.05,
  negativeAmount: 0.01,
  futureOrder: 0.003,
} as const;

export type SampleRates = typeof SAMPLE_RATES;

/** What a customer row is in the sample. */
export const ROLE = { buyer: 0, prospect: 1, exactDuplicate: 2, likelyDuplicate: 3 } as const;
