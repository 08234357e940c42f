/**
 * How full each owner's days are, from today to the end of the plan, with the next day that has
 * room found in near-constant time (a union-find over full days, as in disjoint-set scheduling):
 * 100k tasks over 30 days for a dozen owners stay linear. A day off is full from the start.
 */
export class OwnerDays {
  private readonly load = new Map<string, Int32Array>();
  private readonly next = new Map<string, Int32Array>();

  /**
   * `days` = the days of the plan (today is day 0); `capacity` = tasks per owner per day;
   * `working[d]` = 1 when the team works on day d, 0 on a day off (no task is placed then).
   */
  constructor(
    private readonly days: number,
    private readonly capacity: number,
    private readonly working: Uint8Array = new Uint8Array(days).fill(1),
  ) {}

  /** Tasks already on `day` (0 = today) for `owner`. */
  loadOf(owner: string, day: number): number {
    return this.loads(owner)[day] ?? 0;
  }

  /**
   * Puts a task on `day`. Tasks placed through firstFree never overfill a day; work already due
   * (overdue tasks, on today) is put there whatever the load, and fills today's room first.
   */
  occupy(owner: string, day: number): void {
    const load = this.loads(owner);
    load[day] = (load[day] ?? 0) + 1;
    if ((load[day] as number) >= this.capacity) this.nexts(owner)[day] = day + 1;
  }

  /** The first day from `day` on with room for one more task, or null when none is left. */
  firstFree(owner: string, day: number): number | null {
    if (day >= this.days) return null;
    const next = this.nexts(owner);
    let root = day;
    while ((next[root] as number) !== root) root = next[root] as number;
    // Path compression: later searches from these days jump straight to the root.
    let d = day;
    while (d !== root) {
      const up = next[d] as number;
      next[d] = root;
      d = up;
    }
    return root >= this.days ? null : root;
  }

  private loads(owner: string): Int32Array {
    let load = this.load.get(owner);
    if (load === undefined) {
      load = new Int32Array(this.days);
      this.load.set(owner, load);
    }
    return load;
  }

  private nexts(owner: string): Int32Array {
    let next = this.next.get(owner);
    if (next === undefined) {
      next = Int32Array.from({ length: this.days + 1 }, (_, d) => (this.working[d] === 0 ? d + 1 : d));
      this.next.set(owner, next);
    }
    return next;
  }
}
