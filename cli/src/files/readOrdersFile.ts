import { stat } from 'node:fs/promises';
import {
  type Config,
  HeaderNotRecognisedError,
  type IsoDate,
  OrderRowReader,
  type OrdersRead,
  type SheetGrid,
  type TableLocation,
  tableFromGrid,
} from '@crm/shared';
import { streamCsvFile } from './csvStream.ts';

const SHORTEST_ORDER_LINE = 32;

async function fileSize(path: string): Promise<number> {
  try {
    return (await stat(path)).size;
  } catch {
    return 0;
  }
}

/**
 * The Orders table of a CSV file read as a stream into the core's OrderRowReader: a file of
 * millions of orders is never held as text or as rows, only as the columns the analysis needs.
 * `probe` holds the file's first rows, where `where` located the header. Null when the header
 * names too few order columns (or names no buyer, and no group heading below names one): the
 * job then reads the probe and reports that the usual way.
 * `accounts`: whether the customer table has a platform-account column, which decides the
 * buyer column (see orderBuyerField). Once `signal` is aborted the reading stops and gives null.
 */
export async function readOrdersFile(
  path: string,
  where: TableLocation,
  probe: SheetGrid,
  config: Config,
  today: IsoDate,
  accounts: boolean,
  signal?: AbortSignal,
): Promise<OrdersRead | null> {
  const header = tableFromGrid(probe.rows, where.headerRow, where.header).header;
  // An order's line is seldom shorter than this many bytes (C1,2025-06-01,88): the file's size
  // over it is about as many rows as the file has, or more, and the columns are made that size
  // once. Pages of them never written to take no memory.
  const expectedRows = (await fileSize(path)) / SHORTEST_ORDER_LINE;
  const newReader = () =>
    new OrderRowReader(header, config, today, { dateObjects: 'local', expectedRows, accounts });
  let reader: OrderRowReader;
  try {
    reader = newReader();
  } catch (error) {
    if (error instanceof HeaderNotRecognisedError) return null;
    throw error;
  }
  await streamCsvFile(path, {
    rows(rows, first) {
      for (let k = 0; k < rows.length; k++) {
        // Row index i is sheet row i + 1; the data starts below the header.
        const index = first + k;
        if (index >= where.headerRow) reader.add(rows[k] ?? [], index + 1);
      }
      return signal?.aborted !== true;
    },
    restart() {
      reader = newReader();
    },
  });
  if (signal?.aborted === true) return null;
  try {
    return reader.finish();
  } catch (error) {
    // A header without a buyer column whose rows name no customer in group headings after all.
    if (error instanceof HeaderNotRecognisedError) return null;
    throw error;
  }
}
