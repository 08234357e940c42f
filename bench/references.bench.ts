// The project against reference implementations on the same data, whole process against whole
// process: `crm classify` (CSV in, classified CSV out) against RFM in pandas (bench/rfm_pandas.py),
// `crm clv` against BG/NBD and Gamma-Gamma in SciPy (bench/clv_scipy.py) on CDNOW master, and
// `crm classify` on a 100k-row .xlsx read and written back. Figures, not tests: a missed target
// prints MISS. BENCH_LARGE=1 adds 1M customers / 5M orders, three pairs (ten minutes or more).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { benchFiles, benchWorkbook } from './benchData.ts';
import { formatBytes, formatMs, GB, note, reportTarget } from './harness.ts';
import {
  canMeasureChildren,
  type PairedFigures,
  ProcessFailed,
  printPaired,
  runPaired,
  runProcess,
  type Side,
} from './processFigures.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CRM = join(ROOT, 'cli', 'bin', 'crm.js');
const CDNOW_MASTER = join(ROOT, '..', 'shared', 'datasets', 'cdnow', 'CDNOW_master.txt');
const LARGE = process.env.BENCH_LARGE === '1';
const ratio = (value: number) => value.toFixed(2);

/** A python3 that has pandas (and SciPy, for the CLV reference), or null. */
function pythonWith(modules: string): string | null {
  for (const python of ['python3', '/usr/bin/python3']) {
    const probe = spawnSync(python, ['-c', `import ${modules}`], { stdio: 'ignore' });
    if (probe.status === 0) return python;
  }
  return null;
}

