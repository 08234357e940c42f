import cliProgress, { type SingleBar } from 'cli-progress';

/**
 * Say nothing for work shorter than this: short runs finish before progress helps.
 * CRM_PROGRESS_AFTER_MS sets another delay (0 shows every step, e.g. to see a quick run's steps).
 */
const SHOW_AFTER_MS =
  Number(process.env.CRM_PROGRESS_AFTER_MS ?? '') || (process.env.CRM_PROGRESS_AFTER_MS === '0' ? 0 : 1000);

/** How progress is shown: a bar on a terminal, a line per step elsewhere, nothing with --quiet. */
export type ProgressMode = 'bar' | 'lines' | 'off';

/** The mode for this process: --quiet wins; a terminal gets a bar; pipes and schedules get lines. */
export function progressMode(
  quiet: boolean | undefined,
  stream: NodeJS.WriteStream = process.stderr,
): ProgressMode {
  if (quiet) return 'off';
  return stream.isTTY ? 'bar' : 'lines';
}

/**
 * Progress of a long run on stderr, so stdout stays clean for --json. Nothing shows for the first
 * second; after that a terminal gets a bar, and a pipe or a scheduled run one line per step
 * (`crm: [3/7] classifying (2.4 s)`), so a log shows where a slow run spent its time.
 */
export class Progress {
  private readonly started: number;
  private bar: SingleBar | null = null;
  private readonly timer: NodeJS.Timeout | null;
  private value = 0;
  private stepName = '';

  constructor(
    private readonly total: number,
    private readonly mode: ProgressMode = progressMode(false),
    private readonly stream: Pick<NodeJS.WriteStream, 'write'> = process.stderr,
    private readonly now: () => number = Date.now,
  ) {
    this.started = now();
    // The timer shows the bar during async work (reading a large .xlsx); step() covers sync work.
    this.timer = mode === 'bar' ? setTimeout(() => this.show(), SHOW_AFTER_MS) : null;
    this.timer?.unref();
  }

  /** Marks the start of a step (value = steps finished so far). */
  step(name: string, value = this.value + 1): void {
    this.stepName = name;
    this.value = Math.min(value, this.total);
    const elapsed = this.now() - this.started;
    if (this.mode === 'lines') {
      if (elapsed >= SHOW_AFTER_MS) {
        this.stream.write(
          `crm: [${this.value + 1}/${this.total}] ${name} (${(elapsed / 1000).toFixed(1)} s)\n`,
        );
      }
      return;
    }
    if (!this.bar && this.mode === 'bar' && elapsed > SHOW_AFTER_MS) this.show();
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
    if (this.bar || this.mode !== 'bar') return;
    this.bar = new cliProgress.SingleBar({
      stream: this.stream as NodeJS.WriteStream,
      format: 'crm [{bar}] {percentage}% | {step}',
      hideCursor: true,
      clearOnComplete: true,
    });
    this.bar.start(this.total, this.value, { step: this.stepName });
  }
}
