import { describe, expect, it } from 'vitest';
import type { Cell } from '../model/table.ts';
import { cellToText, isEmptyCell, normalizeText } from './cellToText.ts';
import { parseDate } from './parseDate.ts';
import { parseTags } from './parseTags.ts';

describe('cellToText', () => {
  it.each<[Cell, string]>([
    [null, ''],
    ['', ''],
    [' 张伟 ', ' 张伟 '],
    [1234.5, '1234.5'],
    [1001, '1001'],
    [true, 'TRUE'],
    [false, 'FALSE'],
    [new Date(Date.UTC(2024, 2, 5)), '2024-03-05'],
    [new Date(Date.UTC(2024, 2, 5, 9, 30)), '2024-03-05T09:30:00.000Z'],
    [new Date(Number.NaN), 'Invalid Date'],
  ])('shows %j as %j', (cell, text) => {
    expect(cellToText(cell)).toBe(text);
  });

  it('shows a Date at local midnight as its local calendar day', () => {
    expect(cellToText(new Date(2024, 2, 5))).toBe('2024-03-05');
  });
});

describe('isEmptyCell and normalizeText', () => {
  it('treats null, empty and blank strings as empty, and nothing else', () => {
    expect([null, '', '  ', '\t'].map(isEmptyCell)).toEqual([true, true, true, true]);
    expect([0, false, 'x', new Date(0)].map(isEmptyCell)).toEqual([false, false, false, false]);
  });

  it('folds full-width forms and strips zero-width characters', () => {
    expect(normalizeText('\uFEFF　１２３，＠（元）\u200B ')).toBe('123,@(元)');
  });

  it('writes Arabic-Indic and Persian digits and separators as ASCII ones', () => {
    expect(normalizeText('٤٨٠ درهم')).toBe('480 درهم');
    expect(normalizeText('١٬٢٥٠٫٥٠')).toBe('1,250.50');
    expect(normalizeText('۰۵۶ ۷۸۹')).toBe('056 789');
    expect(normalizeText('٥٪')).toBe('5%');
  });
});

describe('Date cells', () => {
  it('reads a Date by its local day by default and by its UTC day on request', () => {
    const localMidnight = new Date(2024, 2, 5);
    expect(parseDate(localMidnight)).toEqual({ ok: true, value: '2024-03-05' });
    expect(parseDate(localMidnight, { dateObjects: 'local' })).toEqual({ ok: true, value: '2024-03-05' });
    const utcMidnight = new Date(Date.UTC(2024, 2, 5));
    expect(parseDate(utcMidnight, { dateObjects: 'utc' })).toEqual({ ok: true, value: '2024-03-05' });
  });
});

describe('parseTags', () => {
  it.each<[Cell, string[]]>([
    ['VIP, 老客户；华东、 VIP | #b2b', ['VIP', '老客户', '华东', 'b2b']],
    ['重点客户/展会', ['重点客户', '展会']],
    ['a;b;;c', ['a', 'b', 'c']],
    ['  ', []],
    [null, []],
    [2024, ['2024']],
  ])('splits %j into %j', (cell, tags) => {
    expect(parseTags(cell)).toEqual(tags);
  });
});
