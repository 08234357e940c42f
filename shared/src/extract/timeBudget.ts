/** A deadline on a clock: the page walk checks it now and then and stops when it has passed. */
export interface TimeBudget {
  expired(): boolean;
  /** A budget for part of the remaining time, e.g. for the likely contact regions first. */
  share(fraction: number): TimeBudget;
}

/** `ms` milliseconds from now on `now`. */
export function timeBudget(ms: number, now: () => number): TimeBudget {
  return new Deadline(now() + ms, now);
}

/**
 * A class, not an object of closures: the walk calls `expired` thousands of times, and one method
 * of one class is one call target for V8 on every page, where closures made for each reading of a
 * page were a new one each time (and cost the walk its optimised code).
 */
class Deadline implements TimeBudget {
  constructor(
    private readonly deadline: number,
    private readonly now: () => number,
  ) {}

  expired(): boolean {
    return this.now() > this.deadline;
  }

  share(fraction: number): TimeBudget {
    return timeBudget(Math.max(0, this.deadline - this.now()) * fraction, this.now);
  }
}
