import type { ElementLike } from './types.ts';

/** The class names of an element. */
export function classesOf(el: ElementLike): string[] {
  const cls = el.getAttribute('class');
  return cls === null ? [] : cls.trim().split(/\s+/);
}

/** A microformats2 root class (h-card, h-adr …) is among them. */
export function isV2Root(classes: string[]): boolean {
  return classes.some((c) => /^h-[a-z0-9]+(?:-[a-z]+)*$/.test(c));
}
