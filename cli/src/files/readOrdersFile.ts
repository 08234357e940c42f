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

/**
 * The Orders table of a CSV file read as a stream into the core's OrderRowReader: a file of
 * millions of orders is never held as text or as rows, only as the columns the analysis needs.
 * `probe` holds the file's first rows, where `where` located the header. Null when the header
 * names too few order columns: the job then reads the probe and reports that the usual way.
 * Once `signal` is aborted the reading stops and gives null.
 */
export async function readOrdersFile(
  path: string,
  where: TableLocation,
  probe: SheetGrid,
  config: Config,
  today: IsoDate,
  signal?: AbortSignal,
): Promise<OrdersRead | null> {
  const header = tableFromGrid(probe.rows, where.headerRow, where.header).header;
  const newReader = () => new OrderRowReader(header, config, today, { dateObjects: 'local' });
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
  return signal?.aborted === true ? null : reader.finish();
}
