import type { BlockBuilder } from './blockBuilder.ts';
import { BLOCK_ELEMENTS, isHiddenElement, SKIPPED_ELEMENTS } from './elementKinds.ts';
import { type Block, type Line, newBlock } from './pageBlocks.ts';
import type { TimeBudget } from './timeBudget.ts';
import type { DocumentLike, ElementLike, NodeLike } from './types.ts';
import { walkPage } from './walkPage.ts';

// Where people's contact details sit on a page: the footer, <address> (HTML §4.3.10: contact
// information for its nearest article or the document), contact sections and person cards, and
// the last paragraphs of the page (a notice's 联系人 lines, a thread's closing post, a signature).
// When the page walk runs out of its share of the time budget, these regions beyond the point it
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
/** Blocks that hold text rather than other blocks: the page's last ones are read as a region. */
const TEXT_BLOCKS = 'p,li,dd,dt,td,th,address,pre,blockquote,h1,h2,h3,h4,h5,h6';
/** How many of the page's last text blocks are read after a cut. */
const LAST_BLOCKS = 40;

/** What a region walk produces: blocks in document order, and the copyright lines met. */
export interface WalkedRegions {
  blocks: Block[];
  copyrightLines: string[];
  linkLines: Line[];
}

/**
 * Walks the likely contact regions the main walk did not enter, within `budget`: the main walk
 * stopped before `stoppedAt`. The query runs only for pages the main walk could not finish, so
 * ordinary pages never pay for it.
 */
export function walkRegionsBeyond(
  doc: DocumentLike,
  stoppedAt: NodeLike,
  builderFor: (root: Block) => BlockBuilder,
  budget: TimeBudget,
): WalkedRegions {
  const result: WalkedRegions = { blocks: [], copyrightLines: [], linkLines: [] };
  const chosen = new Set<ElementLike>();
  const entered = enteredBefore(stoppedAt);
  const walk = (el: ElementLike) => {
    const builder = builderFor(newBlock(el, el.localName, null));
    walkPage(el, builder, budget);
    result.blocks.push(builder.finish());
    result.copyrightLines.push(...builder.copyrightLines);
    result.linkLines.push(...builder.linkLines);
  };
  const found = doc.querySelectorAll(LIKELY_CONTACT_REGIONS);
  for (let i = 0; i < found.length && !budget.expired(); i++) {
    const el = found[i];
    if (el === undefined || entered(el) || !BLOCK_ELEMENTS.has(el.localName)) continue;
    if (!outermostVisible(el, chosen)) continue;
    chosen.add(el);
    walk(el);
  }
  for (const el of lastTextBlocks(doc, entered, chosen)) {
    if (budget.expired()) break;
    walk(el);
  }
  return result;
}

/** The page's last text blocks the main walk did not reach, outside the regions chosen, in page order. */
function lastTextBlocks(
  doc: DocumentLike,
  entered: (el: ElementLike) => boolean,
  chosen: ReadonlySet<ElementLike>,
): ElementLike[] {
  const found = doc.querySelectorAll(TEXT_BLOCKS);
  const picked: ElementLike[] = [];
  // Ancestors of a picked block: reading one of them would read the block twice.
  const covered = new Set<ElementLike>();
  for (let i = found.length - 1; i >= 0 && picked.length < LAST_BLOCKS; i--) {
    const el = found[i];
    if (el === undefined || entered(el) || covered.has(el) || !outermostVisible(el, chosen)) continue;
    picked.push(el);
    for (let p = el.parentElement; p !== null && !covered.has(p); p = p.parentElement) covered.add(p);
  }
  return picked.reverse();
}

/**
 * Whether the main walk entered an element, given the node it stopped before. The walk goes in
 * document order, so it entered the ancestors of that node and every element before it: climbing
 * from an element to the first ancestor of the stop, the branch it came through must come before
 * the branch that holds the stop. (The walk keeps no list of what it entered: on the pages it
 * finishes, nearly all of them, that list would be built for nothing.)
 */
function enteredBefore(stoppedAt: NodeLike): (el: ElementLike) => boolean {
  // For each ancestor of the stop, its children before the branch that holds the stop.
  const earlier = new Map<NodeLike, Set<NodeLike>>();
  let branch: NodeLike = stoppedAt;
  for (let parent = stoppedAt.parentElement; parent !== null; parent = parent.parentElement) {
    const before = new Set<NodeLike>();
    for (let kid = parent.firstChild; kid !== null && kid !== branch; kid = kid.nextSibling) before.add(kid);
    earlier.set(parent, before);
    branch = parent;
  }
  return (el) => {
    if (earlier.has(el)) return true;
    let from: NodeLike = el;
    for (let parent = el.parentElement; parent !== null; parent = parent.parentElement) {
      const before = earlier.get(parent);
      if (before !== undefined) return before.has(from);
      from = parent;
    }
    return false;
  };
}

/** Not inside a region already chosen, and not hidden or skipped through an ancestor. */
function outermostVisible(el: ElementLike, chosen: ReadonlySet<ElementLike>): boolean {
  if (isHiddenElement(el)) return false;
  for (let p = el.parentElement; p !== null; p = p.parentElement) {
    if (chosen.has(p) || isHiddenElement(p) || SKIPPED_ELEMENTS.has(p.localName)) return false;
  }
  return true;
}
