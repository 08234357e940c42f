import { pageHead } from './pageHead.ts';
import type { PageScan } from './pageScan.ts';
import { SegmentBuilder } from './segmentBuilder.ts';
import type { DocumentLike } from './types.ts';
import { walkPage } from './walkPage.ts';

// One walk over the visible page: text is gathered into lines (one per block element), lines into
// segments (a card, a table row, the text under a heading), and every email, phone, mailto:/tel:
// and social link lands in the segment it sits in (segmentBuilder.ts). Names, titles and
// companies are then looked for inside the segment (segmentContacts.ts). A single pass and
// per-line scans keep a 10,000-element page within the extension's 30 ms budget for a click.

/** Walks the document once and returns its contact segments. */
export function scanPage(
  doc: DocumentLike,
  region: string,
  url: string | undefined,
  maxNodes: number,
): PageScan {
  const { meta, title, base } = pageHead(doc, url);
  const builder = new SegmentBuilder(region, base);
  const truncated = walkPage(doc, builder, maxNodes);
  return { segments: builder.finish(), meta, title, base, copyrightLines: builder.copyrightLines, truncated };
}
