import { describe, expect, it } from 'vitest';
import type { Cell } from '../model/table.ts';
import { parseRecommendScore } from './parseRecommendScore.ts';

describe('parseRecommendScore', () => {
  it.each<[Cell, number | null]>([
    [9, 9],
    [0, 0],
    ['10', 10],
    ['8分', 8],
    ['７', 7],
    ['6/10', 6],
    [null, null],
    ['', null],
  ])('reads %j as %j', (cell, expected) => {
    expect(parseRecommendScore(cell)).toEqual({ ok: true, value: expected });
  });

  it.each<Cell>([11, -1, 8.5, '很满意', true])('refuses %j', (cell) => {
    expect(parseRecommendScore(cell).ok).toBe(false);
  });
});
