// The built `crm` command reads a large orders CSV file in a worker thread while it reads the
// customers. What it writes must not depend on that: each run here is made once with the orders
// read on the main thread and once in the worker (CRM_ORDERS_THREAD), on orders as people keep
// them: mixed date forms, day-first dates settled by the whole column, totals, notes, a header
// pasted again, bad cells, refunds, and a file saved as GB18030.
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Cell, generateSample, type TableData } from '@crm/shared';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CRM_BIN, runCrm, systemLocale } from './support/crm.ts';

const TODAY = '2025-06-30';
type Thread = 'main' | 'worker';

let dir: string;

const csvText = (table: TableData) =>
  `${Papa.unparse([table.header, ...table.rows.map((row) => row.map((cell: Cell) => (cell === null ? '' : String(cell))))])}\r\n`;

/** GB18030 bytes of `text`, from a table built by decoding every two-byte sequence. */
function gb18030(text: string): Buffer {
  const decoder = new TextDecoder('gb18030');
  const codes = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && !codes.has(char)) codes.set(char, [lead, trail]);
    }
  }
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code < 0x80) bytes.push(code);
    else {
      const pair = codes.get(char);
      if (pair === undefined) throw new Error(`no two-byte GB18030 code for ${char}`);
      bytes.push(...pair);
    }
  }
  return Buffer.from(bytes);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crm-orders-worker-'));
  const sample = generateSample({ customers: 3000, seed: 61, today: TODAY });
  const ids = sample.orders.rows.map((row) => String(row[0]));
  const messy: Cell[][] = [
    ['合计', '', '', '1,234,567.00'],
    [ids[5] ?? '', 'SO-X1', '3/5/2025', '120'],
    [ids[6] ?? '', 'SO-X2', '13/5/2025', '80.5'],
    [ids[7] ?? '', 'SO-X3', '2025-02-30', '99'],
    [ids[8] ?? '', 'SO-X4', '2026-01-01', '99'],
    [ids[9] ?? '', 'SO-X5', '2025-03-01', '约五百'],
    ['', 'SO-X6', '2025-03-02', '300'],
    [ids[10] ?? '', 'SO-X7', '2025-03-03', '-45.5'],
    [...sample.orders.header],
    ['C-UNKNOWN', 'SO-X8', '2025-03-04', '¥1,200.00'],
    ['制表人：张三', '', '', ''],
  ];
  const rows = [...sample.orders.rows];
  // Spread through the file, so that both ways of reading cross them in different chunks.
  for (const [k, row] of messy.entries()) {
    rows.splice(Math.floor(((k + 1) * rows.length) / (messy.length + 1)), 0, row);
  }
  const orders = csvText({ header: sample.orders.header, rows });
  await writeFile(join(dir, 'customers.csv'), csvText(sample.customers));
  await writeFile(join(dir, 'orders.csv'), orders);
  // The same orders saved by Excel on a Chinese Windows: GB18030 (where the yen sign is the
  // full-width ￥), noticed only past the ASCII rows.
  await writeFile(join(dir, 'orders-gbk.csv'), gb18030(orders.replaceAll('¥', '￥')));
  await writeFile(
    join(dir, 'orders-no-amount.csv'),
    '客户编号,订单编号,订单日期\r\nC000001,SO1,2025-01-02\r\n',
  );
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function crm(args: string[], thread: Thread) {
  return runCrm(args, { cwd: dir, env: { ...systemLocale('zh_CN.UTF-8'), CRM_ORDERS_THREAD: thread } });
}

/** What a job prints and writes, with the orders read on `thread`. */
async function run(job: string, orders: string, extra: string[], thread: Thread) {
  const out = `${job}-${orders}-${thread}.${job === 'report' ? 'md' : 'csv'}`;
  const args = [job, '--in', 'customers.csv', '--orders', orders, '--today', TODAY, '--quiet', '--out', out];
  const result = crm([...args, ...extra], thread);
  const written = result.status === 0 ? await readFile(join(dir, out), 'utf8') : '';
  // The file name differs between the two runs; nothing else may.
  return {
    ...result,
    stdout: result.stdout.replaceAll(out, 'OUT'),
    stderr: result.stderr.replaceAll(out, 'OUT'),
    written,
  };
}

