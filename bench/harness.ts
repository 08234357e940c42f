// A tiny benchmark harness: median and spread of N runs, rows/s,
// and peak memory. Figures, not tests: nothing here fails the process.
import { readFileSync, writeFileSync } from 'node:fs';
import { GCProfiler } from 'node:v8';

export interface MeasureOptions<T> {
  /** Timed runs (default 3); the figures are their median, min and max. */
  runs?: number;
  /** Rows the function handles per run, for rows/s (or how to count them in its result). */
  rows?: number | ((result: T) => number);
}

export interface Measurement {
  name: string;
  runs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
  /**
   * Median CPU time of the process (user + system) per run: steadier than wall time on a busy
   * machine, though GC helper threads can push it above wall time.
   */
  medianCpuMs: number;
  rowsPerSecond: number | null;
  /** V8 heap in use after a full GC before the first run (bytes): the data kept alive around it. */
  baseHeapBytes: number;
  /** Highest V8 heap in use during any run (bytes): what the 1 GB target is about. */
  peakHeapBytes: number;
  /** Highest resident set size during any run (bytes). */
  peakRssBytes: number;
}

const SAMPLE_EVERY_MS = 5;

/**
 * Runs `fn` `runs` times with a full GC before each run and reports the figures as one table
 * row; returns them with the last run's result (so the next stage can use it).
 *
 * Peak heap: the core's hot paths are synchronous, so a timer cannot sample during them. V8's
 * GC profiler records the heap in use before every collection, which is when it peaks; the heap
 * at the end of the run covers the case without a collection. Timer samples of
 * process.memoryUsage() add the peaks between awaits of asynchronous work. Peak RSS is the
 * kernel's high-water mark (VmHWM), reset before each run where Linux allows it.
 */
export async function measure<T>(
  name: string,
  fn: () => T | Promise<T>,
  options: MeasureOptions<T> = {},
): Promise<{ result: T; measurement: Measurement }> {
  const runs = Math.max(1, options.runs ?? 3);
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let peakHeap = 0;
  let peakRss = 0;
  let baseHeap = 0;
  let result: T | undefined;
  for (let run = 0; run < runs; run++) {
    result = undefined;
    collectGarbage();
    if (run === 0) baseHeap = process.memoryUsage().heapUsed;
    resetPeakRss();
    const sampler = setInterval(() => {
      const usage = process.memoryUsage();
      peakHeap = Math.max(peakHeap, usage.heapUsed);
      peakRss = Math.max(peakRss, usage.rss);
    }, SAMPLE_EVERY_MS);
    const profiler = new GCProfiler();
    profiler.start();
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    try {
      result = await fn();
    } finally {
      const elapsed = performance.now() - start;
      const cpu = process.cpuUsage(cpuStart);
      cpuTimes.push((cpu.user + cpu.system) / 1000);
      const profile = profiler.stop();
      clearInterval(sampler);
      times.push(elapsed);
      for (const gc of profile.statistics)
        peakHeap = Math.max(peakHeap, gc.beforeGC.heapStatistics.usedHeapSize);
      const usage = process.memoryUsage();
      peakHeap = Math.max(peakHeap, usage.heapUsed);
      peakRss = Math.max(peakRss, usage.rss, peakRssSinceReset() ?? 0);
    }
  }
  const sorted = times.slice().sort((a, b) => a - b);
  const medianMs = median(sorted);
  const rows = typeof options.rows === 'function' ? options.rows(result as T) : options.rows;
  const measurement: Measurement = {
    name,
    runs,
    medianMs,
    minMs: sorted[0] ?? 0,
    maxMs: sorted[sorted.length - 1] ?? 0,
    medianCpuMs: median(cpuTimes.slice().sort((a, b) => a - b)),
    rowsPerSecond: rows !== undefined && medianMs > 0 ? rows / (medianMs / 1000) : null,
    baseHeapBytes: baseHeap,
    peakHeapBytes: peakHeap,
    peakRssBytes: peakRss,
  };
  printRow(measurement);
  return { result: result as T, measurement };
}

