import { describe, expect, it } from 'vitest';
import { groupThousands, numberFormatter } from './formatNumbers.ts';

describe('numberFormatter', () => {
  const plain = numberFormatter('');
  const yuan = numberFormatter('¥');

  it.each([
    [0, '0.00'],
    [791.6666, '791.67'],
    [19_000, '19,000.00'],
    [1_234_567.5, '1,234,567.50'],
    [-1234.5, '-1,234.50'],
    [-0.001, '0.00'],
    [null, '—'],
    [Number.NaN, '—'],
  ])('formats the amount %s as %s', (value, expected) => {
    expect(plain.money(value)).toBe(expected);
  });

  it('puts the currency symbol after the minus sign', () => {
    expect(yuan.money(1234.5)).toBe('¥1,234.50');
    expect(yuan.money(-12)).toBe('-¥12.00');
  });

  it.each([
    [0.6666, '66.7%'],
    [1, '100.0%'],
    [0, '0.0%'],
    [0.0005, '0.1%'],
    [null, '—'],
  ])('formats the share %s as %s', (value, expected) => {
    expect(plain.percent(value)).toBe(expected);
  });

  it('groups counts and decimals', () => {
    expect(plain.count(100_000)).toBe('100,000');
    expect(plain.count(7)).toBe('7');
    expect(plain.decimal(5.5, 1)).toBe('5.5');
    expect(plain.decimal(12345.678, 2)).toBe('12,345.68');
  });

  it.each([
    ['1', '1'],
    ['999', '999'],
    ['1000', '1,000'],
    ['123456.78', '123,456.78'],
    ['-1000000', '-1,000,000'],
    ['-0.00', '0.00'],
  ])('groups %s as %s', (input, expected) => {
    expect(groupThousands(input)).toBe(expected);
  });
});
