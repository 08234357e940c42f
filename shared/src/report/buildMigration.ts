import type { Config } from '../config/config.ts';
import type { CustomerRow } from '../model/customerRow.ts';
import type { IsoDate } from '../model/dates.ts';
import { SEGMENTS, type Segment } from '../model/keys.ts';
import { ownerKey } from './buildOwners.ts';
import type { OrderLedger } from './orders/orderLedger.ts';
import type { MigrationDirection, MigrationSection, NamedCustomer } from './reportSections.ts';
import { segmentsAsOf } from './segmentsAsOf.ts';

/** Names listed per highlighted cell. */
const NAMES_PER_CELL = 10;

// How well a segment stands (higher is better): a move from a buying segment to a slipping or a
// lost one is what a manager has to act on; a move back up is a win-back worth knowing.
const STANDING: Readonly<Record<Segment, number>> = {
  champions: 3,
  'loyal-customers': 3,
  'potential-loyalists': 2,
  'new-customers': 2,
  promising: 2,
  'need-attention': 1,
  'about-to-sleep': 1,
  'at-risk': 1,
  'cannot-lose-them': 1,
  hibernating: 0,
  prospect: -1,
};

/**
 * Segments on `from` (the end of the previous period, from the orders up to then) against
 * today's: a matrix in which every customer is in exactly one cell, and the cells that move
 * customers down from a buying segment (standing 2–3 to 0–1) or back up into one, with the
 * customers behind them, most revenue first.
 */
export function buildMigration(
  customers: readonly CustomerRow[],
  ledger: OrderLedger,
  from: IsoDate,
  today: IsoDate,
  config: Config,
): MigrationSection {
  const before = segmentsAsOf(customers, ledger, from, config);
  const cells = new Map<string, { from: Segment; to: Segment; members: CustomerRow[] }>();
  customers.forEach((customer, i) => {
    const was = before[i] as Segment;
    const now = customer.classification.segment;
    const key = `${was}>${now}`;
    const cell = cells.get(key);
    if (cell) cell.members.push(customer);
    else cells.set(key, { from: was, to: now, members: [customer] });
  });
  const order = new Map(SEGMENTS.map((s, i) => [s, i]));
  const sorted = [...cells.values()].sort(
    (a, b) =>
      (order.get(a.from) ?? 0) - (order.get(b.from) ?? 0) || (order.get(a.to) ?? 0) - (order.get(b.to) ?? 0),
  );
  const highlights = sorted
    .flatMap((cell) => {
      const direction = directionOf(cell.from, cell.to);
      return direction === null ? [] : [{ ...cell, direction }];
    })
    .sort(
      (a, b) =>
        Number(a.direction === 'up') - Number(b.direction === 'up') || b.members.length - a.members.length,
    )
    .map((cell) => ({
      from: cell.from,
      to: cell.to,
      direction: cell.direction,
      customers: cell.members.length,
      names: topByRevenue(cell.members),
    }));
  return {
    from,
    to: today,
    matrix: sorted.map((cell) => ({ from: cell.from, to: cell.to, customers: cell.members.length })),
    highlights,
  };
}

function directionOf(from: Segment, to: Segment): MigrationDirection | null {
  const was = STANDING[from];
  const now = STANDING[to];
  if (was >= 2 && now <= 1 && now >= 0) return 'down';
  if (was >= 0 && was <= 1 && now >= 2) return 'up';
  return null;
}

function topByRevenue(members: readonly CustomerRow[]): NamedCustomer[] {
  return [...members]
    .sort((a, b) => b.stats.totalSpend - a.stats.totalSpend || a.row - b.row)
    .slice(0, NAMES_PER_CELL)
    .map((c) => ({
      row: c.row,
      id: c.record.id,
      name: c.record.name,
      owner: ownerKey(c.record.owner),
      revenue: c.stats.totalSpend,
    }));
}
