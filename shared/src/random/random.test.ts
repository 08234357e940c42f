import { describe, expect, it } from 'vitest';
import { Random, WeightedPicker } from './random.ts';

function moments(draw: () => number, n = 40_000): { mean: number; variance: number } {
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

describe('Random', () => {
  it('repeats its stream for a seed and differs between seeds', () => {
    const a = new Random(42);
    const b = new Random(42);
    const c = new Random(43);
    const first = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(first);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(first);
  });

  it('draws uniforms in [0, 1) and integers in range', () => {
    const random = new Random(7);
    for (let i = 0; i < 10_000; i++) {
      const u = random.next();
      expect(u >= 0 && u < 1).toBe(true);
      const k = random.between(3, 5);
      expect(k >= 3 && k <= 5 && Number.isInteger(k)).toBe(true);
    }
  });

  it.each([
    [0.25, 1],
    [0.9, 2],
    [6, 350],
    [4, 0.5],
  ])('draws Gamma(%d, %d) with the right mean and variance', (shape, rate) => {
    const random = new Random(1);
    const { mean, variance } = moments(() => random.gamma(shape, rate));
    expect(Math.abs(mean / (shape / rate) - 1)).toBeLessThan(0.03);
    expect(Math.abs(variance / (shape / rate ** 2) - 1)).toBeLessThan(0.1);
  });

  it('draws Beta(a, b) with mean a / (a + b)', () => {
    const random = new Random(2);
    expect(moments(() => random.beta(0.9, 5)).mean).toBeCloseTo(0.9 / 5.9, 2);
  });

  it('draws a standard normal', () => {
    const random = new Random(3);
    const { mean, variance } = moments(() => random.normal());
    expect(mean).toBeCloseTo(0, 1);
    expect(variance).toBeCloseTo(1, 1);
  });
});

describe('WeightedPicker', () => {
  it('picks in proportion to the weights', () => {
    const picker = new WeightedPicker<string>([
      ['王', 7],
      ['李', 2],
      ['欧阳', 1],
    ]);
    const random = new Random(9);
    const counts: Record<string, number> = { 王: 0, 李: 0, 欧阳: 0 };
    for (let i = 0; i < 20_000; i++) {
      const name = picker.pick(random);
      counts[name] = (counts[name] ?? 0) + 1;
    }
    expect((counts.王 ?? 0) / 20_000).toBeCloseTo(0.7, 1);
    expect((counts.欧阳 ?? 0) / 20_000).toBeCloseTo(0.1, 1);
  });
  it.each([
    ['shape below 1', 0.25, 4],
    ['shape above 1', 6.25, 15.44],
  ])('draws Gamma variates with the right mean and variance (%s)', (_name, shape, rate) => {
    const random = new Random(1);
    const { mean, variance } = moments(() => random.gamma(shape, rate));
    expect(mean).toBeCloseTo(shape / rate, 2);
    expect(variance / (shape / rate ** 2)).toBeCloseTo(1, 1);
  });

  it('draws Beta variates with the right mean and variance', () => {
    const random = new Random(2);
    const [a, b] = [0.8, 2.5];
    // 400k draws: the standard error of the variance (~0.00014) is well inside the tolerance.
    const { mean, variance } = moments(() => random.beta(a, b), 400_000);
    expect(mean).toBeCloseTo(a / (a + b), 2);
    expect(variance).toBeCloseTo((a * b) / ((a + b) ** 2 * (a + b + 1)), 3);
  });

  it('draws exponential and normal variates with the right moments', () => {
    const random = new Random(3);
    expect(moments(() => random.exponential(2)).mean).toBeCloseTo(0.5, 2);
    const normal = moments(() => random.normal());
    expect(normal.mean).toBeCloseTo(0, 2);
    expect(normal.variance).toBeCloseTo(1, 1);
  });
});
