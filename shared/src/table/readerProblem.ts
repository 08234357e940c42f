import type { IsoDate } from '../model/dates.ts';

/** The values a reader checks beyond parsing them, named in its messages. */
export const CHECKED_VALUES = [
  'first-purchase',
  'last-purchase',
  'last-contact',
  'birthday',
  'complaint-date',
  'complaint-stage-date',
  'complaint-closed-date',
  'order-date',
  'closed-date',
  'stage-date',
  'order-count',
  'total-spend',
] as const;
export type CheckedValue = (typeof CHECKED_VALUES)[number];

/** How an orders table without a customer-id column names the buyer (see orderBuyerField). */
export type ContactKind = 'email' | 'phone' | 'name';

/**
 * What a table reader finds wrong with a row beyond a cell that does not parse (see ParseProblem):
 * a date after today, a negative or fractional count, dates that contradict each other, a row
 * missing what its record needs, a customer id no customer has. readerProblemText words it.
 */
export type ReaderProblem =
  | { code: 'future-date'; value: CheckedValue; date: IsoDate; today: IsoDate }
  | { code: 'negative'; value: CheckedValue; number: number }
  | { code: 'not-whole'; value: CheckedValue; number: number }
  | { code: 'first-after-last'; first: IsoDate; last: IsoDate }
  | { code: 'no-orders-yet-purchase'; date: IsoDate }
  | { code: 'closed-before-opened'; closed: IsoDate; opened: IsoDate }
  | { code: 'order-without-customer' }
  | { code: 'order-without-date' }
  | { code: 'order-without-amount' }
  | { code: 'complaint-without-customer' }
  | { code: 'complaint-unknown-customer'; id: string }
  | { code: 'orders-unknown-customer'; id: string; orders: number; amount: number }
  | { code: 'order-without-contact'; by: ContactKind }
  /**
   * An email, phone or name of the orders that no customer has; `near`, the one customer whose name
   * differs from it by one character (陈思淇 for 陈思琪), offered, never matched.
   */
  | {
      code: 'orders-unknown-contact';
      by: ContactKind;
      id: string;
      orders: number;
      amount: number;
      near?: { name: string; row: number };
    }
  /** A name of the orders that several rows of the customer table have (`rows`, their sheet rows). */
  | {
      code: 'orders-ambiguous-contact';
      by: ContactKind;
      id: string;
      orders: number;
      amount: number;
      rows: number[];
      /**
       * The orders' customer-id column, where they were read by name because it was left blank
       * (namedBuyerId): filling it in tells the customers apart.
       */
      idColumn?: string;
    }
  /** Orders whose platform account (买家会员名) no customer's platform-account column holds. */
  | { code: 'orders-unknown-account'; id: string; orders: number; amount: number }
  | { code: 'orders-ambiguous-customer'; id: string; orders: number; amount: number; matches: IdAt[] }
  | { code: 'orders-scientific-customer'; id: string; orders: number; amount: number }
  | { code: 'complaint-ambiguous-customer'; id: string; matches: IdAt[] }
  | { code: 'complaint-scientific-customer'; id: string }
  | { code: 'id-written-differently'; id: string; other: IdAt }
  | { code: 'id-differs-in-case'; id: string; other: IdAt }
  | { code: 'formula-without-value'; formula: string };

/** A customer id of the customer table, with its sheet row. */
export interface IdAt {
  row: number;
  id: string;
}

export type ReaderProblemCode = ReaderProblem['code'];
