import type { OrderLedger } from './orderLedger.ts';

// Questions about one customer's orders in the ledger. Each walks that customer's slice only,
// earliest order first. Refunds (negative amounts) count in revenue, never as orders.

/** The day of the customer's first purchase, or null without one. */
export function firstOrderDay(ledger: OrderLedger, customer: number): number | null {
  for (let k = ledger.start[customer] as number; k < (ledger.start[customer + 1] as number); k++) {
    if ((ledger.amount[k] as number) >= 0) return ledger.day[k] as number;
  }
  return null;
}

/** Orders and net revenue of the customer from day `from` to day `to`, both included. */
export function ordersBetween(
  ledger: OrderLedger,
  customer: number,
  from: number,
  to: number,
): { orders: number; revenue: number } {
  let orders = 0;
  let revenue = 0;
  for (let k = ledger.start[customer] as number; k < (ledger.start[customer + 1] as number); k++) {
    const d = ledger.day[k] as number;
    if (d > to) break;
    if (d < from) continue;
    const amount = ledger.amount[k] as number;
    revenue += amount;
    if (amount >= 0) orders++;
  }
  return { orders, revenue };
}
