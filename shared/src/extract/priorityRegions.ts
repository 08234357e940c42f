import type { BlockBuilder } from './blockBuilder.ts';
import { BLOCK_ELEMENTS, isHiddenElement, SKIPPED_ELEMENTS } from './elementKinds.ts';
import { type Block, type Line, newBlock } from './pageBlocks.ts';
import type { TimeBudget } from './timeBudget.ts';
import type { DocumentLike, ElementLike } from './types.ts';
import { walkPage } from './walkPage.ts';

// Where people's contact details sit on a page: the footer, <address> (HTML §4.3.10: contact
// information for its nearest article or the document), contact sections and person cards. When
// the page walk runs out of its share of the time budget, these regions beyond the point it
// reached are read next, so a page too large to read whole still yields them.

const LIKELY_CONTACT_REGIONS = [
  'address',
  'footer',
  '[id*="footer"]',
  '[class*="footer"]',
  '[class*="contact"]',
  '[id*="contact"]',
  '[class*="card"]',
  '[class*="team"]',
  '[class*="staff"]',
  '[class*="people"]',
  '[class*="person"]',
  '[class*="member"]',
  '[class*="author"]',
  '[class*="speaker"]',
  '[itemscope]',
].join(',');

/** What a region walk produces: blocks in document order, and the copyright lines met. */
export interface WalkedRegions {
  blocks: Block[];
  copyrightLines: string[];
  linkLines: Line[];
}

/**
 * Walks the likely contact regions the main walk did not enter (`entered`), within `budget`. The
 * query runs only for pages the main walk could not finish, so ordinary pages never pay for it.
 */
export function walkRegionsBeyond(
  doc: DocumentLike,
  entered: ReadonlySet<ElementLike>,
  builderFor: (root: Block) => BlockBuilder,
  budget: TimeBudget,
): WalkedRegions {
  const result: WalkedRegions = { blocks: [], copyrightLines: [], linkLines: [] };
  const found = doc.querySelectorAll(LIKELY_CONTACT_REGIONS);
  const chosen = new Set<ElementLike>();
  for (let i = 0; i < found.length && !budget.expired(); i++) {
    const el = found[i];
    if (el === undefined || entered.has(el) || !BLOCK_ELEMENTS.has(el.localName)) continue;
    if (!outermostVisible(el, chosen)) continue;
    chosen.add(el);
    const builder = builderFor(newBlock(el, el.localName, null));
    walkPage(el, builder, { budget, entered: null });
    result.blocks.push(builder.finish());
    result.copyrightLines.push(...builder.copyrightLines);
    result.linkLines.push(...builder.linkLines);
  }
  return result;
}

/** Not inside a region already chosen, and not hidden or skipped through an ancestor. */
function outermostVisible(el: ElementLike, chosen: ReadonlySet<ElementLike>): boolean {
  if (isHiddenElement(el)) return false;
  for (let p = el.parentElement; p !== null; p = p.parentElement) {
    if (chosen.has(p) || isHiddenElement(p) || SKIPPED_ELEMENTS.has(p.localName)) return false;
  }
  return true;
}
