import type { IsoDate } from './dates.ts';
import type { ComplaintStage } from './keys.ts';
import type { Cell } from './table.ts';

/** One customer row, parsed. Fields are null when empty or invalid (the invalid ones raise issues). */
export interface CustomerRecord {
  /** 1-based sheet row (header = row 1). */
  row: number;
  /** Customer id as written (trimmed), or null. */
  id: string | null;
  name: string | null;
  company: string | null;
  /**
   * The short name an ERP keeps beside the full name (客户简称: 紫金山传媒): the company where the
   * table has no company column, and a name orders may call the customer by.
   */
  shortName: string | null;
  /** The name the customer goes by on WeChat (微信昵称), which orders may call them by. */
  nickname: string | null;
  /** The other half of a couple on the row (Partner, 配偶), whose name orders may call them by. */
  partner: string | null;
  title: string | null;
  /** E.164, e.g. +8613912345678. */
  mobile: string | null;
  /** E.164. */
  phone: string | null;
  /** Trimmed and lower-cased. */
  email: string | null;
  wechat: string | null;
  /**
   * The buyer's account on a shop platform (旺旺号, Buyer Username) as written, trimmed; null when
   * empty or masked (t**8), which names no one. Orders naming their buyer by the platform's
   * account (买家会员名) are matched to it.
   */
  platformAccount: string | null;
  address: string | null;
  city: string | null;
  gender: string | null;
  /** `YYYY-MM-DD`, or `--MM-DD` when the year is unknown; a lunar birthday `L1990-03-05` / `L--03-05`. */
  birthday: string | null;
  firstPurchase: IsoDate | null;
  lastPurchase: IsoDate | null;
  orderCount: number | null;
  totalSpend: number | null;
  owner: string | null;
  tags: readonly string[];
  source: string | null;
  lastContact: IsoDate | null;
  /** As written on its scale (e.g. 1–5 or 1–10); see satisfactionScale. */
  satisfaction: number | null;
  /** Likelihood to recommend, 0–10 (the NPS question, Reichheld 2003). */
  recommend: number | null;
  complaintStatus: ComplaintStage | null;
  complaintDate: IsoDate | null;
  complaintStageDate: IsoDate | null;
  complaintClosedDate: IsoDate | null;
  complaint: string | null;
  note: string | null;
  /** The original cells, untouched, in header order. */
  cells: readonly Cell[];
  /**
   * Sheet rows below this one that continue it: further lines of purchase with nobody named on
   * them (a student's further courses, 学号 and 姓名 merged over them). Their spend is in
   * `totalSpend`; absent when there are none.
   */
  lines?: number[];
}

/** One purchase (or refund) from the Orders table. */
export interface OrderRecord {
  row: number;
  customerId: string;
  date: IsoDate;
  /** Negative for a refund (a negative amount, or a 退款/Refund status). */
  amount: number;
  orderId: string | null;
}

/** One complaint (from a Complaints table or the complaint columns of the customer table). */
export interface ComplaintRecord {
  /** Sheet row of the complaint (in its own table, or the customer row). */
  row: number;
  /** Which table the row refers to. */
  table: 'customers' | 'complaints';
  customerId: string | null;
  /** Customer row the complaint belongs to, when known. */
  customerRow: number | null;
  openedDate: IsoDate | null;
  stage: ComplaintStage;
  /** When the current stage started (defaults to openedDate). */
  stageDate: IsoDate | null;
  closedDate: IsoDate | null;
  summary: string | null;
  satisfaction: number | null;
}

/** Purchase history summary: derived from Orders when present, else from the summary columns. */
export interface PurchaseStats {
  firstPurchase: IsoDate | null;
  lastPurchase: IsoDate | null;
  /** Number of purchases (0 = prospect); refunds are not purchases. */
  orderCount: number;
  /** Net spend: purchases less refunds. */
  totalSpend: number;
  /** Refunds and the money they returned (a positive figure), already taken off totalSpend. */
  refunds: number;
  refundTotal: number;
  /** Where the figures came from. */
  source: 'orders' | 'summary';
}

/**
 * A customer record with every field empty except those given: for building records that do
 * not come from a sheet (clipped contacts, tests).
 */
export function emptyCustomerRecord(
  row: number,
  fields: Partial<Omit<CustomerRecord, 'row'>> = {},
): CustomerRecord {
  return {
    row,
    id: null,
    name: null,
    company: null,
    shortName: null,
    nickname: null,
    partner: null,
    title: null,
    mobile: null,
    phone: null,
    email: null,
    wechat: null,
    platformAccount: null,
    address: null,
    city: null,
    gender: null,
    birthday: null,
    firstPurchase: null,
    lastPurchase: null,
    orderCount: null,
    totalSpend: null,
    owner: null,
    tags: [],
    source: null,
    lastContact: null,
    satisfaction: null,
    recommend: null,
    complaintStatus: null,
    complaintDate: null,
    complaintStageDate: null,
    complaintClosedDate: null,
    complaint: null,
    note: null,
    cells: [],
    ...fields,
  };
}
