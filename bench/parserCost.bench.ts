// What one cell or one page of hostile text costs each parser and extractor of the core: every
// reader on every shape of test/support/parserCost.ts (32,767 spaces, digit runs, '@' storms,
// nested brackets …) at 100 KB, median of 5 runs. Prints each reader's slowest input and its
// time against the 50 ms target, then the slowest of all, and the whole table read of a sheet
// whose cells hold 32,767 characters.
import { analyzeCustomerTable, generateSample } from '@crm/shared';
import { buildText, HOSTILE_SHAPES, medianMs, TEXT_READERS } from '../test/support/parserCost.ts';
import { formatMs, note, reportTarget } from './harness.ts';

const LENGTH = 100_000;
const TARGET_MS = 50;
const RUNS = 5;
/** Excel's longest cell. */
const EXCEL_MAX = 32_767;

export async function run(): Promise<void> {
  process.stdout.write(
    `\nparsers and extractors on ${LENGTH.toLocaleString('en')} characters of hostile text\n`,
  );
  let worst = { reader: '', shape: '', ms: 0 };
  let misses = 0;
  for (const [reader, read] of Object.entries(TEXT_READERS)) {
    let slowest = { shape: '', ms: 0 };
    for (const [shape, spec] of Object.entries(HOSTILE_SHAPES)) {
      const text = buildText(spec, LENGTH);
      read(text);
      const ms = medianMs(() => read(text), RUNS);
      if (ms > slowest.ms) slowest = { shape, ms };
    }
    if (!reportTarget(`${reader}, slowest on ${slowest.shape}`, slowest.ms, TARGET_MS, formatMs)) misses++;
    if (slowest.ms > worst.ms) worst = { reader, ...slowest };
  }
  note(
    `slowest of all: ${worst.reader} on ${worst.shape}, ${formatMs(worst.ms)}; ${misses} reader(s) over target`,
  );

  // A sheet as a careless paste leaves it: the first rows' every cell filled to Excel's limit.
  const sample = generateSample({ customers: 500, seed: 9, today: '2026-11-24' });
  for (const [name, spec] of Object.entries({
    spaces: HOSTILE_SHAPES['spaces (an Excel cell full)'],
    'spaces between digits and 万': HOSTILE_SHAPES['spaces between digits and 万'],
    'digit run': HOSTILE_SHAPES['digit run'],
    'letters then @': HOSTILE_SHAPES['letters then @'],
  })) {
    if (spec === undefined) continue;
    const long = buildText(spec, EXCEL_MAX);
    const rows = sample.customers.rows.map((row, i) => (i < 5 ? row.map(() => long) : row));
    const ms = medianMs(
      () =>
        analyzeCustomerTable({
          customers: { header: sample.customers.header, rows },
          orders: sample.orders,
          complaints: sample.complaints,
          today: '2026-11-24',
        }),
      3,
    );
    note(
      `analyzeCustomerTable, 500 customers, 5 rows of ${EXCEL_MAX}-character cells (${name}): ${formatMs(ms)}`,
    );
  }
}
