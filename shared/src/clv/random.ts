// A seeded random source with the samplers the CLV simulations need (parameter-recovery tests,
// benchmarks, generated order files). Deterministic across platforms: sfc32 seeded by splitmix32.

export interface Random {
  /** Uniform on (0, 1), never exactly 0 or 1. */
  uniform(): number;
  exponential(rate: number): number;
  normal(): number;
  /** Gamma with shape k and rate θ (mean k / θ), Marsaglia & Tsang (2000). */
  gamma(shape: number, rate: number): number;
  beta(a: number, b: number): number;
}

export function createRandom(seed: number): Random {
  let s = seed >>> 0;
  const splitmix = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = splitmix();
  let b = splitmix();
  let c = splitmix();
  let d = splitmix();
  const next = () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t;
  };
  for (let i = 0; i < 12; i++) next();
  const uniform = () => (next() + 0.5) / 4294967296;
  let spare: number | null = null;
  const normal = () => {
    if (spare !== null) {
      const value = spare;
      spare = null;
      return value;
    }
    // Marsaglia polar method.
    for (;;) {
      const u = 2 * uniform() - 1;
      const v = 2 * uniform() - 1;
      const q = u * u + v * v;
      if (q > 0 && q < 1) {
        const f = Math.sqrt((-2 * Math.log(q)) / q);
        spare = v * f;
        return u * f;
      }
    }
  };
  const gamma = (shape: number, rate: number): number => {
    if (shape < 1) {
      // Boost: Gamma(k) = Gamma(k + 1) · U^(1/k).
      return gamma(shape + 1, rate) * uniform() ** (1 / shape);
    }
    const dd = shape - 1 / 3;
    const cc = 1 / Math.sqrt(9 * dd);
    for (;;) {
      let x: number;
      let v: number;
      do {
        x = normal();
        v = 1 + cc * x;
      } while (v <= 0);
      v = v * v * v;
      const u = uniform();
      if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + dd * (1 - v + Math.log(v))) {
        return (dd * v) / rate;
      }
    }
  };
  return {
    uniform,
    exponential: (rate) => -Math.log(uniform()) / rate,
    normal,
    gamma,
    beta: (x, y) => {
      const g = gamma(x, 1);
      return g / (g + gamma(y, 1));
    },
  };
}
