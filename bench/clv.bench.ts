// CLV speed figures: BG/NBD fits on the CDNOW sample and master file, a fit on 100k
// simulated customers (target < 2 s), and the whole `crm clv --orders CDNOW_master.txt --json`
// process (target ≤ 0.47 s, a tenth of SciPy's 4.7 s fit on this machine). Figures, not tests.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  analyzeClv,
  fitBgNbd,
  fitGammaGamma,
  groupRfm,
  simulateClvCustomers,
  summarizeTransactionColumns,
} from '@crm/shared/clv';
import { parseCdnowText } from '../cli/src/files/readCdnowFile.ts';
import { formatMs, measure, note, printHeader, reportTarget } from './harness.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CDNOW = join(ROOT, '..', 'shared', 'datasets', 'cdnow');
const CRM = join(ROOT, 'cli', 'bin', 'crm.js');
const SIMULATED = 100_000;
const FIT_TARGET_MS = 2000;
const PROCESS_TARGET_MS = 470;

export async function run(): Promise<void> {
  printHeader('CLV: BG/NBD + Gamma-Gamma');
  for (const [file, label, scipy] of [
    ['CDNOW_sample.txt', 'sample', '0.4–0.6 s'],
    ['CDNOW_master.txt', 'master', '~4.7 s'],
  ] as const) {
    const path = join(CDNOW, file);
    if (!existsSync(path)) {
      note(`skipped CDNOW ${label}: ${path} not found`);
      continue;
    }
    const parsed = parseCdnowText(readFileSync(path, 'utf8'));
    if (parsed === null) throw new Error(`${path} is not in the CDNOW format`);
    const { customers } = summarizeTransactionColumns(parsed, {
      calibrationEnd: '1997-09-30',
      unit: 'week',
    });
    const { result: fit } = await measure(
      `BG/NBD fit, CDNOW ${label} (${customers.length})`,
      () => fitBgNbd(customers),
      {
        runs: 7,
        rows: customers.length,
      },
    );
    note(
      `r = ${fit.r.toFixed(4)}, α = ${fit.alpha.toFixed(3)}, a = ${fit.a.toFixed(4)}, b = ${fit.b.toFixed(3)}; ${groupRfm(customers).size} distinct (x, t_x, T); SciPy: ${scipy}`,
    );
    const repeaters = customers.filter((c) => c.frequency > 0 && c.monetaryValue > 0);
    await measure(`Gamma-Gamma fit, CDNOW ${label} (${repeaters.length})`, () => fitGammaGamma(repeaters), {
      runs: 7,
      rows: repeaters.length,
    });
  }

  const simulated = simulateClvCustomers({
    customers: SIMULATED,
    bgnbd: { r: 0.25, alpha: 4, a: 0.8, b: 2.5 },
    gammaGamma: { p: 6, q: 4, gamma: 15 },
    minT: 20,
    maxT: 60,
    seed: 2005,
  });
  const { measurement: continuous, result: fit } = await measure(
    'BG/NBD fit, 100k simulated, continuous times',
    () => fitBgNbd(simulated),
    { runs: 3, rows: SIMULATED },
  );
  note(
    `r = ${fit.r.toFixed(3)}, α = ${fit.alpha.toFixed(3)}, a = ${fit.a.toFixed(3)}, b = ${fit.b.toFixed(3)} (truth 0.25, 4, 0.8, 2.5)`,
  );
  reportTarget('BG/NBD fit on 100k customers', continuous.medianMs, FIT_TARGET_MS, formatMs);
  // Real order data is counted in whole days, so identical (x, t_x, T) are common.
  const inDays = simulated.map((c) => ({
    frequency: c.frequency,
    recency: Math.floor(c.recency * 7) / 7,
    T: Math.floor(c.T * 7) / 7,
    monetaryValue: c.monetaryValue,
    customerId: '',
    firstPurchase: '',
    lastPurchase: '',
    totalSpend: 0,
  }));
  await measure(
    `BG/NBD fit, 100k simulated, whole days (${groupRfm(inDays).size} groups)`,
    () => fitBgNbd(inDays),
    {
      runs: 3,
      rows: SIMULATED,
    },
  );
  await measure(
    'analyzeClv, 100k (both fits, P(alive), 12-month CLV)',
    () =>
      analyzeClv(
        { customers: inDays, afterCalibrationEnd: 0, unusable: 0 },
        { calibrationEnd: '2026-01-01', unit: 'week', horizon: 52, annualDiscountRate: 0.1 },
      ),
    { runs: 3, rows: SIMULATED },
  );

  const master = join(CDNOW, 'CDNOW_master.txt');
  if (!existsSync(master)) {
    note(`skipped the crm clv process on the master file: ${master} not found`);
    return;
  }
  if (!existsSync(join(ROOT, 'cli', 'dist', 'crm.cjs'))) {
    note('skipped the crm clv process: the CLI is not built (npm run build)');
    return;
  }
  const { measurement } = await measure(
    'crm clv --orders CDNOW_master.txt --json',
    () => {
      const result = spawnSync(process.execPath, [CRM, 'clv', '--orders', master, '--json'], {
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
      });
      if (result.status !== 0) throw new Error(`crm clv failed: ${result.stderr}`);
      return result.stdout.length;
    },
    { runs: 7, rows: 69_659 },
  );
  const { measurement: startup } = await measure(
    'crm --version (node + loading the CLI bundle)',
    () => {
      spawnSync(process.execPath, [CRM, '--version']);
    },
    { runs: 7 },
  );
  note(
    `of which loading the CLI takes ${formatMs(startup.medianMs)}; reading, fitting, predicting and printing ${formatMs(measurement.medianMs - startup.medianMs)}`,
  );
  reportTarget('whole crm clv process on CDNOW master', measurement.medianMs, PROCESS_TARGET_MS, formatMs);
}
