import { describe, expect, it } from 'vitest';
import { foldCustomerId, isScientificId, widthFoldedId } from './foldCustomerId.ts';

describe('foldCustomerId', () => {
  it.each([
    ['C001', 'C001', 'C001'],
    ['Ｃ００１', 'C001', 'C001'],
    ['C００１', 'C001', 'C001'],
    ['c001', 'c001', 'C001'],
    ['ｃ００１', 'c001', 'C001'],
    ['C001\u200B', 'C001', 'C001'],
    ['\uFEFFC001', 'C001', 'C001'],
    ['C\u00A0001', 'C001', 'C001'],
    ['C001\u3000', 'C001', 'C001'],
    ['C\u2060\u200D001', 'C001', 'C001'],
    ['VIP－７', 'VIP-7', 'VIP-7'],
    ['1,001', '1001', '1001'],
    ['１，００１', '1001', '1001'],
    ['12,345,678', '12345678', '12345678'],
    ['001001', '1001', '1001'],
    ['1001.0', '1001', '1001'],
    ['1,00', '1,00', '1,00'],
    ['A,001', 'A,001', 'A,001'],
    ['客户甲', '客户甲', '客户甲'],
    ['\u200B', '', ''],
  ])('%s folds to %s, and in any case to %s', (id, width, folded) => {
    expect(widthFoldedId(id)).toBe(width);
    expect(foldCustomerId(id)).toBe(folded);
  });
});

describe('isScientificId', () => {
  it.each([
    ['1.23457E+11', true],
    ['1.23457e+11', true],
    ['１．２３４５７Ｅ＋１１', true],
    ['1E+11', true],
    ['123457000000', false],
    ['E1001', false],
    ['C1E5', false],
  ])('%s: %s', (id, scientific) => {
    expect(isScientificId(id)).toBe(scientific);
  });
});
