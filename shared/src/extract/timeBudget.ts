/** A deadline on a clock: the page walk checks it now and then and stops when it has passed. */
export interface TimeBudget {
  expired(): boolean;
  /** A budget for part of the remaining time, e.g. for the likely contact regions first. */
  share(fraction: number): TimeBudget;
}

/** `ms` milliseconds from now on `now`. */
export function timeBudget(ms: number, now: () => number): TimeBudget {
  const start = now();
  const deadline = start + ms;
  return {
    expired: () => now() > deadline,
    share: (fraction) => timeBudget(Math.max(0, deadline - now()) * fraction, now),
  };
}
