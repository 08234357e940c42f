import { classRole, NO_CLASS } from './classRole.ts';
import {
  BLOCK_ELEMENTS,
  HEADING_ELEMENTS,
  isHiddenElement,
  LANDMARK_ELEMENTS,
  SKIPPED_ELEMENTS,
} from './elementKinds.ts';
import type { SegmentBuilder } from './segmentBuilder.ts';
import type { ElementLike, NodeLike } from './types.ts';
import { ELEMENT_NODE, TEXT_NODE } from './types.ts';

// Deeper nesting than this is markup gone wrong; its text is not worth a stack overflow.
const MAX_DEPTH = 400;

/**
 * Walks the visible nodes of `root` in document order into `builder`, at most `maxNodes` of
 * them. Returns true when it stopped at the limit.
 */
export function walkPage(
  root: { readonly childNodes: ArrayLike<NodeLike> },
  builder: SegmentBuilder,
  maxNodes: number,
): boolean {
  const state = { count: 0, truncated: false };

  function walk(node: { readonly childNodes: ArrayLike<NodeLike> }, depth: number): void {
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) {
      if (++state.count > maxNodes) {
        state.truncated = true;
        return;
      }
      const kid = kids[i];
      if (kid === undefined) continue;
      if (kid.nodeType === TEXT_NODE) builder.text(kid.nodeValue ?? '');
      else if (kid.nodeType === ELEMENT_NODE) visit(kid as ElementLike, depth);
      if (state.truncated) return;
    }
  }

  function visit(el: ElementLike, depth: number): void {
    const tag = el.localName;
    if (SKIPPED_ELEMENTS.has(tag)) return;
    if (tag === 'br') {
      builder.lineBreak();
      return;
    }
    if (isHiddenElement(el) || tag === 'input') return;
    const cls = el.getAttribute('class') || null;
    const role = cls === null ? NO_CLASS : classRole(cls);
    if (tag === 'a') builder.link(el);
    const block = BLOCK_ELEMENTS.has(tag);
    const heading = HEADING_ELEMENTS.has(tag);
    const strong = role.card || tag === 'article' || tag === 'address' || el.hasAttribute('itemscope');
    const weak = !strong && (tag === 'li' || tag === 'tr' || tag === 'dd');
    const landmark = cls !== null || LANDMARK_ELEMENTS.has(tag);
    if (block) builder.flush(false);
    const frame = builder.frame;
    const { card: outerCard, strong: outerStrong, where: outerWhere } = frame;
    if (strong || weak) frame.card = el;
    if (strong) frame.strong = el;
    if (landmark) frame.where = el;
    if (strong || weak || heading) builder.startSegment();
    if (role.hint !== null) builder.hint(el, role.hint);
    if (depth < MAX_DEPTH) walk(el, depth + 1);
    if (state.truncated) return;
    if (block) builder.flush(heading);
    frame.card = outerCard;
    frame.strong = outerStrong;
    frame.where = outerWhere;
    // Leaving a card ends its segment; a heading's segment runs on until the next boundary.
    if (strong || weak) builder.startSegment();
  }

  walk(root, 0);
  return state.truncated;
}
