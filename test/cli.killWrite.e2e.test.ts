// kill -9 during a write of the BUILT `crm` command: the output file (or, with --in-place, the
// user's own workbook) is afterwards either the previous file byte for byte or the complete new
// one, never empty or cut short. The runs are killed at the moment the first byte of output
// reaches the folder (seen with inotify through fs.watch) and at random moments of the run.
import { type ChildProcess, spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CRM_BIN, runCrm } from './support/crm.ts';

const TODAY = '2026-03-01';
const env = { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'en_US.UTF-8' };

let dir: string;
let input: string;

function crm(args: string[]) {
  const result = runCrm(args, { cwd: dir, env, timeout: 300_000 });
  if (result.status !== 0) throw new Error(`crm ${args.join(' ')} failed: ${result.stderr}`);
  return result;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crm-kill-'));
  // A table big enough that writing the output takes a while (about 1 MB of CSV).
  crm(['demo', '--out-dir', 'demo', '--customers', '3000', '--seed', '11', '--today', TODAY, '--quiet']);
  input = join(dir, 'demo', 'sample-customers.xlsx');
}, 300_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

type KillAt = { kind: 'first-write' } | { kind: 'after'; ms: number };

/**
 * Runs crm with `args`, killing it with SIGKILL at `killAt`: when a file of the output (as
 * `isOutput` tells by name: the file itself or a temporary file for it) is created or changed in
 * `watched`, its folder, or after a delay. Resolves once the process is gone, with
 * whether it was killed before it finished.
 */
function runAndKill(
  args: string[],
  watched: string,
  killAt: KillAt,
  isOutput: (name: string) => boolean,
): Promise<{ killed: boolean }> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, [CRM_BIN, ...args], {
      cwd: dir,
      env,
      stdio: 'ignore',
    });
    const kill = () => child.kill('SIGKILL');
    const watcher =
      killAt.kind === 'first-write'
        ? watch(watched, (_event, name) => {
            if (name !== null && isOutput(name)) kill();
          })
        : null;
    const timer = killAt.kind === 'after' ? setTimeout(kill, killAt.ms) : null;
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      watcher?.close();
      if (timer) clearTimeout(timer);
      resolve({ killed: signal === 'SIGKILL' });
    });
  });
}

/** Moments to kill at: three times when the output is being written, then spread over the run. */
function killMoments(runMs: number, random: () => number): KillAt[] {
  return [
    { kind: 'first-write' },
    { kind: 'first-write' },
    { kind: 'first-write' },
    ...[0.5, 0.8, 0.9, 0.95, 1.0].map((share) => ({
      kind: 'after' as const,
      ms: Math.round(runMs * share * (0.9 + 0.2 * random())),
    })),
  ];
}

/** A small deterministic generator, so a failing moment can be replayed. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('kill -9 while crm writes', () => {
  it('classify --out: the previous output stays whole or the new one is complete, never truncated', async () => {
    const out = join(dir, 'csv-out');
    await rm(out, { recursive: true, force: true });
    await mkdir(out);
    const target = join(out, 'classified.csv');
    const args = (today: string) => [
      'classify',
      '--in',
      input,
      '--today',
      today,
      '--no-clv',
      '--quiet',
      '--out',
      target,
    ];
    // The complete new output, and a different previous one (another day gives other scores).
    const started = Date.now();
    crm(args(TODAY));
    const runMs = Date.now() - started;
    const complete = await readFile(target);
    crm(args('2026-06-30'));
    const previous = await readFile(target);
    expect(previous.equals(complete)).toBe(false);

    const outcomes: string[] = [];
    for (const killAt of killMoments(runMs, seeded(20261124))) {
      await writeFile(target, previous);
      const { killed } = await runAndKill(args(TODAY), out, killAt, (name) =>
        name.includes('classified.csv'),
      );
      const now = await readFile(target);
      const whole = now.equals(previous) ? 'previous' : now.equals(complete) ? 'complete' : null;
      expect(
        whole,
        `${JSON.stringify(killAt)} left ${now.length} bytes (previous ${previous.length}, complete ${complete.length})`,
      ).not.toBeNull();
      outcomes.push(`${killed ? 'killed' : 'finished'}:${whole}`);
    }
    // The first moments are the write itself: at least one run must really have been killed
    // there (a run can finish its write before the signal lands, on a fast disk).
    expect(
      outcomes.slice(0, 3).some((outcome) => outcome.startsWith('killed')),
      outcomes.join(', '),
    ).toBe(true);
    // Left-over temporary files are dot files; the user's file names are untouched.
    expect((await readdir(out)).filter((name) => !name.startsWith('.'))).toEqual(['classified.csv']);
    // A killed run cannot remove its temporary file. The next write of the same file removes
    // those of runs that are gone, once they have been left a minute (as if it had passed).
    const leftOver = (await readdir(out)).filter((name) => name.startsWith('.'));
    expect(leftOver.length).toBeGreaterThan(0);
    const longAgo = new Date(Date.now() - 5 * 60_000);
    for (const name of leftOver) await utimes(join(out, name), longAgo, longAgo);
    crm(args(TODAY));
    expect(await readdir(out)).toEqual(['classified.csv']);
    expect((await readFile(target)).equals(complete)).toBe(true);
  }, 300_000);

  it('classify --in-place: the workbook is the original byte for byte or the complete new one', async () => {
    const work = join(dir, 'in-place');
    await mkdir(work, { recursive: true });
    const book = join(work, 'customers.xlsx');
    const original = await readFile(input);
    const args = ['classify', '--in', book, '--today', TODAY, '--no-clv', '--quiet', '--in-place'];
    for (const killAt of [{ kind: 'first-write' }, { kind: 'first-write' }] as KillAt[]) {
      await copyFile(input, book);
      await rm(`${book}.bak`, { force: true });
      // Killed while the workbook itself is written, after its backup.
      await runAndKill(
        args,
        work,
        killAt,
        (name) => name.includes('customers.xlsx') && !name.includes('.bak'),
      );
      const now = await readFile(book);
      if (!now.equals(original)) {
        // Not the original: then it must be the whole new workbook with the managed columns.
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(now as unknown as ArrayBuffer);
        const header = workbook.worksheets[0]?.getRow(1).values as unknown[];
        expect(header).toContain('Segment');
      }
    }
  }, 300_000);
});
