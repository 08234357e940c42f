import { describe, expect, it } from 'vitest';
import { figureLabel } from './figureLabel.ts';
import { TEXTS } from './texts.ts';

describe('figureLabel', () => {
  it.each([
    ['rowsRemoved', 'zh', '移除行'],
    ['rowsRemoved', 'en', 'rows removed'],
    ['exactDuplicateGroups', 'en', 'exact duplicate groups'],
  ] as const)('labels the figure %s in %s', (key, language, label) => {
    expect(figureLabel(key, TEXTS[language])).toBe(label);
  });

  it.each(['newFigure', 'constructor', 'toString'])('shows an unlabelled figure %s by its key', (key) => {
    expect(figureLabel(key, TEXTS.en)).toBe(key);
  });
});
