import type { BlockBuilder } from './blockBuilder.ts';
import { classRole, NO_CLASS } from './classRole.ts';
import { BLOCK_ELEMENTS, isHiddenElement, SKIPPED_ELEMENTS } from './elementKinds.ts';
import type { TimeBudget } from './timeBudget.ts';
import type { ElementLike, NodeLike } from './types.ts';
import { ELEMENT_NODE, TEXT_NODE } from './types.ts';

// Deeper nesting than this is markup gone wrong; its text is not worth a stack overflow.
const MAX_DEPTH = 400;
/** How many nodes pass between two looks at the clock. */
const CLOCK_EVERY = 256;
const EMPHASIS = new Set(['strong', 'b']);

/**
 * Walks the visible nodes under `root` in document order into `builder` (sibling pointers, which a
 * browser answers much faster than indexed childNodes) within `budget`. Returns null when it walked
 * everything, else the node it stopped before: the walk goes in document order, so the elements it
 * entered are the ancestors of that node and those before it (priorityRegions.ts reads the rest).
 */
export function walkPage(
  root: { readonly firstChild: NodeLike | null },
  builder: BlockBuilder,
  budget: TimeBudget,
): NodeLike | null {
  let count = 0;
  let stoppedAt: NodeLike | null = null;
  let pre = 0;

  function walk(node: { readonly firstChild: NodeLike | null }, depth: number): void {
    for (let kid = node.firstChild; kid !== null; kid = kid.nextSibling) {
      if (++count % CLOCK_EVERY === 0 && budget.expired()) {
        stoppedAt = kid;
        return;
      }
      const type = kid.nodeType;
      if (type === TEXT_NODE) text(kid.nodeValue ?? '');
      else if (type === ELEMENT_NODE) visit(kid as ElementLike, depth);
      if (stoppedAt !== null) return;
    }
  }

  function text(value: string): void {
    if (pre === 0 || !value.includes('\n')) {
      builder.text(value);
      return;
    }
    // Preformatted text (a signature pasted into a forum post): its newlines are line breaks.
    const parts = value.split('\n');
    parts.forEach((part, i) => {
      if (i > 0) builder.lineBreak();
      builder.text(part);
    });
  }

  function visit(el: ElementLike, depth: number): void {
    const tag = el.localName;
    if (SKIPPED_ELEMENTS.has(tag)) return;
    if (tag === 'br') {
      builder.lineBreak();
      return;
    }
    const attributes = el.hasAttributes();
    if (tag === 'input' || (attributes && isHiddenElement(el))) return;
    const cls = attributes ? el.getAttribute('class') : null;
    const role = cls ? classRole(cls) : NO_CLASS;
    const block = BLOCK_ELEMENTS.has(tag);
    if (tag === 'a' && attributes) builder.link(el);
    if (block) builder.open(el, tag);
    else if (cls) builder.separate();
    if (tag === 'pre') pre++;
    const hint =
      role.hint === null
        ? EMPHASIS.has(tag)
          ? builder.startHint('lead')
          : null
        : builder.startHint(role.hint);
    if (depth < MAX_DEPTH) walk(el, depth + 1);
    if (hint !== null) builder.endHint(hint);
    if (tag === 'pre') pre--;
    if (block) builder.close();
    else if (cls) builder.separate();
  }

  walk(root, 0);
  return stoppedAt;
}
