/**
 * A small, fast, seeded pseudo-random generator for the sample data and the CLV simulations.
 * Math.random cannot be seeded, and both must be identical for the same seed on every machine
 * (tests and benchmarks compare runs). sfc32 (Chris Doty-Humphrey's PractRand "small fast chaotic"
 * generator) passes PractRand/BigCrush and needs only 32-bit integer arithmetic; its state is
 * seeded through splitmix32 so that nearby seeds give unrelated streams.
 */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  /** Second value of the last Box–Muller pair, NaN when none is pending. */
  private spareNormal = Number.NaN;

  constructor(seed: number) {
    let s = seed >>> 0;
    const splitmix = (): number => {
      s = (s + 0x9e3779b9) | 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = splitmix();
    this.b = splitmix();
    this.c = splitmix();
    this.d = splitmix();
    // Discard the first outputs: sfc32 mixes its state over a few rounds.
    for (let i = 0; i < 12; i++) this.next();
  }

  /** Uniform in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** Integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** Integer in [min, max] (both included). */
  between(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** Standard normal (Box–Muller, pairs cached). */
  normal(): number {
    if (!Number.isNaN(this.spareNormal)) {
      const spare = this.spareNormal;
      this.spareNormal = Number.NaN;
      return spare;
    }
    let u = this.next();
    while (u === 0) u = this.next();
    const v = this.next();
    const radius = Math.sqrt(-2 * Math.log(u));
    this.spareNormal = radius * Math.sin(2 * Math.PI * v);
    return radius * Math.cos(2 * Math.PI * v);
  }

  /** Uniform in (0, 1): never exactly 0, for logs and inverse transforms. */
  uniform(): number {
    let u = this.next();
    while (u === 0) u = this.next();
    return u;
  }

  /** Exponential with the given rate (mean 1 / rate). */
  exponential(rate = 1): number {
    return -Math.log(1 - this.next()) / rate;
  }

  /**
   * Gamma(shape, rate) by Marsaglia & Tsang (2000), "A simple method for generating gamma
   * variables"; shapes below 1 use the boost Gamma(k) = Gamma(k + 1) · U^(1/k).
   */
  gamma(shape: number, rate: number): number {
    if (shape < 1) {
      const u = 1 - this.next();
      return this.gamma(shape + 1, rate) * u ** (1 / shape);
    }
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      let x: number;
      let v: number;
      do {
        x = this.normal();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      const u = this.next();
      if (u < 1 - 0.0331 * x * x * x * x) return (d * v) / rate;
      if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return (d * v) / rate;
    }
  }

  /** Beta(a, b) from two gammas. */
  beta(a: number, b: number): number {
    const x = this.gamma(a, 1);
    const y = this.gamma(b, 1);
    return x / (x + y);
  }
}

/**
 * Picks from weighted items in O(log n): build once, draw many times (surname frequencies,
 * stage shares …).
 */
export class WeightedPicker<T> {
  private readonly items: readonly T[];
  private readonly cumulative: Float64Array;

  constructor(entries: readonly (readonly [T, number])[]) {
    this.items = entries.map((entry) => entry[0]);
    this.cumulative = new Float64Array(entries.length);
    let total = 0;
    entries.forEach(([, weight], i) => {
      total += weight;
      this.cumulative[i] = total;
    });
    for (let i = 0; i < this.cumulative.length; i++) this.cumulative[i] = (this.cumulative[i] ?? 0) / total;
  }

  pick(random: Random): T {
    const u = random.next();
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.cumulative[mid] ?? 1) > u) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo] as T;
  }
}
