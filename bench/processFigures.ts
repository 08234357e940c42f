// Whole-process figures of a command run as a child: wall time, the child's own CPU time (user +
// system) and its peak resident set, as the kernel accounts them for the child (getrusage of the
// reaped child, read through GNU time), never the parent's. Paired runs A B A B … give ratios
// pair by pair, so a comparison holds while the machine's speed drifts.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { formatBytes, formatMs } from './harness.ts';

export interface ProcessRun {
  wallMs: number;
  cpuMs: number;
  peakRssBytes: number;
  status: number | null;
}

const TIME = '/usr/bin/time';
/** Elapsed seconds, user seconds, system seconds, maximum resident set (KiB), after a marker. */
const FORMAT = '@@figures %e %U %S %M';

/** Whether the child's CPU and memory can be measured here (GNU time, Debian package `time`). */
export function canMeasureChildren(): boolean {
  return existsSync(TIME);
}

/** Runs `command args` once and returns its figures; throws when it fails. */
export function runProcess(command: string, args: readonly string[], env?: NodeJS.ProcessEnv): ProcessRun {
  const started = performance.now();
  const result = spawnSync(TIME, ['-f', FORMAT, command, ...args], {
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    env: { ...process.env, ...env },
  });
  const wallMs = performance.now() - started;
  const line = result.stderr.split('\n').find((l) => l.startsWith('@@figures')) ?? '';
  const [, elapsed, user, system, rssKb] = line.split(' ');
  const run = {
    wallMs: elapsed === undefined ? wallMs : Number(elapsed) * 1000,
    cpuMs: (Number(user) + Number(system)) * 1000,
    peakRssBytes: Number(rssKb) * 1024,
    status: result.status,
  };
  if (result.status !== 0) throw new ProcessFailed(command, args, run, result.stderr);
  return run;
}

/** A child that exited with an error, with its figures up to then and what it said last. */
export class ProcessFailed extends Error {
  /** The child's last line of output other than GNU time's (its error message). */
  readonly reason: string;
  constructor(
    command: string,
    args: readonly string[],
    readonly run: ProcessRun,
    stderr: string,
  ) {
    const lines = stderr.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('@@figures'));
    const reason = lines.filter((l) => !l.startsWith('Command exited')).at(-1) ?? `exit ${run.status}`;
    super(`${command} ${args.join(' ')} failed (${run.status}): ${stderr.slice(-2000)}`);
    this.reason = reason;
  }
}

export interface Side {
  label: string;
  command: string;
  args: readonly string[];
  env?: NodeJS.ProcessEnv;
}

export interface PairedFigures {
  a: ProcessRun[];
  b: ProcessRun[];
  /** The machine's 1-minute load average before the first run and after the last. */
  load: [before: number, after: number];
}

/** A and B in turn, `runs` times each (A first). */
export function runPaired(a: Side, b: Side, runs: number): PairedFigures {
  const figures: PairedFigures = { a: [], b: [], load: [loadavg()[0] ?? 0, 0] };
  for (let i = 0; i < runs; i++) {
    figures.a.push(runProcess(a.command, a.args, a.env));
    figures.b.push(runProcess(b.command, b.args, b.env));
  }
  figures.load[1] = loadavg()[0] ?? 0;
  return figures;
}

function median(values: number[]): number {
  const sorted = values.slice().sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

const pad = (text: string, width: number) => text.padStart(width);

/** Prints both sides' medians and the median of the pairwise ratios A/B, one line per figure. */
export function printPaired(title: string, a: Side, b: Side, figures: PairedFigures): Record<string, number> {
  const ratios: Record<string, number> = {};
  const [before, after] = figures.load;
  process.stdout.write(
    `\n${title} (${figures.a.length} paired runs, medians; load ${before.toFixed(1)} → ${after.toFixed(1)} on ${availableParallelism()} cores)\n`,
  );
  process.stdout.write(
    `${'figure'.padEnd(14)}${pad(a.label, 22)}${pad(b.label, 22)}${pad('ratio A/B', 12)}  (min–max)\n`,
  );
  const rows: [string, (r: ProcessRun) => number, (v: number) => string][] = [
    ['wall', (r) => r.wallMs, formatMs],
    ['CPU (u+s)', (r) => r.cpuMs, formatMs],
    ['peak RSS', (r) => r.peakRssBytes, formatBytes],
  ];
  for (const [name, of, format] of rows) {
    const pairs = figures.a.map((run, i) => of(run) / of(figures.b[i] as ProcessRun));
    const ratio = median(pairs);
    ratios[name] = ratio;
    process.stdout.write(
      `${name.padEnd(14)}${pad(format(median(figures.a.map(of))), 22)}${pad(format(median(figures.b.map(of))), 22)}${pad(ratio.toFixed(2), 12)}  (${Math.min(...pairs).toFixed(2)}–${Math.max(...pairs).toFixed(2)})\n`,
    );
  }
  return ratios;
}
