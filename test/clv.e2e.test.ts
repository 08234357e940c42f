// End-to-end runs of the BUILT `crm clv` against its command-line contract: the CDNOW files as shipped,
// generated order tables with Chinese and English headers, too little data, and --out.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simulateClvCustomers, simulatedTransactions } from '@crm/shared/clv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCrm, systemLocale } from './support/crm.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CDNOW = join(ROOT, '..', 'shared', 'datasets', 'cdnow');
const cdnowPresent = existsSync(join(CDNOW, 'CDNOW_sample.txt'));

let dir: string;

function crm(args: string[], cwd = dir) {
  // An English system: messages in English unless --lang says otherwise.
  return runCrm(args, { cwd, env: systemLocale('en_US.UTF-8') });
}

interface ClvJson {
  bgnbd: Record<'r' | 'alpha' | 'a' | 'b' | 'logLikelihood', number>;
  gammaGamma: Record<'p' | 'q' | 'gamma' | 'logLikelihood', number>;
  customers: {
    id: string;
    frequency: number;
    recency: number;
    T: number;
    pAlive: number;
    expectedPurchases: number;
    expectedAverageSpend: number;
    clv: number;
  }[];
  notes: string[];
}

/** Parses --json output and checks its documented shape, with a finite number everywhere. */
function clvJson(stdout: string): ClvJson {
  const json = JSON.parse(stdout) as ClvJson;
  expect(Object.keys(json)).toEqual(['bgnbd', 'gammaGamma', 'customers', 'notes']);
  expect(Object.keys(json.bgnbd)).toEqual(['r', 'alpha', 'a', 'b', 'logLikelihood']);
  expect(Object.keys(json.gammaGamma)).toEqual(['p', 'q', 'gamma', 'logLikelihood']);
  for (const value of [...Object.values(json.bgnbd), ...Object.values(json.gammaGamma)]) {
    expect(Number.isFinite(value)).toBe(true);
  }
  for (const c of json.customers) {
    expect(Object.keys(c)).toEqual([
      'id',
      'frequency',
      'recency',
      'T',
      'pAlive',
      'expectedPurchases',
      'expectedAverageSpend',
      'clv',
    ]);
    expect(typeof c.id).toBe('string');
    for (const [key, value] of Object.entries(c)) if (key !== 'id') expect(Number.isFinite(value)).toBe(true);
  }
  expect(json.notes.every((note) => typeof note === 'string')).toBe(true);
  expect(stdout).not.toMatch(/NaN|null|Infinity/);
  return json;
}

/** The transactions of `customers` simulated from known BG/NBD and Gamma-Gamma parameters. */
function simulatedOrders(customers: number, seed: number) {
  return simulatedTransactions(
    simulateClvCustomers({
      customers,
      bgnbd: { r: 0.5, alpha: 6, a: 0.9, b: 3 },
      gammaGamma: { p: 4, q: 5, gamma: 900 },
      minT: 5,
      maxT: 60,
      seed,
    }),
    { calibrationEnd: '2026-02-28', prefix: 'KH' },
  );
}

