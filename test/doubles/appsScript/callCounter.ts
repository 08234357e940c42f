/**
 * Counts Apps Script service calls per `Service.method`: the add-on's discipline is that a job's
 * number of Spreadsheet service calls does not grow with the number of rows.
 */
export class CallCounter {
  readonly counts = new Map<string, number>();

  /** Returns `target` with every function property counted under `${service}.${name}`. */
  wrap<T extends object>(service: string, target: T): T {
    const counts = this.counts;
    for (const [name, value] of Object.entries(target)) {
      if (typeof value !== 'function') continue;
      const key = `${service}.${name}`;
      (target as Record<string, unknown>)[name] = (...args: unknown[]) => {
        counts.set(key, (counts.get(key) ?? 0) + 1);
        return (value as (...a: unknown[]) => unknown)(...args);
      };
    }
    return target;
  }

  total(prefix = ''): number {
    let n = 0;
    for (const [key, count] of this.counts) if (key.startsWith(prefix)) n += count;
    return n;
  }

  reset(): void {
    this.counts.clear();
  }

  /** Counts as a plain sorted object, for readable assertions and bench output. */
  snapshot(prefix = ''): Record<string, number> {
    return Object.fromEntries(
      [...this.counts].filter(([k]) => k.startsWith(prefix)).sort(([a], [b]) => a.localeCompare(b)),
    );
  }
}