describe('orders read in a worker thread', () => {
  it.each([
    ['classify', 'orders.csv', ['--no-clv']],
    ['classify', 'orders-gbk.csv', []],
    ['clean', 'orders.csv', []],
    ['report', 'orders.csv', ['--lang', 'en']],
    ['followups', 'orders-gbk.csv', []],
  ])('%s with %s writes the same either way', async (job, orders, extra) => {
    const main = await run(job, orders, extra, 'main');
    const worker = await run(job, orders, extra, 'worker');
    expect(main.status).toBe(0);
    expect(main.stderr).toBe('');
    expect(main.written.length).toBeGreaterThan(1000);
    expect(worker).toEqual(main);
  });

  it('lists the rows it left out, the same either way', async () => {
    const main = await run('clean', 'orders-gbk.csv', ['--json', '--lang', 'en'], 'main');
    const worker = await run('clean', 'orders-gbk.csv', ['--json', '--lang', 'en'], 'worker');
    expect(worker).toEqual(main);
    const skipped = (
      JSON.parse(main.stdout) as { skipped: { table: string; reason: string; text: string }[] }
    ).skipped;
    expect(skipped.filter((row) => row.table === 'orders').map((row) => [row.reason, row.text])).toEqual([
      ['total', '合计 · 1,234,567.00'],
      ['repeated-header', '客户编号 · 订单编号 · 订单日期'],
      ['note', '制表人：张三'],
    ]);
  });

  it('says the same when the orders header names no amount column', () => {
    // Quiet, as progress lines come and go with the machine's speed.
    const args = [
      'classify',
      '--in',
      'customers.csv',
      '--orders',
      'orders-no-amount.csv',
      '--today',
      TODAY,
      '--quiet',
    ];
    const main = crm([...args, '--out', 'x.csv'], 'main');
    const worker = crm([...args, '--out', 'x.csv'], 'worker');
    expect(main.status).toBe(1);
    expect(main.stderr).toContain('金额');
    expect(worker).toEqual(main);
  });

  it('starts one worker thread for the orders, with the CLI, and gives it the job', async () => {
    // Counted from inside the CLI's node: Node announces every worker thread it starts.
    const preload = join(dir, 'count-workers.mjs');
    await writeFile(
      preload,
      `import { writeFileSync } from 'node:fs';
let workers = 0;
process.on('worker', () => workers++);
process.on('exit', () => writeFileSync(process.env.WORKER_COUNT, String(workers)));
`,
    );
    const count = async (args: string[], thread: Thread) => {
      const file = join(dir, `workers-${thread}.txt`);
      const result = spawnSync(process.execPath, ['--import', preload, CRM_BIN, ...args], {
        cwd: dir,
        encoding: 'utf8',
        timeout: 120_000,
        env: {
          ...process.env,
          LANG: 'en_US.UTF-8',
          LC_ALL: '',
          CRM_ORDERS_THREAD: thread,
          WORKER_COUNT: file,
        },
      });
      expect(result.status, result.stderr).toBe(0);
      return Number(await readFile(file, 'utf8'));
    };
    const classify = ['classify', '--in', 'customers.csv', '--orders', 'orders.csv', '--today', TODAY];
    expect(await count([...classify, '--quiet', '--out', 'counted.csv'], 'worker')).toBe(1);
    // The same file named another way: the worker started for it still takes the job.
    const roundabout = ['classify', '--in', 'customers.csv', '--orders=./orders.csv', '--today', TODAY];
    expect(await count([...roundabout, '--quiet', '--out', 'counted.csv'], 'worker')).toBe(1);
    expect(await count([...classify, '--quiet', '--out', 'counted.csv'], 'main')).toBe(0);
    // crm clv reads its orders file its own way, on the main thread: no worker is started for it.
    expect(await count(['clv', '--orders', 'orders.csv', '--json'], 'worker')).toBe(0);
  });

  // The orders start to be read before the customer file is opened: that must not change which
  // problem the user is told of first.
  it.each([
    ['missing.csv', 'orders.xls', /missing\.csv/],
    ['missing.csv', 'orders.json', /missing\.csv/],
    ['missing.csv', 'no-such-orders.csv', /missing\.csv/],
    ['customers.csv', 'orders.xls', /orders\.xls/],
  ])('with --in %s and --orders %s, names the file read first', (customers, orders, named) => {
    const args = ['classify', '--in', customers, '--orders', orders, '--today', TODAY, '--out', 'x.csv'];
    for (const thread of ['main', 'worker'] as const) {
      const run = crm(args, thread);
      expect(run.status).toBe(1);
      expect(run.stderr.split('\n')[0]).toMatch(named);
    }
  });
});
