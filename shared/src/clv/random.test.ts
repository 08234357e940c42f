import { describe, expect, it } from 'vitest';
import { createRandom } from './random.ts';

function moments(draw: () => number, n = 100_000): { mean: number; variance: number } {
  let sum = 0;
  let squares = 0;
  for (let i = 0; i < n; i++) {
    const x = draw();
    sum += x;
    squares += x * x;
  }
  const mean = sum / n;
  return { mean, variance: squares / n - mean * mean };
}

describe('createRandom', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const c = createRandom(43);
    const first = Array.from({ length: 5 }, () => a.uniform());
    expect(Array.from({ length: 5 }, () => b.uniform())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c.uniform())).not.toEqual(first);
    expect(first.every((u) => u > 0 && u < 1)).toBe(true);
  });

  it.each([
    ['shape below 1', 0.25, 4],
    ['shape above 1', 6.25, 15.44],
  ])('draws Gamma variates with the right mean and variance (%s)', (_name, shape, rate) => {
    const random = createRandom(1);
    const { mean, variance } = moments(() => random.gamma(shape, rate));
    expect(mean).toBeCloseTo(shape / rate, 2);
    expect(variance / (shape / rate ** 2)).toBeCloseTo(1, 1);
  });

  it('draws Beta variates with the right mean and variance', () => {
    const random = createRandom(2);
    const [a, b] = [0.8, 2.5];
    const { mean, variance } = moments(() => random.beta(a, b));
    expect(mean).toBeCloseTo(a / (a + b), 2);
    expect(variance).toBeCloseTo((a * b) / ((a + b) ** 2 * (a + b + 1)), 3);
  });

  it('draws exponential and normal variates with the right moments', () => {
    const random = createRandom(3);
    expect(moments(() => random.exponential(2)).mean).toBeCloseTo(0.5, 2);
    const normal = moments(() => random.normal());
    expect(normal.mean).toBeCloseTo(0, 2);
    expect(normal.variance).toBeCloseTo(1, 1);
  });
});
