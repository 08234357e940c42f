// The launcher runs a command from the bundle of that command alone (dist/crm-clv.cjs, see
// cli/src/launch/commandBundle.ts), built from the same sources as the bundle of every command
// (dist/crm.cjs): a run must print the same from either.
import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSample } from '@crm/shared';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheFileName } from '../cli/src/launch/compileCache.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CRM = join(ROOT, 'cli', 'bin', 'crm.js');
const TODAY = '2025-06-30';

let dir: string;
/** A copy of the launcher with the bundle of every command and no bundle of one command. */
let allOnly: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crm-command-bundles-'));
  const sample = generateSample({ customers: 400, seed: 11, today: TODAY });
  const csv = (rows: unknown[][]) => `${Papa.unparse(rows as string[][])}\r\n`;
  await writeFile(join(dir, 'orders.csv'), csv([sample.orders.header, ...sample.orders.rows]));
  const install = join(dir, 'install');
  await mkdir(join(install, 'bin'), { recursive: true });
  await mkdir(join(install, 'dist'));
  await copyFile(CRM, join(install, 'bin', 'crm.js'));
  await copyFile(join(ROOT, 'cli', 'bin', 'package.json'), join(install, 'bin', 'package.json'));
  for (const file of ['launch.cjs', 'crm.cjs', 'ordersWorker.js'])
    await copyFile(join(ROOT, 'cli', 'dist', file), join(install, 'dist', file));
  await copyFile(join(ROOT, 'cli', 'package.json'), join(install, 'package.json'));
  // The packages the bundles leave out, found as from the repository's cli/.
  await symlink(join(ROOT, 'node_modules'), join(install, 'node_modules'));
  allOnly = join(install, 'bin', 'crm.js');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function run(script: string, args: string[], cacheHome: string) {
  const result = spawnSync(process.execPath, [script, ...args], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 120_000,
    env: {
      ...process.env,
      XDG_CACHE_HOME: cacheHome,
      NODE_DISABLE_COMPILE_CACHE: '',
      NODE_OPTIONS: '',
      LANG: 'zh_CN.UTF-8',
      LC_ALL: '',
    },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('a command run from a bundle of its own', () => {
  it('crm clv runs from the bundle of clv alone', async () => {
    const home = join(dir, 'home-own');
    const result = run(CRM, ['clv', '--orders', 'orders.csv', '--json'], home);
    expect(result.code, result.stderr).toBe(0);
    // The code cache is kept per bundle: the one saved is that of crm-clv.cjs.
    const bundle = join(ROOT, 'cli', 'dist', 'crm-clv.cjs');
    const expected = cacheFileName(bundle, await readFile(bundle), [], '');
    expect(await readdir(join(home, 'crm-toolkit', 'compile-cache'))).toEqual([expected]);
  });

  it.each([
    ['the --json document', ['clv', '--orders', 'orders.csv', '--json']],
    ['the readable summary', ['clv', '--orders', 'orders.csv']],
    ['an error', ['clv', '--orders', 'missing.csv']],
    ['a wrong option', ['clv', '--orders', 'orders.csv', '--time-unit', 'month']],
    ['the help of a command', ['clv', '--help']],
    ['the help of a subcommand', ['person', 'find', '--help']],
  ])('prints %s as the bundle of every command does', (_case, args) => {
    const own = run(CRM, args, join(dir, 'home-a'));
    const all = run(allOnly, args, join(dir, 'home-b'));
    expect(own).toEqual(all);
    expect(own.stdout.length + own.stderr.length).toBeGreaterThan(0);
  });
});
