import type { Texts } from './texts.ts';

type FigureName = keyof Texts['figures'];

function isFigureName(figures: Texts['figures'], key: string): key is FigureName {
  // Own keys only: `key in figures` would also accept inherited names such as "constructor".
  return Object.hasOwn(figures, key);
}

/** The label of a figure a job reports; a figure the catalogue has no label for shows its key. */
export function figureLabel(key: string, t: Texts): string {
  return isFigureName(t.figures, key) ? t.figures[key] : key;
}
