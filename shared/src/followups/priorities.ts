import type { Priority, Segment, ValueTier } from '../model/keys.ts';

/** Sort rank: urgent first. */
export const PRIORITY_RANK: Readonly<Record<Priority, number>> = { urgent: 0, high: 1, medium: 2, low: 3 };

// Revisit priority follows the segment's value to the business (the RFM segments of
// classify/segmentFor.ts): the best and the slipping-away valuable customers first, sleepers last.
const SEGMENT_PRIORITY: Readonly<Record<Segment, Priority>> = {
  champions: 'high',
  'loyal-customers': 'high',
  'cannot-lose-them': 'urgent',
  'at-risk': 'high',
  'potential-loyalists': 'medium',
  'new-customers': 'medium',
  promising: 'medium',
  'need-attention': 'medium',
  'about-to-sleep': 'medium',
  hibernating: 'low',
  prospect: 'low',
};

/** One step up for high-value (Pareto top 80 % of revenue) customers, never beyond `high`. */
export function raiseForValue(priority: Priority, tier: ValueTier): Priority {
  if (tier !== 'high') return priority;
  if (priority === 'low') return 'medium';
  if (priority === 'medium') return 'high';
  return priority;
}

export function revisitPriority(segment: Segment, tier: ValueTier): Priority {
  return raiseForValue(SEGMENT_PRIORITY[segment], tier);
}
