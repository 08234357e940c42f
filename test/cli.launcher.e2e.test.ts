// The `crm` launcher (cli/bin/crm.js) as a user's shell runs it. On inputs of LARGE_INPUT_BYTES
// or more it runs the CLI in a second node with larger young-generation semi-spaces; the user
// must not tell the difference: the same arguments, terminal, output, exit code, and death by the
// same signal. A copy of the launcher runs a probe in place of the bundle, to see from inside
// what the CLI was given (with the built dist/launch.cjs); the last case runs the real bundle.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LARGE_INPUT_BYTES, LARGE_INPUT_FLAGS, SEMI_SPACE_MB } from '../cli/src/launch/youngGeneration.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FLAG = `--max-semi-space-size=${SEMI_SPACE_MB}`;
const env = { ...process.env, NODE_OPTIONS: '' };

// Tells what it was started with, then does what PROBE asks: exit with a code, die by a signal,
// or wait for SIGTERM and say so.
const PROBE = `
process.stdout.write(JSON.stringify({
  pid: process.pid,
  ppid: process.ppid,
  execArgv: process.execArgv,
  args: process.argv.slice(2),
}) + '\\n');
process.stderr.write('probe on stderr\\n');
const [what, value] = (process.env.PROBE ?? 'exit:0').split(':');
if (what === 'exit') process.exitCode = Number(value);
if (what === 'signal') process.kill(process.pid, value);
if (what === 'wait') {
  process.on('SIGTERM', () => { process.stdout.write('probe got SIGTERM\\n'); process.exit(7); });
  setTimeout(() => {}, 60_000);
}
`;

let dir: string;
let launcher: string;
let big: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crm-launcher-'));
  await mkdir(join(dir, 'bin'));
  await mkdir(join(dir, 'dist'));
  await copyFile(join(ROOT, 'cli', 'bin', 'crm.js'), join(dir, 'bin', 'crm.js'));
  await copyFile(join(ROOT, 'cli', 'bin', 'package.json'), join(dir, 'bin', 'package.json'));
  await copyFile(join(ROOT, 'cli', 'dist', 'launch.cjs'), join(dir, 'dist', 'launch.cjs'));
  await writeFile(join(dir, 'dist', 'crm.cjs'), PROBE);
  await writeFile(join(dir, 'package.json'), '{"type":"module"}');
  launcher = join(dir, 'bin', 'crm.js');
  // Sparse: as large as a 550,000-customer table to the launcher, nothing on disk.
  big = join(dir, '客户 2026.csv');
  await writeFile(big, '');
  await truncate(big, LARGE_INPUT_BYTES);
  await writeFile(join(dir, 'small.csv'), 'id\n1\n');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

type Probe = { pid: number; ppid: number; execArgv: string[]; args: string[] };