export async function run(): Promise<void> {
  if (!canMeasureChildren()) {
    note('skipped: /usr/bin/time (Debian package "time") measures the child processes and is not installed');
    return;
  }
  const out = mkdtempSync(join(tmpdir(), 'crm-bench-out-'));
  try {
    await classifyAgainstPandas(out);
    clvAgainstScipy();
    await workbookRoundTrip(out);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

async function classifyAgainstPandas(out: string): Promise<void> {
  const python = pythonWith('pandas');
  const sizes: [customers: number, ordersEach: number, runs: number][] = [[100_000, 10, 3]];
  // Three pairs at 1M as well: on a shared machine one pair of 20-45 s runs has come out anywhere
  // from 0.93 to 1.20, and the median of three is the figure to go by.
  if (LARGE) sizes.push([1_000_000, 5, 3]);
  const perCustomerCpu: number[] = [];
  for (const [customers, ordersEach, runs] of sizes) {
    const files = await benchFiles(customers, ordersEach);
    const label = `${customers.toLocaleString('en')} customers / ${(customers * ordersEach).toLocaleString('en')} orders`;
    const crm: Side = {
      label: 'crm classify',
      command: process.execPath,
      args: [
        CRM,
        'classify',
        '--in',
        files.customers,
        '--orders',
        files.orders,
        '--today',
        files.today,
        '--no-clv',
      ].concat(['--out', join(out, 'classified.csv'), '--quiet', '--lang', 'en']),
    };
    if (python === null) {
      note(
        `${label}: pandas reference skipped (no python3 with pandas; Debian: apt-get install python3-pandas)`,
      );
      const alone = runProcess(crm.command, crm.args);
      note(
        `crm classify alone: wall ${formatMs(alone.wallMs)}, CPU ${formatMs(alone.cpuMs)}, peak RSS ${formatBytes(alone.peakRssBytes)}`,
      );
      continue;
    }
    const pandas: Side = {
      label: 'pandas RFM',
      command: python,
      args: [
        join(ROOT, 'bench', 'rfm_pandas.py'),
        files.customers,
        files.orders,
        files.today,
        join(out, 'pandas.csv'),
      ],
    };
    let figures: PairedFigures;
    try {
      figures = runPaired(crm, pandas, runs);
    } catch (error) {
      if (!(error instanceof ProcessFailed)) throw error;
      // A run that fails (out of memory, refused as too big) is a figure too: say so and go on.
      const { run, reason } = error;
      process.stdout.write(
        `\nclassify, CSV in → CSV out, ${label}: FAILED after ${formatMs(run.wallMs)} (CPU ${formatMs(run.cpuMs)}, peak RSS ${formatBytes(run.peakRssBytes)}, load ${(loadavg()[0] ?? 0).toFixed(1)}): ${reason}\n`,
      );
      process.stdout.write(`MISS  classify completes at ${label}: it failed\n`);
      continue;
    }
    const ratios = printPaired(`classify, CSV in → CSV out, ${label}`, crm, pandas, figures);
    reportTarget('CPU time, crm / pandas', ratios['CPU (u+s)'] ?? Number.NaN, 1, ratio);
    reportTarget('wall time, crm / pandas', ratios.wall ?? Number.NaN, 1, ratio);
    reportTarget('peak memory, crm / pandas', ratios['peak RSS'] ?? Number.NaN, 2, ratio);
    const crmRuns = figures.a;
    const peak = Math.max(...crmRuns.map((r) => r.peakRssBytes));
    if (customers >= 1_000_000) reportTarget('peak memory of crm at 1M customers', peak, 2 * GB, formatBytes);
    perCustomerCpu.push(Math.min(...crmRuns.map((r) => r.cpuMs)) / customers);
    if (customers <= 100_000) agreement(join(out, 'classified.csv'), join(out, 'pandas.csv'));
  }
  if (perCustomerCpu.length === 2) {
    const [small, large] = perCustomerCpu as [number, number];
    note(
      `CPU per customer: ${(small * 1000).toFixed(0)} µs at 100k, ${(large * 1000).toFixed(0)} µs at 1M (×${ratio(large / small)}; linear is ×1)`,
    );
  } else if (!LARGE) {
    note('1M customers / 5M orders (minutes): BENCH_LARGE=1 npm run bench -- references');
  }
}

/** How many customers get the same R, F and M from crm as from pandas (the reference is a reference). */
function agreement(crmCsv: string, pandasCsv: string): void {
  const read = (path: string) =>
    Papa.parse<string[]>(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
  const crm = read(crmCsv);
  const header = crm[0] ?? [];
  const [r, f, m] = ['R', 'F', 'M'].map((name) => header.indexOf(name));
  const ours = new Map<string, string>();
  for (const row of crm.slice(1)) {
    const id = row[0] ?? '';
    if (!ours.has(id)) ours.set(id, [row[r as number], row[f as number], row[m as number]].join(','));
  }
  let same = 0;
  let compared = 0;
  for (const row of read(pandasCsv).slice(1)) {
    const mine = ours.get(row[0] ?? '');
    if (mine === undefined) continue;
    compared++;
    if (mine === [row[1], row[2], row[3]].join(',')) same++;
  }
  note(
    `R, F and M agree with pandas for ${same.toLocaleString('en')} of ${compared.toLocaleString('en')} customer ids (${((100 * same) / Math.max(1, compared)).toFixed(2)} %)`,
  );
}

function clvAgainstScipy(): void {
  if (!existsSync(CDNOW_MASTER)) {
    note(`CLV reference skipped: ${CDNOW_MASTER} not found`);
    return;
  }
  const python = pythonWith('pandas, scipy');
  const crm: Side = {
    label: 'crm clv',
    command: process.execPath,
    args: [
      CRM,
      'clv',
      '--orders',
      CDNOW_MASTER,
      '--calibration-end',
      '1997-09-30',
      '--time-unit',
      'week',
      '--json',
    ],
  };
  if (python === null) {
    note(
      'CLV: SciPy reference skipped (no python3 with pandas and scipy; Debian: apt-get install python3-scipy python3-pandas)',
    );
    return;
  }
  const scipy: Side = {
    label: 'SciPy BG/NBD + GG',
    command: python,
    args: [join(ROOT, 'bench', 'clv_scipy.py'), CDNOW_MASTER],
  };
  const ratios = printPaired(
    'CLV end to end on CDNOW master (23,570 customers)',
    crm,
    scipy,
    runPaired(crm, scipy, 5),
  );
  reportTarget('CPU time, crm clv / SciPy', ratios['CPU (u+s)'] ?? Number.NaN, 0.25, ratio);
  reportTarget('wall time, crm clv / SciPy', ratios.wall ?? Number.NaN, 0.25, ratio);
}

async function workbookRoundTrip(out: string): Promise<void> {
  const files = await benchFiles(100_000, 10);
  const workbook = await benchWorkbook(files);
  const loadBefore = loadavg()[0] ?? 0;
  const runs = [0, 1, 2].map(() =>
    runProcess(process.execPath, [
      CRM,
      'classify',
      '--in',
      workbook,
      '--orders',
      files.orders,
      '--today',
      files.today,
      '--no-clv',
      '--out',
      join(out, 'classified.xlsx'),
      '--quiet',
    ]),
  );
  const wall = runs.map((r) => r.wallMs).sort((x, y) => x - y)[1] ?? 0;
  const cpu = runs.map((r) => r.cpuMs).sort((x, y) => x - y)[1] ?? 0;
  const peak = Math.max(...runs.map((r) => r.peakRssBytes));
  process.stdout.write(
    `\nclassify, 100,000-row .xlsx in → .xlsx out (3 runs, medians; load ${loadBefore.toFixed(1)} → ${(loadavg()[0] ?? 0).toFixed(1)}): wall ${formatMs(wall)}, CPU ${formatMs(cpu)}, peak RSS ${formatBytes(peak)}\n`,
  );
  reportTarget('.xlsx 100k rows in and out, wall', wall, 15_000, formatMs);
  reportTarget('.xlsx 100k rows in and out, peak memory', peak, 1.5 * GB, formatBytes);
}
