// Public API of customer classification: RFM scores, segments, 8-class groups, lifecycle, value tiers.
export { assignGroups8 } from './assignGroups8.ts';
export { classifyCustomers } from './classifyCustomers.ts';
export { lifecycleFor } from './lifecycleFor.ts';
export { quintileScores } from './quintileScores.ts';
export { type RfmScore, scoreRfm } from './scoreRfm.ts';
export { segmentFor } from './segmentFor.ts';
export { valueTiers } from './valueTiers.ts';