function median(sorted: number[]): number {
  if (sorted.length === 0) return 0;
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

let warnedNoGc = false;

/** A full collection between runs, so one run's garbage is not billed to the next. */
export function collectGarbage(): void {
  if (typeof globalThis.gc === 'function') {
    globalThis.gc();
    return;
  }
  if (!warnedNoGc) {
    warnedNoGc = true;
    process.stdout.write('(run node with --expose-gc for a GC between runs; figures are noisier without)\n');
  }
}

function resetPeakRss(): void {
  try {
    // Linux: writing 5 resets the peak RSS (VmHWM) to the current RSS (proc(5), clear_refs).
    writeFileSync('/proc/self/clear_refs', '5');
  } catch {
    // Not Linux or not allowed: the peak is then the timer samples' and the end of the run's.
  }
}

function peakRssSinceReset(): number | null {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

// ---- Printing: one aligned table per bench file. ----

const COLUMNS = [
  { title: 'stage', width: 50, align: 'left' },
  { title: 'runs', width: 4, align: 'right' },
  { title: 'median', width: 9, align: 'right' },
  { title: 'min', width: 9, align: 'right' },
  { title: 'max', width: 9, align: 'right' },
  { title: 'cpu', width: 9, align: 'right' },
  { title: 'rows/s', width: 10, align: 'right' },
  { title: 'base heap', width: 10, align: 'right' },
  { title: 'peak heap', width: 10, align: 'right' },
  { title: 'peak RSS', width: 10, align: 'right' },
] as const;

function line(cells: readonly string[]): string {
  return COLUMNS.map((column, i) => {
    const text = cells[i] ?? '';
    return column.align === 'left' ? text.padEnd(column.width) : text.padStart(column.width);
  }).join('  ');
}

/** Prints a section title and the table header. */
export function printHeader(title: string): void {
  process.stdout.write(`\n${title}\n${line(COLUMNS.map((column) => column.title))}\n`);
  process.stdout.write(`${line(COLUMNS.map((column) => '-'.repeat(column.width)))}\n`);
}

function printRow(m: Measurement): void {
  process.stdout.write(
    `${line([
      m.name,
      String(m.runs),
      formatMs(m.medianMs),
      formatMs(m.minMs),
      formatMs(m.maxMs),
      formatMs(m.medianCpuMs),
      m.rowsPerSecond === null ? '' : `${formatCount(m.rowsPerSecond)}/s`,
      formatBytes(m.baseHeapBytes),
      formatBytes(m.peakHeapBytes),
      formatBytes(m.peakRssBytes),
    ])}\n`,
  );
}

/** Prints a target line: PASS or MISS, never a failure (targets are figures, not tests). */
export function reportTarget(
  label: string,
  actual: number,
  limit: number,
  format: (value: number) => string,
): boolean {
  const pass = actual <= limit;
  process.stdout.write(
    `${pass ? 'PASS' : 'MISS'}  ${label}: ${format(actual)} (target ≤ ${format(limit)})\n`,
  );
  return pass;
}

/** Prints a free-form note under the table. */
export function note(text: string): void {
  process.stdout.write(`      ${text}\n`);
}

export function formatMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms >= 100 ? 0 : 1)} ms`;
}

export function formatBytes(bytes: number): string {
  const mb = bytes / 1024 / 1024;
  return mb >= 1024 ? `${(mb / 1024).toFixed(2)} GB` : `${mb.toFixed(0)} MB`;
}

export function formatCount(count: number): string {
  if (count >= 1e6) return `${(count / 1e6).toFixed(2)}M`;
  if (count >= 1e3) return `${(count / 1e3).toFixed(0)}k`;
  return count.toFixed(0);
}

export const GB = 1024 * 1024 * 1024;