async function ordersCsv(name: string, header: string, customers: number, seed: number): Promise<string> {
  const transactions = simulatedOrders(customers, seed);
  const lines = transactions.map((t) => `${t.customerId},${t.date},${t.amount.toFixed(2)}`);
  const path = join(dir, name);
  await writeFile(path, `${header}\n${lines.join('\n')}\n`);
  return path;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crm-clv-e2e-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe.skipIf(!cdnowPresent)(
  cdnowPresent ? 'crm clv on CDNOW' : `crm clv on CDNOW (skipped: ${CDNOW} not found)`,
  () => {
    it('reproduces the published fit on the sample with a 39-week calibration', () => {
      const run = crm([
        'clv',
        '--orders',
        join(CDNOW, 'CDNOW_sample.txt'),
        '--calibration-end',
        '1997-09-30',
        '--horizon',
        '39',
        '--json',
        '--lang',
        'en',
      ]);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const json = clvJson(run.stdout);
      expect(json.bgnbd.r).toBeCloseTo(0.243, 3);
      expect(json.bgnbd.alpha).toBeCloseTo(4.414, 2);
      expect(json.bgnbd.a).toBeCloseTo(0.793, 3);
      expect(json.bgnbd.b).toBeCloseTo(2.426, 2);
      expect(json.gammaGamma.p).toBeCloseTo(6.25, 2);
      expect(json.gammaGamma.q).toBeCloseTo(3.74, 2);
      expect(json.gammaGamma.gamma).toBeCloseTo(15.44, 1);
      expect(json.customers).toHaveLength(2357);
      const first = json.customers[0];
      expect(first).toMatchObject({ id: '00004', frequency: 2 });
      expect(first?.expectedPurchases).toBeCloseTo(1.226, 2);
    });

    it('runs on the master file given relative to the repository root, as the README shows', () => {
      const run = crm(['clv', '--orders', '../shared/datasets/cdnow/CDNOW_master.txt', '--json'], ROOT);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const json = clvJson(run.stdout);
      expect(json.customers).toHaveLength(23_570);
      expect(json.customers[0]?.id).toBe('00001');
    });

    it('prints a readable summary without --json', () => {
      const run = crm([
        'clv',
        '--orders',
        join(CDNOW, 'CDNOW_sample.txt'),
        '--calibration-end',
        '1997-09-30',
        '--lang',
        'en',
      ]);
      expect(run.status).toBe(0);
      expect(run.stdout).toContain('2357 customers, 946 with repeat purchases');
      expect(run.stdout).toMatch(/BG\/NBD\s+r = 0\.2426\s+α = 4\.414\s+a = 0\.7929\s+b = 2\.426/);
      expect(run.stdout).toContain('Top customers by CLV:');
      expect(run.stdout).toMatch(/At risk \(P\(alive\) < 0\.5, spend ≥ median\): \d+ customers/);
    });
  },
);

const WILD_B2B = join(ROOT, '..', 'shared', 'datasets', 'wild', 'clv-slow-b2b.xlsx');
const wildPresent = existsSync(WILD_B2B);

describe.skipIf(!wildPresent)(
  wildPresent
    ? 'crm clv on a B2B workbook as kept'
    : `crm clv on a B2B workbook (skipped: ${WILD_B2B} not found)`,
  () => {
    // An Orders sheet as a sales team keeps it: dates as date cells (some with a time), ISO text,
    // 2026/6/24 and 2026年6月21日 in one column; amounts as numbers, ¥1847.32 and 1847.32 元; a
    // refund of -200 and an order struck out as "cancelled" in its amount. Its customers buy in
    // bursts, so the BG/NBD and Gamma-Gamma fits run to their limits (a, b, q, γ without bound).
    it('reads every date and amount as written and fits the models to their limits', () => {
      const run = crm(['clv', '--orders', WILD_B2B, '--json', '--lang', 'en']);
      expect(run.status).toBe(0);
      expect(run.stderr).toBe('');
      const json = clvJson(run.stdout);
      expect(json.customers).toHaveLength(2016);
      // K00808's twelve orders, on twelve days written five ways, all count: 11 repeats over
      // 65 days, the last on 2026-08-25, T to the calibration end (2026-11-30).
      const k00808 = json.customers.find((c) => c.id === 'K00808');
      expect(k00808?.frequency).toBe(11);
      expect(k00808?.recency).toBeCloseTo(65 / 7, 9);
      expect(k00808?.T).toBeCloseTo(162 / 7, 9);
      // The limit as SciPy finds it, maximising the BG/NBD likelihood with a/(a+b) = p held as
      // a and b grow (Nelder-Mead on the summaries crm prints): r 0.8763, α 2.5696, p 0.1500,
      // log-likelihood -29249.561. crm's finite a and b come as close or closer.
      const { r, alpha, a, b, logLikelihood } = json.bgnbd;
      expect(r).toBeCloseTo(0.876, 2);
      expect(alpha).toBeCloseTo(2.57, 1);
      expect(a / (a + b)).toBeCloseTo(0.15, 3);
      expect(logLikelihood).toBeGreaterThanOrEqual(-29249.57);
      expect(json.notes.some((n) => n.startsWith('BG/NBD reached a limiting case'))).toBe(true);
      expect(json.notes.some((n) => n.startsWith('Gamma-Gamma reached a limiting case'))).toBe(true);
    });
  },
);

describe('crm clv on order tables', () => {
  it('reads Chinese headers (客户编号/日期/金额) and prints the JSON contract', async () => {
    const path = await ordersCsv('orders-zh.csv', '客户编号,日期,金额', 500, 1);
    const run = crm(['clv', '--orders', path, '--json', '--lang', 'zh']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const json = clvJson(run.stdout);
    expect(json.customers.length).toBe(500);
    expect(json.customers[0]?.id).toBe('KH001');
    expect(json.notes.join('')).toContain('BG/NBD 模型基于 500 位客户');
  });

  it('reads English headers, counts in days and ignores orders after --calibration-end', async () => {
    const path = await ordersCsv('orders-en.csv', 'customer_id,date,amount', 300, 2);
    const run = crm([
      'clv',
      '--orders',
      path,
      '--calibration-end',
      '2026-01-31',
      '--time-unit',
      'day',
      '--horizon',
      '90',
      '--json',
      '--lang',
      'en',
    ]);
    expect(run.status).toBe(0);
    const json = clvJson(run.stdout);
    expect(json.notes.join('\n')).toMatch(/\d+ transaction\(s\) dated after 2026-01-31 were ignored/);
    expect(json.notes.join('\n')).toContain('next 90 days');
    for (const c of json.customers) {
      expect(Number.isInteger(c.recency)).toBe(true);
      expect(c.T).toBeLessThanOrEqual(60 * 7);
    }
  });

  it("takes a shop's orders named by email as one customer however each email is written", async () => {
    // A Shopify-like export: no customer id, the buyer's Email on each order, typed by hand
    // at checkout in any case and with stray spaces now and then.
    const transactions = simulatedOrders(300, 11);
    const email = (id: string) => `${id.toLowerCase()}@shop.example`;
    const written = (id: string, i: number) =>
      i % 3 === 1 ? email(id).toUpperCase() : i % 3 === 2 ? ` ${email(id).replace(/^k/, 'K')} ` : email(id);
    const rows = (write: (id: string, i: number) => string) =>
      transactions.map((t, i) => `"${write(t.customerId, i)}",${t.date},${t.amount.toFixed(2)}`).join('\n');
    const messy = join(dir, 'orders-email-messy.csv');
    const tidy = join(dir, 'orders-email-tidy.csv');
    await writeFile(messy, `Email,Created at,Total\n${rows(written)}\n`);
    await writeFile(tidy, `Email,Created at,Total\n${rows(email)}\n`);
    const fit = (path: string) => {
      const run = crm(['clv', '--orders', path, '--json', '--lang', 'en']);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      return clvJson(run.stdout);
    };
    const fromMessy = fit(messy);
    const fromTidy = fit(tidy);
    expect(new Set(transactions.map((t) => t.customerId)).size).toBe(300);
    expect(fromMessy.customers.length).toBe(300);
    expect(fromMessy.customers.map((c) => c.frequency)).toEqual(fromTidy.customers.map((c) => c.frequency));
    expect(fromMessy.bgnbd).toEqual(fromTidy.bgnbd);
    // Each buyer is shown as their first order writes the email.
    const first = transactions[0]?.customerId as string;
    expect(fromMessy.customers.map((c) => c.id)).toContain(email(first));
  });

  it('writes the per-customer table with --out', async () => {
    const path = await ordersCsv('orders-out.csv', 'customer_id,date,amount', 200, 3);
    const out = join(dir, 'clv-out.csv');
    const run = crm(['clv', '--orders', path, '--out', out, '--lang', 'en']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`wrote ${out}`);
    const text = (await readFile(out, 'utf8')).replace(/^\uFEFF/, '');
    const lines = text.trim().split(/\r?\n/);
    expect(lines[0]).toBe(
      'customer_id,frequency,recency,T,first_purchase,last_purchase,total_spend,p_alive,expected_purchases,expected_average_spend,clv',
    );
    expect(lines).toHaveLength(201);
  });

  it.each([
    [
      'only one-time buyers',
      'customer_id,date,amount\nA,2026-01-05,10\nB,2026-01-06,20\nC,2026-01-07,30\n',
      'All 3 customers bought on a single day only',
    ],
    [
      'a single customer',
      'customer_id,date,amount\nA,2026-01-05,10\nA,2026-02-05,20\n',
      'Only one customer has purchases',
    ],
    [
      'three repeat customers',
      'customer_id,date,amount\nA,2026-01-05,10\nA,2026-02-05,20\nB,2026-01-05,10\nB,2026-02-05,20\nC,2026-01-05,10\nC,2026-03-05,20\nD,2026-01-09,5\n',
      'Only 3 of 4 customers made a repeat purchase',
    ],
  ])('explains too little data (%s) with exit code 3 and nothing on stdout', async (_name, csv, message) => {
    const path = join(dir, 'tiny.csv');
    await writeFile(path, csv);
    const run = crm(['clv', '--orders', path, '--json', '--lang', 'en']);
    expect(run.status).toBe(3);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toMatch(/NaN/);
  });

  it('names the expected columns when the header is not recognised', async () => {
    const path = join(dir, 'bad-header.csv');
    await writeFile(path, 'foo,bar\n1,2\n');
    const run = crm(['clv', '--orders', path, '--json']);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('The header of the orders table');
    expect(run.stderr).toContain(
      'Found: "foo", "bar". It needs: 客户编号/Customer ID, 日期/Date, 金额/Amount',
    );
  });

  it('rejects an impossible --calibration-end', async () => {
    const path = await ordersCsv('orders-date.csv', 'customer_id,date,amount', 50, 4);
    const run = crm(['clv', '--orders', path, '--calibration-end', '2026-02-30']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('invalid --calibration-end "2026-02-30"');
  });
});
