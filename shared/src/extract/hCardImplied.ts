import { classesOf, isV2Root } from './hCardClasses.ts';
import { visibleText } from './hCardValues.ts';
import { attr } from './text.ts';
import type { ElementLike } from './types.ts';

function onlyChild(el: ElementLike): ElementLike | null {
  return el.children.length === 1 ? (el.children[0] ?? null) : null;
}

function nameOf(el: ElementLike | null): string | null {
  if (el === null || isV2Root(classesOf(el))) return null;
  const tag = el.tagName.toLowerCase();
  if (tag === 'img' || tag === 'area') {
    const alt = attr(el, 'alt');
    return alt === null || alt === '' ? null : alt;
  }
  if (tag === 'abbr') return attr(el, 'title');
  return null;
}

/** The name of an h-card without p-name ("implied name" in microformats2 parsing). */
export function impliedName(root: ElementLike): string {
  const tag = root.tagName.toLowerCase();
  if ((tag === 'img' || tag === 'area') && attr(root, 'alt')) return attr(root, 'alt') ?? '';
  if (tag === 'abbr' && attr(root, 'title')) return attr(root, 'title') ?? '';
  const child = onlyChild(root);
  const fromChild = nameOf(child);
  if (fromChild !== null) return fromChild;
  if (child !== null && !isV2Root(classesOf(child))) {
    const fromGrandchild = nameOf(onlyChild(child));
    if (fromGrandchild !== null) return fromGrandchild;
  }
  return visibleText(root).trim();
}

function onlyOfType(el: ElementLike, tag: string): ElementLike | null {
  let found: ElementLike | null = null;
  const children = el.children;
  for (let i = 0; i < children.length; i++) {
    const c = children[i];
    if (c !== undefined && c.tagName.toLowerCase() === tag) {
      if (found !== null) return null;
      found = c;
    }
  }
  return found;
}

function linkOf(el: ElementLike): string | null {
  for (const tag of ['a', 'area']) {
    const c = onlyOfType(el, tag);
    if (c !== null && !isV2Root(classesOf(c))) {
      const href = attr(c, 'href');
      if (href !== null) return href;
    }
  }
  return null;
}

/** The url of an h-card without u-url, or null ("implied url" in microformats2 parsing). */
export function impliedUrl(root: ElementLike): string | null {
  const tag = root.tagName.toLowerCase();
  if (tag === 'a' || tag === 'area') return attr(root, 'href');
  const direct = linkOf(root);
  if (direct !== null) return direct;
  const child = onlyChild(root);
  return child !== null && !isV2Root(classesOf(child)) ? linkOf(child) : null;
}
