// The add-on on 100k customers / 1M orders inside its realm, against the Apps Script double
// (`npm run bench -- addon`): for classify, follow-ups and report, with the CLV fit made afresh
// and kept from an earlier job, the Spreadsheet service calls, the cells they carry, the CPU time
// of the add-on's own code (the job's minus the double's), and an estimate for Apps Script. The
// estimate rests on assumptions printed with it (Google publishes no speeds): a slowdown of
// Apps Script's V8 against Node, a cost per service round trip and per cell read or written.
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { type AddonWorld, addonWorld, CODE_JS, ensureAddonBuilt } from '../test/addonHarness.ts';
import { formatCount, formatMs, measure, note, printHeader } from './harness.ts';

const CUSTOMERS = 100_000;
const ORDERS_PER_CUSTOMER = 10;
const LIMIT_MS = 6 * 60_000;
const CELL_LIMIT = 10_000_000;

/** Assumed costs on Apps Script, as low–high ranges (not measured here: Google cannot be reached). */
const ASSUMED = {
  /** How much slower Apps Script's V8 runs the same JavaScript than Node on this machine. */
  slowdown: [2, 10],
  /** One Spreadsheet service round trip. */
  callMs: [20, 100],
  /** Per cell handed out by getValues, and taken by setValues. */
  readUs: [2, 10],
  writeUs: [5, 30],
} as const;

const SPREADSHEET_SERVICE = [
  'SpreadsheetApp.',
  'Spreadsheet.',
  'Sheet.',
  'Range.',
  'RangeList.',
  'Protection.',
];

interface JobFigures {
  calls: number;
  cellsRead: number;
  cellsWritten: number;
  /** CPU time of the add-on's own code (the job's minus the double's). */
  addonMs: number;
  doubleMs: number;
}

function runJob(world: AddonWorld, job: string, warmFit: boolean): JobFigures {
  if (!warmFit) world.env.documentCache().data.clear();
  const calls = world.env.calls;
  calls.reset();
  const cpu = process.cpuUsage();
  const result = world.addon.runJob?.(job) as { ok: boolean; message: string };
  const used = process.cpuUsage(cpu);
  if (!result.ok) throw new Error(`${job}: ${result.message}`);
  return {
    calls: SPREADSHEET_SERVICE.reduce((n, prefix) => n + calls.total(prefix), 0),
    cellsRead: calls.cellsRead,
    cellsWritten: calls.cellsWritten,
    addonMs: (used.user + used.system) / 1000 - calls.serviceCpuMs,
    doubleMs: calls.serviceCpuMs,
  };
}

function estimate(f: JobFigures, bound: 0 | 1): number {
  return (
    f.addonMs * ASSUMED.slowdown[bound] +
    f.calls * ASSUMED.callMs[bound] +
    (f.cellsRead * ASSUMED.readUs[bound] + f.cellsWritten * ASSUMED.writeUs[bound]) / 1000
  );
}

/** CPU time to compile and run Code.js in a fresh realm: what every execution pays before any work. */
function bundleLoadMs(): number {
  const code = readFileSync(CODE_JS, 'utf8');
  const times: number[] = [];
  for (let i = 0; i < 15; i++) {
    const context = vm.createContext({});
    const cpu = process.cpuUsage();
    vm.runInContext(code, context, { filename: `Code${i}.js` });
    const used = process.cpuUsage(cpu);
    times.push((used.user + used.system) / 1000);
  }
  return times.sort((a, b) => a - b)[7] ?? 0;
}

export async function run(): Promise<void> {
  ensureAddonBuilt();
  const world = addonWorld({ customers: CUSTOMERS, ordersPerCustomer: ORDERS_PER_CUSTOMER });
  const orders = world.env.book.sheet('订单').values.length - 1;
  process.stdout.write(
    `add-on jobs: ${CUSTOMERS.toLocaleString()} customers, ${orders.toLocaleString()} orders (cells typed as in Sheets), ` +
      `spreadsheet ${formatCount(world.env.book.cellCount())} cells of ${formatCount(CELL_LIMIT)}\n`,
  );
  printHeader('add-on jobs (wall and CPU time include the double)');
  const figures: [string, JobFigures][] = [];
  for (const job of ['classify', 'follow-ups', 'report']) {
    for (const warmFit of [false, true]) {
      const label = `${job} (${warmFit ? 'CLV fit kept' : 'CLV fitted'})`;
      let last: JobFigures | undefined;
      await measure(
        label,
        () => {
          last = runJob(world, job, warmFit);
          return last;
        },
        { runs: 1, rows: CUSTOMERS },
      );
      if (last) figures.push([label, last]);
    }
  }
  process.stdout.write('\n');
  for (const [label, f] of figures) {
    note(
      `${label}: ${f.calls} Spreadsheet calls, ${formatCount(f.cellsRead)} cells read, ${formatCount(f.cellsWritten)} written; ` +
        `add-on ${formatMs(f.addonMs)} CPU + double ${formatMs(f.doubleMs)}; ` +
        `Apps Script ≈ ${formatMs(estimate(f, 0))} – ${formatMs(estimate(f, 1))} (limit ${formatMs(LIMIT_MS)})`,
    );
  }
  note(
    `assumed: V8 ${ASSUMED.slowdown.join('–')}× slower than Node, ${ASSUMED.callMs.join('–')} ms per call, ` +
      `${ASSUMED.readUs.join('–')} µs per cell read, ${ASSUMED.writeUs.join('–')} µs per cell written`,
  );
  note(
    `spreadsheet after the jobs: ${formatCount(world.env.book.cellCount())} cells of ${formatCount(CELL_LIMIT)}`,
  );
  note(
    `Code.js: ${(readFileSync(CODE_JS).length / 1e6).toFixed(2)} MB, compiled and run in ${formatMs(bundleLoadMs())} CPU`,
  );
}
