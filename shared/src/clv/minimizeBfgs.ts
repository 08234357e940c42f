// A small BFGS minimiser with an Armijo backtracking line search, used to fit the BG/NBD and
// Gamma-Gamma models by maximum likelihood in log-parameter space. Objectives supply their own
// analytic gradient, so each iteration costs a few passes over the (grouped) customers.

/** Objective: returns f(x) and writes ∇f(x) into `gradient`. Non-finite values reject a step. */
export type Objective = (x: Float64Array, gradient: Float64Array) => number;

export interface MinimizeOptions {
  maxIterations?: number;
  /** Stop when every gradient component is below this. */
  gradientTolerance?: number;
  /** Largest change of any coordinate in one step (log-parameters: a factor of e^maxStep). */
  maxStep?: number;
}

export interface MinimizeResult {
  x: Float64Array;
  value: number;
  gradient: Float64Array;
  iterations: number;
  converged: boolean;
}

export function minimizeBfgs(
  objective: Objective,
  start: ArrayLike<number>,
  options: MinimizeOptions = {},
): MinimizeResult {
  const maxIterations = options.maxIterations ?? 500;
  const tolerance = options.gradientTolerance ?? 1e-9;
  const maxStep = options.maxStep ?? 3;
  const n = start.length;
  let x = Float64Array.from(start);
  let g = new Float64Array(n);
  let f = objective(x, g);
  const result = (iterations: number, converged: boolean): MinimizeResult => ({
    x,
    value: f,
    gradient: g,
    iterations,
    converged,
  });
  if (!Number.isFinite(f) || !g.every(Number.isFinite)) return result(0, false);

  // Inverse Hessian approximation, row-major.
  const H = identity(n);
  const direction = new Float64Array(n);
  const xNew = new Float64Array(n);
  let gNew = new Float64Array(n);
  let firstStep = true;
  let stalls = 0;

  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    if (maxAbs(g) < tolerance) return result(iteration - 1, true);
    multiply(H, g, direction, -1);
    let slope = dot(direction, g);
    if (!(slope < 0)) {
      // Not a descent direction (a poor curvature estimate): fall back to steepest descent.
      resetIdentity(H);
      firstStep = true;
      multiply(H, g, direction, -1);
      slope = dot(direction, g);
    }
    const longest = maxAbs(direction);
    if (longest > maxStep) {
      const shrink = maxStep / longest;
      for (let i = 0; i < n; i++) direction[i] = (direction[i] as number) * shrink;
      slope *= shrink;
    }

    let step = 1;
    let fNew = Number.NaN;
    let accepted = false;
    for (let tries = 0; tries < 60; tries++) {
      for (let i = 0; i < n; i++) xNew[i] = (x[i] as number) + step * (direction[i] as number);
      fNew = objective(xNew, gNew);
      if (Number.isFinite(fNew) && fNew <= f + 1e-4 * step * slope && gNew.every(Number.isFinite)) {
        accepted = true;
        break;
      }
      // Quadratic interpolation of the step, kept within [0.1, 0.5] of the last one.
      const quadratic =
        Number.isFinite(fNew) && fNew > f
          ? (-slope * step * step) / (2 * (fNew - f - slope * step))
          : step / 2;
      step = Math.min(Math.max(quadratic, step * 0.1), step * 0.5);
    }
    if (!accepted) {
      // The line search failed along a quasi-Newton direction: retry once from steepest descent.
      if (!isIdentity(H)) {
        resetIdentity(H);
        firstStep = true;
        continue;
      }
      return result(iteration, maxAbs(g) < tolerance * 1e3);
    }

    const s = new Float64Array(n);
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      s[i] = (xNew[i] as number) - (x[i] as number);
      y[i] = (gNew[i] as number) - (g[i] as number);
    }
    const sy = dot(s, y);
    if (sy > 1e-12 * Math.sqrt(dot(s, s) * dot(y, y))) {
      if (firstStep) {
        // Scale the initial inverse Hessian to the observed curvature (Nocedal & Wright 6.20).
        const scale = sy / dot(y, y);
        for (let i = 0; i < n; i++) H[i * n + i] = scale;
        firstStep = false;
      }
      updateInverseHessian(H, s, y, sy, n);
    }
    const improvement = f - fNew;
    x = Float64Array.from(xNew);
    const swap = g;
    g = gNew;
    gNew = swap;
    f = fNew;
    // Stop when the objective stops moving at machine precision (flat ridges at a boundary).
    stalls = improvement <= 1e-15 * Math.max(1, Math.abs(f)) ? stalls + 1 : 0;
    if (stalls >= 5) return result(iteration, maxAbs(g) < tolerance * 1e3);
  }
  return result(maxIterations, maxAbs(g) < tolerance);
}

/** H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ with ρ = 1 / (yᵀ s). */
function updateInverseHessian(
  H: Float64Array,
  s: Float64Array,
  y: Float64Array,
  sy: number,
  n: number,
): void {
  const rho = 1 / sy;
  const Hy = new Float64Array(n);
  multiply(H, y, Hy, 1);
  const yHy = dot(y, Hy);
  const factor = (1 + rho * yHy) * rho;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const si = s[i] as number;
      const sj = s[j] as number;
      H[i * n + j] =
        (H[i * n + j] as number) + factor * si * sj - rho * ((Hy[i] as number) * sj + si * (Hy[j] as number));
    }
  }
}

function identity(n: number): Float64Array {
  const H = new Float64Array(n * n);
  resetIdentity(H);
  return H;
}

function resetIdentity(H: Float64Array): void {
  const n = Math.round(Math.sqrt(H.length));
  H.fill(0);
  for (let i = 0; i < n; i++) H[i * n + i] = 1;
}

function isIdentity(H: Float64Array): boolean {
  const n = Math.round(Math.sqrt(H.length));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) if (H[i * n + j] !== (i === j ? 1 : 0)) return false;
  }
  return true;
}

function multiply(H: Float64Array, v: Float64Array, out: Float64Array, sign: number): void {
  const n = v.length;
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let j = 0; j < n; j++) sum += (H[i * n + j] as number) * (v[j] as number);
    out[i] = sign * sum;
  }
}

function dot(u: Float64Array, v: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < u.length; i++) sum += (u[i] as number) * (v[i] as number);
  return sum;
}

function maxAbs(v: Float64Array): number {
  let max = 0;
  for (let i = 0; i < v.length; i++) max = Math.max(max, Math.abs(v[i] as number));
  return max;
}
