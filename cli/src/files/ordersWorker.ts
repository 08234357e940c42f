// The worker thread that reads a large orders CSV file while the main thread reads the customer
// table (see readOrdersInWorker). Its job comes as its workerData, or, for a worker started with
// the CLI before the job was known (earlyOrdersWorker.ts), as the first message it gets. It posts
// one message: the orders read, their columns moved rather than copied, or the user-facing error
// that stopped the reading. Any other error is thrown, and the main thread gets it as the
// worker's 'error' event.
import { once } from 'node:events';
import workerThreads from 'node:worker_threads';
import { type OrdersRead, sumOrdersByKey } from '@crm/shared';
import { CliError } from '../support/CliError.ts';
import { setCliLanguage } from '../texts/currentTexts.ts';
import { readOrdersFile } from './readOrdersFile.ts';
import type { OrdersWorkerData, OrdersWorkerMessage } from './readOrdersInWorker.ts';

const { parentPort: port, workerData } = workerThreads;
if (port === null) throw new Error('ordersWorker runs only as a worker thread');
const data = ((workerData as OrdersWorkerData | null) ??
  (await once(port, 'message'))[0]) as OrdersWorkerData;
setCliLanguage(data.language);

try {
  const read = await readOrdersFile(
    data.path,
    data.where,
    data.probe,
    data.config,
    data.today,
    data.accounts,
  );
  // The orders summed per customer id here, while the main thread still reads the customers:
  // the purchase statistics then go over the ids, not over every order again.
  if (read !== null) read.columns = { ...read.columns, sums: sumOrdersByKey(read.columns) };
  const message: OrdersWorkerMessage = { read };
  port.postMessage(message, read === null ? [] : columnBuffers(read));
} catch (error) {
  if (!(error instanceof CliError)) throw error;
  const message: OrdersWorkerMessage = { error: { message: error.message, exitCode: error.exitCode } };
  port.postMessage(message);
}

/**
 * The typed arrays of the order columns and their sums, each its own buffer
 * (OrderColumnsBuilder.build slices).
 */
function columnBuffers(read: OrdersRead): ArrayBuffer[] {
  const { row, idKey, day, amount, sums } = read.columns;
  const buffers = [row.buffer, idKey.buffer, day.buffer, amount.buffer];
  if (sums !== undefined) buffers.push(sums.sums.buffer, sums.firstRow.buffer);
  return buffers as ArrayBuffer[];
}
