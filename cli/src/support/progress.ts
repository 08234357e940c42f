import { SingleBar } from 'cli-progress';

/** Show the bar only for work that takes longer than this: shorter runs finish before a bar helps. */
const SHOW_AFTER_MS = 1000;

/**
 * A progress bar on stderr for long runs. It appears only when stderr is a terminal and the
 * work has taken over a second, so short runs, pipes and `--json` output stay clean.
 */
export class Progress {
  private readonly started = Date.now();
  private bar: SingleBar | null = null;
  private readonly timer: NodeJS.Timeout | null;
  private value = 0;
  private stepName = '';

  constructor(
    private readonly total: number,
    private readonly enabled = Boolean(process.stderr.isTTY),
  ) {
    // The timer shows the bar during async work (reading a large .xlsx); step() covers sync work.
    this.timer = enabled ? setTimeout(() => this.show(), SHOW_AFTER_MS) : null;
    this.timer?.unref();
  }

  /** Marks the start of a step (value = steps finished so far). */
  step(name: string, value = this.value + 1): void {
    this.stepName = name;
    this.value = Math.min(value, this.total);
    if (!this.bar && this.enabled && Date.now() - this.started > SHOW_AFTER_MS) this.show();
    this.bar?.update(this.value, { step: name });
  }

  done(): void {
    if (this.timer) clearTimeout(this.timer);
    if (this.bar) {
      this.bar.update(this.total, { step: 'done' });
      this.bar.stop();
      this.bar = null;
    }
  }

  private show(): void {
    if (this.bar || !this.enabled) return;
    this.bar = new SingleBar({
      stream: process.stderr,
      format: 'crm [{bar}] {percentage}% | {step}',
      hideCursor: true,
      clearOnComplete: true,
    });
    this.bar.start(this.total, this.value, { step: this.stepName });
  }
}
