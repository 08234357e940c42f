import workerThreads from 'node:worker_threads';
import type { Config, IsoDate, Language, OrdersRead, SheetGrid, TableLocation } from '@crm/shared';
import { CliError } from '../support/CliError.ts';
import { cliLanguage } from '../texts/currentTexts.ts';
import { readsInWorker, takeEarlyOrdersWorker, WORKER_SCRIPT } from './earlyOrdersWorker.ts';
import { readOrdersFile } from './readOrdersFile.ts';

/** What the orders worker is given (see ordersWorker.ts). */
export interface OrdersWorkerData {
  path: string;
  where: TableLocation;
  probe: SheetGrid;
  config: Config;
  today: IsoDate;
  language: Language;
  /** Whether the customer table has a platform-account column (see orderBuyerField). */
  accounts: boolean;
}

/** The orders worker's one message. */
export type OrdersWorkerMessage =
  | { read: OrdersRead | null }
  | { error: { message: string; exitCode: number } };

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
  accounts: boolean,
): Promise<OrdersRead | null> {
  if (!readsInWorker(path)) return readOrdersFile(path, where, probe, config, today, accounts, signal);
  const data: OrdersWorkerData = { path, where, probe, config, today, language: cliLanguage(), accounts };
  return new Promise((resolve, reject) => {
    // The worker started with the CLI is given its job now; else one starts with it.
    const early = takeEarlyOrdersWorker(path);
    const worker = early ?? new workerThreads.Worker(WORKER_SCRIPT, { workerData: data });
    early?.postMessage(data);
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
