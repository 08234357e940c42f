import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Config, IsoDate, Language, OrdersRead, SheetGrid, TableLocation } from '@crm/shared';
import { CliError } from '../support/CliError.ts';
import { cliLanguage } from '../texts/currentTexts.ts';
import { readOrdersFile } from './readOrdersFile.ts';

/** What the orders worker is given (see ordersWorker.ts). */
export interface OrdersWorkerData {
  path: string;
  where: TableLocation;
  probe: SheetGrid;
  config: Config;
  today: IsoDate;
  language: Language;
}

/** The orders worker's one message. */
export type OrdersWorkerMessage =
  | { read: OrdersRead | null }
  | { error: { message: string; exitCode: number } };

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
const WORKER_SCRIPT = new URL('./ordersWorker.js', import.meta.url);

/**
 * readOrdersFile, in a worker thread when the file is large and the worker script is at hand
 * (the built CLI): the main thread is then free to read the customer table meanwhile, which the
 * analysis needs first. The worker reads exactly as readOrdersFile does here; its columns come
 * back moved, not copied. Aborting `signal` stops either way of reading, and the result is null.
 */
export function readOrdersCsv(
  path: string,
  where: TableLocation,
  probe: SheetGrid,
  config: Config,
  today: IsoDate,
  signal: AbortSignal,
): Promise<OrdersRead | null> {
  if (!inWorker(path)) return readOrdersFile(path, where, probe, config, today, signal);
  const data: OrdersWorkerData = { path, where, probe, config, today, language: cliLanguage() };
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SCRIPT, { workerData: data });
    let settled = false;
    const settle = (done: () => void) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', abort);
      done();
    };
    const abort = () => {
      settle(() => resolve(null));
      void worker.terminate();
    };
    signal.addEventListener('abort', abort);
    worker.once('message', (message: OrdersWorkerMessage) =>
      settle(() =>
        'read' in message
          ? resolve(message.read)
          : reject(new CliError(message.error.message, message.error.exitCode)),
      ),
    );
    worker.once('error', (error) => settle(() => reject(error)));
    worker.once('exit', (code) =>
      settle(() => reject(new Error(`the orders worker stopped (exit code ${code}) before it answered`))),
    );
  });
}

function inWorker(path: string): boolean {
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
