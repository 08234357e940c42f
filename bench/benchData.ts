// Generated customer and order files for the whole-process benchmarks: the seeded sample written
// as the CSV files a user would hand to `crm`, kept in the system's temp folder so that a second
// run (and the reference scripts) read the very same bytes.
import { createWriteStream, existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { type Cell, generateSample } from '@crm/shared';
import Papa from 'papaparse';

export interface BenchFiles {
  customers: string;
  orders: string;
  /** The sample's today, which every run is given so the figures do not depend on the clock. */
  today: string;
}

export const BENCH_TODAY = '2025-06-30';

/**
 * The customers and orders CSV files of a seeded sample of `customers` rows with about
 * `ordersPerCustomer` orders each, written once per size and seed.
 */
export async function benchFiles(
  customers: number,
  ordersPerCustomer: number,
  seed = 2025,
): Promise<BenchFiles> {
  const dir = join(tmpdir(), 'crm-bench', `c${customers}-o${ordersPerCustomer}-s${seed}`);
  const files = {
    customers: join(dir, 'customers.csv'),
    orders: join(dir, 'orders.csv'),
    today: BENCH_TODAY,
  };
  if (existsSync(files.customers) && existsSync(files.orders)) return files;
  mkdirSync(dir, { recursive: true });
  const sample = generateSample({ customers, ordersPerCustomer, seed, today: BENCH_TODAY });
  await writeCsv(files.customers, sample.customers.header, sample.customers.rows);
  await writeCsv(files.orders, sample.orders.header, sample.orders.rows);
  return files;
}

/** A CSV file written in chunks (a 5M-row table as one string would not fit in a V8 string). */
async function writeCsv(
  path: string,
  header: readonly string[],
  rows: readonly (readonly Cell[])[],
): Promise<void> {
  const partial = `${path}.partial`;
  const out = createWriteStream(partial);
  out.write(`${Papa.unparse([header as string[]])}\n`);
  const CHUNK = 50_000;
  for (let from = 0; from < rows.length; from += CHUNK) {
    const chunk = rows.slice(from, from + CHUNK).map((row) => row.map(csvText));
    if (!out.write(`${Papa.unparse(chunk)}\n`))
      await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  out.end();
  await finished(out);
  renameSync(partial, path);
}

function csvText(cell: Cell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell);
}

/**
 * The customers of benchFiles as an .xlsx workbook (one sheet, written by exceljs's streaming
 * writer), for the whole-process figures of reading and writing back a workbook.
 */
export async function benchWorkbook(files: BenchFiles): Promise<string> {
  const path = files.customers.replace(/\.csv$/, '.xlsx');
  if (existsSync(path)) return path;
  const { default: ExcelJS } = await import('exceljs');
  const partial = `${path}.partial.xlsx`;
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: partial });
  const sheet = workbook.addWorksheet('客户 Customers');
  const text = readFileSync(files.customers, 'utf8');
  const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
  for (const row of rows)
    sheet.addRow(row.map((cell) => (/^\d+(?:\.\d+)?$/.test(cell) ? Number(cell) : cell))).commit();
  sheet.commit();
  await workbook.commit();
  renameSync(partial, path);
  return path;
}