/** The launcher on the large input, its CLI (the probe) waiting for a signal; stdout piped. */
function startWaiting(): ChildProcess {
  return spawn(process.execPath, [launcher, 'classify', '--in', big], {
    cwd: dir,
    env: { ...env, PROBE: 'wait' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function run(args: string[], probe = 'exit:0', nodeOptions = '') {
  const result = spawnSync(process.execPath, [launcher, ...args], {
    cwd: dir,
    env: { ...env, PROBE: probe, NODE_OPTIONS: nodeOptions },
    encoding: 'utf8',
    timeout: 30_000,
  });
  const lines = result.stdout.split('\n').filter(Boolean);
  return { ...result, probe: JSON.parse(lines[0] ?? 'null') as Probe | null, lines };
}

describe('crm launcher', () => {
  it('runs the CLI in its own process when the input is small', () => {
    const result = run(['classify', '--in', 'small.csv', '--lang', 'zh']);
    expect(result.status).toBe(0);
    expect(result.probe?.execArgv).not.toContain(FLAG);
    expect(result.probe?.pid).toBe(result.pid);
    expect(result.probe?.args).toEqual(['classify', '--in', 'small.csv', '--lang', 'zh']);
  });

  it('runs the CLI in a node with larger semi-spaces when the input is large, with the same arguments and output', () => {
    const args = [
      'classify',
      '--in',
      '客户 2026.csv',
      '--out=结果 (1).csv',
      '--lang',
      'zh',
      '--today',
      '2026-03-05',
    ];
    const result = run(args);
    expect(result.status).toBe(0);
    expect(result.probe?.execArgv).toEqual([...LARGE_INPUT_FLAGS]);
    expect(result.probe?.ppid).toBe(result.pid);
    expect(result.probe?.args).toEqual(args);
    expect(result.stderr).toBe('probe on stderr\n');
    expect(result.lines).toHaveLength(1);
  });

  it('passes its own node flags on', () => {
    const result = spawnSync(
      process.execPath,
      ['--max-old-space-size=3000', launcher, 'report', '--in', big],
      {
        cwd: dir,
        env,
        encoding: 'utf8',
      },
    );
    expect(JSON.parse(result.stdout.split('\n')[0] ?? '').execArgv).toEqual([
      '--max-old-space-size=3000',
      ...LARGE_INPUT_FLAGS,
    ]);
  });

  it('leaves a semi-space size given in NODE_OPTIONS alone', () => {
    const result = run(['classify', '--in', big], 'exit:0', '--max-semi-space-size=16');
    expect(result.probe?.pid).toBe(result.pid);
    expect(result.probe?.execArgv).not.toContain(FLAG);
  });

  it.each([0, 1, 2, 70])('ends with the exit code %i of the CLI', (code) => {
    const result = run(['classify', '--in', big], `exit:${code}`);
    expect(result.probe?.ppid).toBe(result.pid);
    expect(result.status).toBe(code);
    expect(result.signal).toBeNull();
  });

  it.each(['SIGTERM', 'SIGINT', 'SIGKILL'])('dies by %s when the CLI does', (signal) => {
    const result = run(['classify', '--in', big], `signal:${signal}`);
    expect(result.probe?.ppid).toBe(result.pid);
    expect(result.status).toBeNull();
    expect(result.signal).toBe(signal);
  });

  it('passes a SIGTERM sent to it alone on to the CLI, and ends as the CLI does', async () => {
    const child = startWaiting();
    let stdout = '';
    const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.once('exit', (code, signal) => resolve({ code, signal })),
    );
    child.stdout?.on('data', (data: Buffer) => {
      stdout += data.toString();
      // The probe has started (it prints before it listens, within the same turn).
      if (stdout.includes('\n') && !stdout.includes('sent')) {
        stdout += 'sent\n';
        setTimeout(() => child.kill('SIGTERM'), 200);
      }
    });
    const { code, signal } = await ended;
    expect(stdout).toContain('probe got SIGTERM');
    expect({ code, signal }).toEqual({ code: 7, signal: null });
  });

  it('stops the CLI when it is itself killed by a signal it cannot pass on (SIGKILL)', async () => {
    const child = startWaiting();
    let stdout = '';
    let probe: Probe | null = null;
    const launcherGone = new Promise<NodeJS.Signals | null>((resolve) =>
      child.once('exit', (_code, signal) => resolve(signal)),
    );
    // The CLI's stdout is the launcher's pipe: it outlives the launcher, and ends with the CLI.
    const cliGone = new Promise<void>((resolve) => child.stdout?.once('end', () => resolve()));
    child.stdout?.on('data', (data: Buffer) => {
      stdout += data.toString();
      if (probe === null && stdout.includes('\n')) {
        probe = JSON.parse(stdout.split('\n')[0] ?? '') as Probe;
        setTimeout(() => child.kill('SIGKILL'), 200);
      }
    });
    expect(await launcherGone).toBe('SIGKILL');
    // Left running, the probe would wait a minute; the CLI of a real run would go on to write.
    await cliGone;
    expect(stdout).toContain('probe got SIGTERM');
    // Gone, once whoever adopted it has reaped it.
    const cliPid = (probe as Probe | null)?.pid ?? 0;
    expect(cliPid).toBeGreaterThan(0);
    await expect.poll(() => isRunning(cliPid), { timeout: 5_000 }).toBe(false);
  }, 20_000);
});

describe('crm launcher with the real CLI', () => {
  it('gives the CLI’s own message once, in the user’s language, whether or not it starts a second node', () => {
    const args = [
      'classify',
      '--in',
      big,
      '--today',
      '2025-13-45',
      '--no-clv',
      '--out',
      join(dir, 'out.csv'),
    ];
    const crm = join(ROOT, 'cli', 'bin', 'crm.js');
    for (const lang of ['zh', 'en']) {
      const relaunched = spawnSync(process.execPath, [crm, ...args, '--lang', lang], {
        env,
        encoding: 'utf8',
      });
      const direct = spawnSync(process.execPath, ['--max-semi-space-size=16', crm, ...args, '--lang', lang], {
        env,
        encoding: 'utf8',
      });
      expect(relaunched.status).toBe(1);
      expect(relaunched.stderr).toContain('2025-13-45');
      expect(relaunched.stderr.split('\n').filter(Boolean)).toHaveLength(1);
      expect({ status: relaunched.status, stdout: relaunched.stdout, stderr: relaunched.stderr }).toEqual({
        status: direct.status,
        stdout: direct.stdout,
        stderr: direct.stderr,
      });
    }
  });
});
