// The one place features are registered (refined-github style): adding a feature is one file
// in this folder plus one line here.
import { crossBorderNotice } from './crossBorderNotice.ts';
import { dataDeletion } from './dataDeletion.ts';
import { knownCustomer } from './knownCustomer.ts';
import { pageExtraction } from './pageExtraction.ts';
import { reviewAndSave } from './reviewAndSave.ts';
import { savedClips } from './savedClips.ts';
import { selectionClipping } from './selectionClipping.ts';
import { sheetSync } from './sheetSync.ts';

export const FEATURES = [
  pageExtraction,
  selectionClipping,
  reviewAndSave,
  savedClips,
  sheetSync,
  crossBorderNotice,
  knownCustomer,
  dataDeletion,
] as const;

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void
  ? I
  : never;

/** The worker's request surface; the panel types its calls with this (see ui/callWorker.ts). */
export type WorkerApi = UnionToIntersection<NonNullable<(typeof FEATURES)[number]['handlers']>>;
