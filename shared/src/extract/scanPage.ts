import { BlockBuilder } from './blockBuilder.ts';
import type { PageScan } from './pageBlocks.ts';
import type { PageHead } from './pageHead.ts';
import { walkLikelyRegions } from './priorityRegions.ts';
import type { TimeBudget } from './timeBudget.ts';
import type { DocumentLike, PhoneRegionGuess } from './types.ts';
import { walkPage } from './walkPage.ts';

// One walk over the visible page into a block tree (blockBuilder.ts): first the regions where
// contact details usually sit (priorityRegions.ts), with up to half the time budget, then the
// whole page in document order, which puts each region walked before in its place. Regions the
// main walk did not reach before the budget ran out are kept at the end. Emails, phones and
// links are found line by line as the walk goes; people are found afterwards (groupPeople.ts).

/** How much of the budget the likely contact regions may take before the main walk. */
const REGION_SHARE = 0.5;

/** Walks the document once (likely contact regions first) within `budget`. */
export function scanPage(
  doc: DocumentLike,
  head: PageHead,
  phoneRegion: PhoneRegionGuess,
  budget: TimeBudget,
): PageScan {
  const { region } = phoneRegion;
  const keep = phoneRegion.basis === 'default';
  const regions = walkLikelyRegions(doc, region, head.base, keep, budget.share(REGION_SHARE));
  const builder = new BlockBuilder(region, head.base, keep);
  // From <html>: linkedom's doctype node has no nextSibling, so the document's own children
  // cannot be followed past it.
  const html = doc.documentElement;
  const complete = html === null || walkPage(html, builder, { budget, walked: regions.walked });
  const unreached = [...regions.walked.values()];
  for (const block of unreached) builder.adopt(block);
  return {
    root: builder.finish(),
    meta: head.meta,
    title: head.title,
    base: head.base,
    language: head.language,
    copyrightLines: [...builder.copyrightLines, ...regions.copyrightLines],
    truncated: !complete,
  };
}
