import { cadenceFor } from '../config/config.ts';
import type { Channel } from '../model/keys.ts';
import type { CustomerFacts } from './customerFacts.ts';
import { CLV_WIN_BACK_WITHIN_DAYS } from './lookBack.ts';
import type { TaskCollector } from './taskCollector.ts';

/** The one cadence contact a customer is due, and whether it is a revisit or a win-back. */
export interface CadenceSlot {
  kind: 'revisit' | 'win-back';
  /** The CLV model flags the customer at risk (a win-back whatever the segment). */
  clvRisk: boolean;
  /** Days between contacts. */
  every: number;
  /** The later of last contact and last purchase. */
  lastTouch: number | null;
  /**
   * Last touch + every (today without any touch): the rule's own date, however long ago (how
   * late the contact really is); it also keys the task so its id is stable from run to run.
   */
  due: number;
  /** The segment's configured channel. */
  channel: Channel;
}

/**
 * 定期回访 / 挽回 share one contact per customer on the segment's cadence
 * (config.followUps.cadence, else DEFAULT_CADENCE):
 *
 * - Due = last touch + cadence days; no touch at all: due today.
 * - cannot-lose-them and at-risk customers who have bought, and any customer the CLV model flags at
 *   risk, get a win-back instead of the plain revisit. A CLV-flagged customer is called within
 *   CLV_WIN_BACK_WITHIN_DAYS whatever the segment's cadence.
 * - A customer with an open complaint gets no plain revisit: the complaint task already has the
 *   team talking to them, and a cheerful "how is everything?" call would be tone-deaf.
 * - everyDays null switches the segment off (except for a CLV-flagged win-back); 0 means daily.
 *
 * Null when no cadence contact falls within the plan.
 */
export function cadenceSlot(plan: TaskCollector, facts: CustomerFacts): CadenceSlot | null {
  const { segment } = facts.classification;
  const cadence = cadenceFor(plan.config, segment);
  const clvRisk = facts.clv?.atRisk === true && facts.lastPurchaseDay !== null;
  const winBack = clvRisk || segment === 'cannot-lose-them' || segment === 'at-risk';
  if (!winBack && facts.hasOpenComplaint) return null;

  let every = cadence.everyDays;
  if (clvRisk) every = Math.min(every ?? CLV_WIN_BACK_WITHIN_DAYS, CLV_WIN_BACK_WITHIN_DAYS);
  if (every === null) return null;
  every = Math.max(every, 1);

  const lastTouch = maxDay(facts.lastContactDay, facts.lastPurchaseDay);
  const due = lastTouch === null ? plan.today : lastTouch + every;
  if (due > plan.horizonEnd) return null;
  // Done when contacted on or after the due date (cannot happen for a due computed from the last
  // contact, but keeps the rule uniform with the others).
  if (facts.lastContactDay !== null && facts.lastContactDay >= due) return null;
  return {
    // A win-back recalls the last order; without one the customer gets the revisit.
    kind: winBack && facts.lastPurchaseDay !== null ? 'win-back' : 'revisit',
    clvRisk,
    every,
    lastTouch,
    due,
    channel: cadence.channel,
  };
}

function maxDay(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}
