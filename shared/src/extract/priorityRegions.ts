import { BlockBuilder } from './blockBuilder.ts';
import { BLOCK_ELEMENTS, isHiddenElement, SKIPPED_ELEMENTS } from './elementKinds.ts';
import { type Block, newBlock } from './pageBlocks.ts';
import type { TimeBudget } from './timeBudget.ts';
import type { DocumentLike, ElementLike } from './types.ts';
import { walkPage } from './walkPage.ts';

// Where people's contact details sit on a page: the footer, <address> (HTML §4.3.10: contact
// information for its nearest article or the document), contact sections and person cards. They
// are walked first, so a page too large to read within the time budget still yields them; the
// main walk then puts each in its place in document order.

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

/** The likely contact regions walked ahead of the page: their blocks by element, their copyright lines. */
export interface WalkedRegions {
  walked: Map<ElementLike, Block>;
  copyrightLines: string[];
}

/** Walks the page's likely contact regions within `budget`. */
export function walkLikelyRegions(
  doc: DocumentLike,
  region: string,
  base: string | undefined,
  keepUnresolved: boolean,
  budget: TimeBudget,
): WalkedRegions {
  const walked = new Map<ElementLike, Block>();
  const copyrightLines: string[] = [];
  const found = doc.querySelectorAll(LIKELY_CONTACT_REGIONS);
  const chosen = new Set<ElementLike>();
  for (let i = 0; i < found.length; i++) {
    const el = found[i];
    if (el === undefined || !BLOCK_ELEMENTS.has(el.localName) || !outermostVisible(el, chosen)) continue;
    chosen.add(el);
    if (budget.expired()) break;
    const root = newBlock(el, el.localName, null);
    const builder = new BlockBuilder(region, base, keepUnresolved, root);
    walkPage(el, builder, { budget, walked: new Map() });
    walked.set(el, builder.finish());
    copyrightLines.push(...builder.copyrightLines);
  }
  return { walked, copyrightLines };
}

/** Not inside a region already chosen, and not hidden or skipped through an ancestor. */
function outermostVisible(el: ElementLike, chosen: ReadonlySet<ElementLike>): boolean {
  if (isHiddenElement(el)) return false;
  for (let p = el.parentElement; p !== null; p = p.parentElement) {
    if (chosen.has(p) || isHiddenElement(p) || SKIPPED_ELEMENTS.has(p.localName)) return false;
  }
  return true;
}
