// The `crm` launcher runs the CLI with V8's code cache in the user's cache directory
// (cli/src/launch/compileCache.ts). A run must not depend on it: the same output with the cache
// absent, used, damaged or unwritable, or turned off. The real bundle is run with XDG_CACHE_HOME
// in a directory of the test's own; a copy of the launcher runs small bundles to see a rebuilt
// bundle replace its old cache.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSample } from '@crm/shared';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CRM = join(ROOT, 'cli', 'bin', 'crm.js');
const TODAY = '2025-06-30';

let dir: string;
/** Names, emails and phones of the sample's customers. */
let people: string[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crm-compile-cache-'));
  const sample = generateSample({ customers: 300, seed: 5, today: TODAY });
  const csv = (rows: unknown[][]) => `${Papa.unparse(rows as string[][])}\r\n`;
  await writeFile(join(dir, 'customers.csv'), csv([sample.customers.header, ...sample.customers.rows]));
  const columns = ['姓名', 'Email', '手机'].map((name) => sample.customers.header.indexOf(name));
  expect(columns).not.toContain(-1);
  people = sample.customers.rows
    .slice(0, 50)
    .flatMap((row) => columns.map((c) => String(row[c] ?? '')))
    .filter((text) => text.length >= 3);
  expect(people.length).toBeGreaterThan(100);
  await writeFile(join(dir, 'orders.csv'), csv([sample.orders.header, ...sample.orders.rows]));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function run(script: string, args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, [script, ...args], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, NODE_DISABLE_COMPILE_CACHE: '', LANG: 'zh_CN.UTF-8', LC_ALL: '', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Where the CLI keeps its code cache with XDG_CACHE_HOME=`cacheHome`, as PRIVACY.md says. */
const cacheDirIn = (cacheHome: string) => join(cacheHome, 'crm-toolkit', 'compile-cache');

/**
 * The cache files under `cacheHome`, with a digest of their bytes (a failed comparison of whole
 * megabyte buffers would take the test runner minutes to print).
 */
async function cacheFiles(cacheHome: string): Promise<Map<string, string>> {
  const cacheDir = cacheDirIn(cacheHome);
  const names = await readdir(cacheDir).catch(() => [] as string[]);
  const digest = async (name: string) =>
    createHash('sha256')
      .update(await readFile(join(cacheDir, name)))
      .digest('hex');
  return new Map(await Promise.all(names.map(async (n) => [n, await digest(n)] as const)));
}

describe('the CLI run with a code cache', () => {
  // Quiet: progress lines come and go with the machine's speed.
  const job = [
    'classify',
    '--in',
    'customers.csv',
    '--orders',
    'orders.csv',
    '--today',
    TODAY,
    '--json',
    '--quiet',
  ];

  it('saves one on the first run, uses it unchanged after, and prints the same either way', async () => {
    const home = join(dir, 'home-1');
    const off = run(CRM, job, { XDG_CACHE_HOME: home, NODE_DISABLE_COMPILE_CACHE: '1' });
    expect(off.code, off.stderr).toBe(0);
    expect(await cacheFiles(home)).toEqual(new Map());

    const first = run(CRM, job, { XDG_CACHE_HOME: home });
    expect(first).toEqual(off);
    const saved = await cacheFiles(home);
    expect([...saved.keys()]).toEqual([expect.stringMatching(/^[0-9a-f]{16}-[0-9a-f]{16}\.bin$/)]);
    const name = [...saved.keys()][0] ?? '';
    const info = await stat(join(cacheDirIn(home), name));
    // The top level and the functions the job ran: far more than the top level alone.
    expect(info.size).toBeGreaterThan(300_000);
    // Compiled code, none of the data the run read: no customer's name, email or phone, in the
    // one-byte or two-byte form V8 keeps a string in.
    const cache = await readFile(join(cacheDirIn(home), name));
    const holds = (text: string) =>
      cache.includes(Buffer.from(text, 'utf8')) || cache.includes(Buffer.from(text, 'utf16le'));
    // The search finds what the code holds: the string literals of the functions the job ran.
    expect(holds('最近购买日期')).toBe(true);
    expect(people.filter(holds)).toEqual([]);
    expect(info.mode & 0o077).toBe(0);

    const second = run(CRM, job, { XDG_CACHE_HOME: home });
    expect(second).toEqual(off);
    // Used, so not saved again: a refused cache would have been replaced by a new file.
    expect(await cacheFiles(home)).toEqual(saved);
    const after = await stat(join(cacheDirIn(home), name));
    expect([after.ino, after.mtimeMs]).toEqual([info.ino, info.mtimeMs]);
  });

  it('runs as before on a damaged cache, and replaces it', async () => {
    const home = join(dir, 'home-2');
    const expected = run(CRM, ['--version'], { XDG_CACHE_HOME: home });
    const name = [...(await cacheFiles(home)).keys()][0] ?? '';
    const cacheFile = join(cacheDirIn(home), name);
    const bytes = await readFile(cacheFile);
    for (const damaged of [
      Buffer.alloc(bytes.length, 0x5a),
      bytes.subarray(0, bytes.length >> 1),
      Buffer.alloc(0),
    ]) {
      await writeFile(cacheFile, damaged);
      expect(run(CRM, ['--version'], { XDG_CACHE_HOME: home })).toEqual(expected);
      expect((await readFile(cacheFile)).equals(damaged)).toBe(false);
      const replaced = await readFile(cacheFile);
      run(CRM, ['--version'], { XDG_CACHE_HOME: home });
      expect((await readFile(cacheFile)).equals(replaced)).toBe(true);
    }
  });

  it('runs as before when the cache cannot be written, and leaves nothing behind', async () => {
    // A file where the cache directory would go: no directory can be made there.
    const home = join(dir, 'home-3');
    await mkdir(home);
    await writeFile(join(home, 'crm-toolkit'), 'not a directory');
    const expected = run(CRM, job, {
      XDG_CACHE_HOME: join(dir, 'home-3-off'),
      NODE_DISABLE_COMPILE_CACHE: '1',
    });
    const blocked = run(CRM, job, { XDG_CACHE_HOME: home });
    expect(blocked).toEqual(expected);
    expect(await readdir(home)).toEqual(['crm-toolkit']);
  });

  it('keeps a file for each set of node flags, so that runs with and without them do not replace each other’s', async () => {
    const home = join(dir, 'home-5');
    const cacheDir = cacheDirIn(home);
    const plain = { XDG_CACHE_HOME: home, NODE_OPTIONS: '' };
    const bigHeap = { XDG_CACHE_HOME: home, NODE_OPTIONS: '--max-old-space-size=3000' };
    const expected = run(CRM, ['--version'], plain);
    const [first] = await readdir(cacheDir);
    const inode = async (name: string | undefined) => (await stat(join(cacheDir, name ?? ''))).ino;
    const before = await inode(first);
    expect(run(CRM, ['--version'], bigHeap)).toEqual(expected);
    expect(await readdir(cacheDir)).toHaveLength(2);
    const [other] = (await readdir(cacheDir)).filter((name) => name !== first);
    const otherBefore = await inode(other);
    expect(run(CRM, ['--version'], plain)).toEqual(expected);
    expect(run(CRM, ['--version'], bigHeap)).toEqual(expected);
    // Each run found its own file and used it: neither was written again.
    expect([await inode(first), await inode(other)]).toEqual([before, otherBefore]);
  });

  it('keeps one file per install: a rebuilt bundle replaces the cache of the one before', async () => {
    const install = join(dir, 'install');
    await mkdir(join(install, 'bin'), { recursive: true });
    await mkdir(join(install, 'dist'));
    await copyFile(CRM, join(install, 'bin', 'crm.js'));
    await copyFile(join(ROOT, 'cli', 'bin', 'package.json'), join(install, 'bin', 'package.json'));
    await copyFile(join(ROOT, 'cli', 'dist', 'launch.cjs'), join(install, 'dist', 'launch.cjs'));
    await writeFile(join(install, 'package.json'), '{"type":"module"}');
    const home = join(dir, 'home-4');
    const names: string[] = [];
    // The same length each time: only the content tells the bundles apart.
    for (const word of ['客户', '订单', '回访']) {
      await writeFile(
        join(install, 'dist', 'crm.cjs'),
        `const parts = [${JSON.stringify(word)}, __filename.endsWith('crm.cjs'), typeof require, typeof module.exports];\nfunction later() { return parts.join(' '); }\nprocess.stdout.write(later() + '\\n');\n`,
      );
      const result = run(join(install, 'bin', 'crm.js'), [], { XDG_CACHE_HOME: home });
      expect(result).toEqual({ code: 0, stdout: `${word} true function object\n`, stderr: '' });
      const files = [...(await cacheFiles(home)).keys()];
      expect(files).toHaveLength(1);
      names.push(files[0] ?? '');
    }
    expect(new Set(names).size).toBe(3);
    expect(new Set(names.map((n) => n.split('-')[0])).size).toBe(1);
  });
});
