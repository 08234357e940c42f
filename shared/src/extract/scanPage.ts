import { BlockBuilder } from './blockBuilder.ts';
import type { Block, PageScan } from './pageBlocks.ts';
import type { PageHead } from './pageHead.ts';
import { walkRegionsBeyond } from './priorityRegions.ts';
import type { TimeBudget } from './timeBudget.ts';
import type { DocumentLike, PhoneRegionGuess } from './types.ts';
import { walkPage } from './walkPage.ts';

// One walk over the visible page into a block tree (blockBuilder.ts), in document order, with
// most of the time budget. A page too large for that share is cut there, and the regions where
// contact details usually sit (the footer, <address>, contact sections, person cards) beyond the
// cut are read next with the time left (priorityRegions.ts). Emails, phones and links are found
// line by line as the walk goes; people are found afterwards (groupPeople.ts).

/** The main walk's share of the budget; the rest is for the likely contact regions after a cut. */
const MAIN_WALK_SHARE = 0.7;

/**
 * Walks the document within `budget`. Numbers not valid in the page's region are kept for later
 * where only the user's default or a site builder's default (`weakRegion`) gave that region.
 */
export function scanPage(
  doc: DocumentLike,
  head: PageHead,
  phoneRegion: PhoneRegionGuess,
  budget: TimeBudget,
  weakRegion = false,
): PageScan {
  const keep = phoneRegion.basis === 'default' || weakRegion;
  const builderFor = (root?: Block) => new BlockBuilder(phoneRegion.region, head.base, keep, root);
  const builder = builderFor();
  // From <html>: linkedom's doctype node has no nextSibling, so the document's own children
  // cannot be followed past it.
  const html = doc.documentElement;
  const stoppedAt = html === null ? null : walkPage(html, builder, budget.share(MAIN_WALK_SHARE));
  const copyrightLines = [...builder.copyrightLines];
  const linkLines = [...builder.linkLines];
  if (stoppedAt !== null) {
    const regions = walkRegionsBeyond(doc, stoppedAt, builderFor, budget);
    for (const block of regions.blocks) builder.adopt(block);
    copyrightLines.push(...regions.copyrightLines);
    linkLines.push(...regions.linkLines);
  }
  return {
    root: builder.finish(),
    linkLines,
    meta: head.meta,
    title: head.title,
    base: head.base,
    language: head.language,
    copyrightLines,
    truncated: stoppedAt !== null,
  };
}
