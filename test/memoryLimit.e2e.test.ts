// The built `crm` command on tables bigger than the memory it is given: a clear message in the
// user's language and exit code 1, never V8's "JavaScript heap out of memory" crash.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Cell, generateSample, type TableData } from '@crm/shared';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CRM = join(ROOT, 'cli', 'bin', 'crm.js');
const TODAY = '2025-06-30';

let dir: string;

const csv = (table: TableData) =>
  `${Papa.unparse([table.header, ...table.rows.map((row) => row.map((cell: Cell) => (cell === null ? '' : String(cell))))])}\n`;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crm-memory-'));
  // 20,000 customers and about 200,000 orders: about 11 MB on disk, far more than 48 MB once
  // read. (10,000 came within 48 MB once the CLI's own start held less: its bundle's text is
  // ASCII, half the heap it took as a two-byte string.)
  const sample = generateSample({ customers: 20_000, seed: 15, today: TODAY });
  await writeFile(join(dir, 'customers.csv'), csv(sample.customers));
  await writeFile(join(dir, 'orders.csv'), csv(sample.orders));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** `thread`: where the orders are read (the CLI reads a large orders file in a worker thread). */
function classifyWithHeap(megabytes: number, lang: 'zh' | 'en', thread: 'main' | 'worker' = 'main') {
  const result = spawnSync(
    process.execPath,
    [
      CRM,
      'classify',
      '--in',
      'customers.csv',
      '--orders',
      'orders.csv',
      '--today',
      TODAY,
      '--no-clv',
      '--lang',
      lang,
      '--out',
      'out.csv',
      '--quiet',
    ],
    {
      cwd: dir,
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, NODE_OPTIONS: `--max-old-space-size=${megabytes}`, CRM_ORDERS_THREAD: thread },
    },
  );
  return { code: result.status, stderr: result.stderr, signal: result.signal };
}

describe('crm on tables too big for the memory at hand', () => {
  const zh = /^crm: (?:无法读取 \S+：文件太大|表格太大)，本机可用内存（约 48 MB）/;
  const en = /^crm: (?:cannot read \S+: it is too big|The tables are too big to analyse) .*about 48 MB\)/;
  it.each([
    ['zh', 'main', zh],
    ['en', 'main', en],
    ['zh', 'worker', zh],
    ['en', 'worker', en],
  ] as const)(
    'says so in %s and exits 1 instead of crashing (orders read on the %s thread)',
    (lang, thread, message) => {
      const run = classifyWithHeap(48, lang, thread);
      expect(run.signal).toBeNull();
      expect(run.stderr).not.toContain('heap out of memory');
      expect(run.stderr).toMatch(message);
      expect(run.stderr).toContain('--max-old-space-size');
      expect(run.code).toBe(1);
    },
  );

  it.each(['main', 'worker'] as const)(
    'runs through with the memory it needs (orders on the %s thread)',
    (thread) => {
      const run = classifyWithHeap(400, 'en', thread);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
    },
  );
});
