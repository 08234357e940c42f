import type { BlockBuilder } from './blockBuilder.ts';
import { classRole, NO_CLASS } from './classRole.ts';
import { BLOCK_ELEMENTS, HEADING_ELEMENTS, isHiddenElement, SKIPPED_ELEMENTS } from './elementKinds.ts';
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
  const walk = new Walk(builder, budget);
  walkChildren(walk, root, 0);
  return walk.stoppedAt;
}

/**
 * Where a walk stands. The walking functions below take it as an argument rather than closing
 * over it: functions made anew for every walk are new call targets each time, and V8 threw away
 * their optimised code at the start of each walk of a page read again (the side panel reopened).
 */
class Walk {
  count = 0;
  stoppedAt: NodeLike | null = null;
  /** How many <pre> elements the walk is in. */
  pre = 0;
  /** How many headings (h1 … h6) the walk is in. */
  heading = 0;

  constructor(
    readonly builder: BlockBuilder,
    readonly budget: TimeBudget,
  ) {}
}

function walkChildren(walk: Walk, node: { readonly firstChild: NodeLike | null }, depth: number): void {
  for (let kid = node.firstChild; kid !== null; kid = kid.nextSibling) {
    if (++walk.count % CLOCK_EVERY === 0 && walk.budget.expired()) {
      walk.stoppedAt = kid;
      return;
    }
    const type = kid.nodeType;
    if (type === TEXT_NODE) walkText(walk, kid.nodeValue ?? '');
    else if (type === ELEMENT_NODE) visit(walk, kid as ElementLike, depth);
    if (walk.stoppedAt !== null) return;
  }
}

function walkText(walk: Walk, value: string): void {
  const { builder } = walk;
  if (walk.pre === 0 || !value.includes('\n')) {
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

function visit(walk: Walk, el: ElementLike, depth: number): void {
  const { builder } = walk;
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
  const heading = block && HEADING_ELEMENTS.has(tag);
  // An element inside a heading is a part of its own, as its styles show it: a name and the title
  // after it (<h4>陈俊杰<span>销售经理</span></h4>), which would otherwise run together.
  const apart = !block && (cls !== null || walk.heading > 0);
  if (tag === 'a' && attributes) builder.link(el);
  if (block) builder.open(el, tag);
  else if (apart) builder.separate();
  if (role.fax) builder.faxSign();
  if (tag === 'pre') walk.pre++;
  if (heading) walk.heading++;
  const hint =
    role.hint === null
      ? EMPHASIS.has(tag)
        ? builder.startHint('lead')
        : null
      : builder.startHint(role.hint);
  if (depth < MAX_DEPTH) walkChildren(walk, el, depth + 1);
  if (hint !== null) builder.endHint(hint);
  if (tag === 'pre') walk.pre--;
  if (heading) walk.heading--;
  if (block) builder.close();
  else if (apart) builder.separate();
}
