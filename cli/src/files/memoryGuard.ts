import { getHeapStatistics } from 'node:v8';
import { CliError } from '../support/CliError.ts';
import { t } from '../texts/currentTexts.ts';

/**
 * Past this share of V8's heap limit, going on ends in the garbage collector thrashing for
 * minutes and then a crash ("JavaScript heap out of memory") that says nothing of why. The
 * analysis of a table needs about as much again as the table read (its records, statistics and
 * classifications), so reading stops here and the analysis does not start: the user is told, in
 * their language, while there is still room to say so.
 */
const HEAP_SHARE = 0.6;

/**
 * V8's heap limit counts the young generation too (three semi-spaces of 16 MB on 64-bit), while
 * what runs out is the old generation: the limit less that is what the data can fill.
 */
const YOUNG_GENERATION = 48 * 2 ** 20;

function heapNearlyFull(extra = 0): { full: boolean; limitMb: number } {
  const { used_heap_size: used, heap_size_limit: limit } = getHeapStatistics();
  const old = Math.max(limit - YOUNG_GENERATION, 0);
  return { full: used + extra > HEAP_SHARE * old, limitMb: Math.round(old / 2 ** 20) };
}

/** Throws the "too big for the memory at hand" error for the file at `path` once the heap nears its limit. */
export function refuseWhenMemoryRunsOut(path: string): void {
  const { full, limitMb } = heapNearlyFull();
  if (full) throw new CliError(t().files.because(t().files.cannotRead(path), t().files.tooBig(limitMb)));
}

/** The same, between the steps of an analysis, for the tables as a whole. */
export function refuseAnalysisWhenMemoryRunsOut(): void {
  const { full, limitMb } = heapNearlyFull();
  if (full) throw new CliError(t().files.tooBigToAnalyse(limitMb));
}

/**
 * Before an .xlsx is read whole: exceljs holds a workbook in memory at several dozen times its
 * size on disk, cells as objects with their styles (35 times for a generated workbook of 100,000
 * customers: 14 MB on disk, 497 MB of heap once loaded), so a file that cannot fit is refused first.
 * Read without exceljs's model (readXlsxSheets), only the cells' values stay: 17 times its size
 * for the same workbook (250 MB of heap).
 */
const XLSX_HEAP_PER_BYTE = { model: 40, sheets: 20 } as const;

export function refuseXlsxTooBig(
  path: string,
  bytes: number,
  reading: keyof typeof XLSX_HEAP_PER_BYTE,
): void {
  const { full, limitMb } = heapNearlyFull(XLSX_HEAP_PER_BYTE[reading] * bytes);
  if (full) throw new CliError(t().files.because(t().files.cannotRead(path), t().files.tooBig(limitMb)));
}
