/**
 * Counts Apps Script service calls per `Service.method` and the time spent inside the double: the
 * add-on's discipline is that a job's number of Spreadsheet service calls does not grow with the
 * number of rows, and the bench separates the add-on's own time from the double's.
 * A guard (the authorised scopes) may refuse a call before it runs; hooks let a test act at the
 * n-th call of a method (a co-editor sorting the sheet meanwhile, a service failing).
 */
export interface CallHook {
  key: string;
  /** 1-based: the n-th call of `key` from now on. */
  nth: number;
  /** Runs before the call; throwing here fails the call. */
  before?: () => void;
  /** Runs after the call returned. */
  after?: () => void;
}

export class CallCounter {
  readonly counts = new Map<string, number>();
  /** Milliseconds spent in service calls (a call the double makes to itself is not counted). */
  serviceMs = 0;
  /** CPU milliseconds of the process during service calls: steadier than wall time on a busy machine. */
  serviceCpuMs = 0;
  /** Cells handed out by getValues and taken by setValues (what a round trip carries). */
  cellsRead = 0;
  cellsWritten = 0;
  guard: ((key: string) => void) | null = null;
  /** Turns the double's errors into errors of the script's realm (see environment.ts). */
  realmError: ((error: unknown) => unknown) | null = null;
  private depth = 0;
  private hooks: (CallHook & { seen: number })[] = [];

  /** Acts at the n-th call of a method (see CallHook). */
  hook(hook: CallHook): void {
    this.hooks.push({ ...hook, seen: 0 });
  }

  private due(key: string): (CallHook & { seen: number })[] {
    if (this.hooks.length === 0) return [];
    const due = [];
    for (const h of this.hooks) if (h.key === key && ++h.seen === h.nth) due.push(h);
    return due;
  }

  /** Returns `target` with every function property counted under `${service}.${name}`. */
  wrap<T extends object>(service: string, target: T): T {
    for (const [name, value] of Object.entries(target)) {
      if (typeof value !== 'function') continue;
      const key = `${service}.${name}`;
      (target as Record<string, unknown>)[name] = (...args: unknown[]) => {
        // A call the double makes to itself is part of the script's call, not another one.
        if (this.depth > 0) return (value as (...a: unknown[]) => unknown)(...args);
        this.depth++;
        const started = performance.now();
        const cpu = process.cpuUsage();
        try {
          this.guard?.(key);
          this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
          const due = this.due(key);
          for (const h of due) h.before?.();
          try {
            return (value as (...a: unknown[]) => unknown)(...args);
          } finally {
            for (const h of due) h.after?.();
          }
        } catch (error) {
          throw this.realmError ? this.realmError(error) : error;
        } finally {
          this.serviceMs += performance.now() - started;
          const used = process.cpuUsage(cpu);
          this.serviceCpuMs += (used.user + used.system) / 1000;
          this.depth--;
        }
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
    this.serviceMs = 0;
    this.serviceCpuMs = 0;
    this.cellsRead = 0;
    this.cellsWritten = 0;
  }

  /** Counts as a plain sorted object, for readable assertions and bench output. */
  snapshot(prefix = ''): Record<string, number> {
    return Object.fromEntries(
      [...this.counts].filter(([k]) => k.startsWith(prefix)).sort(([a], [b]) => a.localeCompare(b)),
    );
  }
}
