// The thread that reads a large orders CSV file (ordersWorker.ts) takes about a tenth of a second
// to start: a new V8 isolate, Node's own modules, the worker's bundle. Started as the CLI starts,
// that passes while the CLI loads its own code and opens its files; started when the orders are
// about to be read, it came first. This module imports nothing but Node's, so that main.ts can
// run it before the rest of the CLI is evaluated.
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import workerThreads, { type Worker } from 'node:worker_threads';

/**
 * From this size on, an orders file is read in a worker thread. Starting one costs the thread's
 * own load of the bundle (tens of milliseconds of CPU), paid back many times by a file this large
 * (about 100,000 orders, a second or more of reading) and never by the small files of most runs.
 */
const WORKER_MIN_BYTES = 4 * 2 ** 20;

/**
 * `CRM_ORDERS_THREAD=worker` reads every orders file in the worker, `main` none: for comparing
 * the two ways in tests, and for telling them apart when something goes wrong.
 */
const THREAD_SETTING = 'CRM_ORDERS_THREAD';

/** The worker's script: the bundle's second entry point, beside the CLI's own (see build.mjs). */
export const WORKER_SCRIPT = new URL('./ordersWorker.js', import.meta.url);

/** Whether the orders file at `path` is read in the worker thread. */
export function readsInWorker(path: string): boolean {
  const setting = process.env[THREAD_SETTING];
  if (setting === 'main' || !existsSync(fileURLToPath(WORKER_SCRIPT))) return false;
  if (setting === 'worker') return true;
  try {
    return statSync(path).size >= WORKER_MIN_BYTES;
  } catch {
    // readOrdersFile says why the file cannot be read, in the user's words.
    return false;
  }
}

/** The commands that read an `--orders` file the job's way (runFileJob). */
const JOB_COMMANDS = new Set(['classify', 'followups', 'report', 'clean']);

/** The worker started early, for the orders file at `path` (resolved), until it is taken. */
let early: { path: string; worker: Worker } | null = null;

/**
 * Starts the orders worker for the `--orders` file the command line names, when a job command
 * will read it in one. The worker waits for its job (see takeEarlyOrdersWorker); until then it
 * keeps the process from ending no more than a timer would that is not referenced.
 */
export function startOrdersWorkerEarly(args: readonly string[]): void {
  const command = args.find((arg) => !arg.startsWith('-'));
  const path = ordersArgument(args);
  if (command === undefined || !JOB_COMMANDS.has(command) || path === null || !readsInWorker(path)) return;
  const worker = new workerThreads.Worker(WORKER_SCRIPT, { workerData: null });
  worker.unref();
  const started = { path: resolve(path), worker };
  // A worker that cannot start is no worker: the job starts one of its own, and sees why.
  const gone = () => {
    if (early === started) early = null;
  };
  worker.once('error', gone);
  worker.once('exit', gone);
  early = started;
}

/**
 * The worker started early for the orders file at `path`, now the caller's to give its job to
 * and to wait for (referenced again); null when none was started for that file. A worker started
 * for another file is stopped.
 */
export function takeEarlyOrdersWorker(path: string): Worker | null {
  const taken = early;
  early = null;
  if (taken === null) return null;
  if (taken.path !== resolve(path)) {
    void taken.worker.terminate();
    return null;
  }
  taken.worker.ref();
  return taken.worker;
}

/** The value of `--orders <file>` or `--orders=<file>` among `args`, or null. */
function ordersArgument(args: readonly string[]): string | null {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--orders') return args[i + 1] ?? null;
    if (arg.startsWith('--orders=')) return arg.slice('--orders='.length);
  }
  return null;
}
