import { describe, expect, it } from 'vitest';
import { isPlaceholderText } from './placeholderText.ts';

describe('isPlaceholderText', () => {
  it.each(['-', ' - ', '—', '——', '–', '--', '/', 'N/A', 'n/a', 'NA', '无', '暂无', '－', 'None', 'NULL'])(
    'takes %j for an empty cell',
    (text) => {
      expect(isPlaceholderText(text)).toBe(true);
    },
  );

  it.each(['0', '张伟', 'Nan', 'NAB', '-5', '无锡', 'n/a 待补', '2026-01-01', ''])(
    'reads %j as a value',
    (text) => {
      expect(isPlaceholderText(text)).toBe(false);
    },
  );
});
