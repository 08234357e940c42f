import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
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
  const { used_heap_size: used, heap_size_limit: limit } = v8.getHeapStatistics();
  if (used > LARGE_HEAP) holdHeapGrowth();
  const old = Math.max(limit - YOUNG_GENERATION, 0);
  const threshold = HEAP_SHARE * old - extra;
  const limitMb = Math.round(old / 2 ** 20);
  if (used <= threshold) return { full: false, limitMb };
  // The used heap counts garbage V8 has not collected yet: on a large table, often a third of
  // it. Only what the run still holds after a full collection decides. Collections are spaced
  // by a tenth of the heap allocated since the last one, so a run that stays just under the
  // line is not collected at every chunk it reads.
  if (used - lastCollected < COLLECTION_SPACING * old) return { full: false, limitMb };
  if (!collectGarbage()) return { full: true, limitMb };
  lastCollected = v8.getHeapStatistics().used_heap_size;
  return { full: lastCollected > threshold, limitMb };
}

const COLLECTION_SPACING = 0.1;

/**
 * Between full collections V8 lets the heap grow by a factor it picks from how fast it collects,
 * up to halfway to its limit. With the 4 GB limit of a machine with plenty of memory, a run
 * holding 1.2 GB (a million customers) grew to 2.6 GB of heap, half of it garbage, before a
 * collection. Once the heap is this large, growth is held to a share of what the last collection
 * left (V8's --heap-growing-percent, which it reads at every collection). Smaller runs keep V8's
 * own choice: held from the start, a 100k-customer run (about 300 MB of heap at most) spent a
 * third more time collecting. The line is crossed by the time the analysis of a million customers
 * starts (800 MB), since past that start the guard looks only between its steps.
 */
const LARGE_HEAP = 2 ** 29;
const HELD_GROWTH_PERCENT = 20;

let growthHeld = false;

function holdHeapGrowth(): void {
  if (growthHeld) return;
  growthHeld = true;
  v8.setFlagsFromString(`--heap-growing-percent=${HELD_GROWTH_PERCENT}`);
}

/** The heap in use just after the last full collection the guard asked for. */
let lastCollected = 0;

let gc: (() => void) | null | undefined;

/**
 * A full garbage collection, as `--expose-gc` offers it: the flag is set for this process the
 * first time, and V8's gc function taken from a new context. False where V8 does not allow it.
 */
export function collectGarbage(): boolean {
  if (gc === undefined) {
    try {
      const exposed = (globalThis as { gc?: () => void }).gc;
      if (exposed) gc = exposed;
      else {
        v8.setFlagsFromString('--expose-gc');
        gc = runInNewContext('gc') as () => void;
      }
    } catch {
      gc = null;
    }
  }
  gc?.();
  return gc !== null && gc !== undefined;
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
 * Read without exceljs's model (readXlsxSheets), the heap grows to about 16 times its size while
 * the sheet is parsed (244 MB for the same workbook, before a collection) and keeps 4 times its
 * size of cell values (60 MB).
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
