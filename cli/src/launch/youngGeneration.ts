// The node that runs `crm` on a large table. Reading and classifying a table allocates a great
// many short-lived values on the main thread (a cell's text, a row's parts, a task's fields):
// about 10 KB per customer. V8 collects them in its young generation, whose semi-spaces are 16 MB
// by default; at 1M customers that is some 640 collections, 5 s of a 36 s run. With 32 MB
// semi-spaces the same run took 3-4 s less at the same peak memory (64 MB saved 5 s but peaked
// 150 MB higher), while at 100k customers, where the main thread waits for the orders thread,
// it gained nothing and held 30-60 MB more. V8 sizes the young generation when the process
// starts, so for inputs this large the launcher starts the CLI again in a node given larger
// semi-spaces.
//
// That node also collects garbage on the thread that made it (--single-threaded-gc). The run
// already keeps two threads busy (the customers on the main thread, the orders on a worker), and
// V8's helper threads for parallel and concurrent collection had no core of their own to run on:
// on this 2-core machine a million customers took 16 % less CPU and 3 % less time single-threaded
// (31.3 s of CPU and 23.1 s against 36.7 s and 23.7 s, medians of three pairs), and 20 % less
// time with other work on the machine, at the same peak memory.
import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { commandBundle } from './commandBundle.ts';
import { runWithCompileCache } from './compileCache.ts';

/** Input files of this many bytes in all (about 550,000 customers with their orders) or more. */
export const LARGE_INPUT_BYTES = 192 * 1024 * 1024;
export const SEMI_SPACE_MB = 32;

/** The node flags for a large input (see above). */
export const LARGE_INPUT_FLAGS: readonly string[] = [
  `--max-semi-space-size=${SEMI_SPACE_MB}`,
  '--single-threaded-gc',
];

const SEMI_SPACE_FLAG = /^--(?:max|min)-semi-space-size(?:=|$)/;

/**
 * The node flags to run the CLI with, given its arguments: none when they name no large input
 * or the node was already given a semi-space size (on its command line or in NODE_OPTIONS).
 * `sizeOf` gives a path's size in bytes (0 for anything but an existing file).
 */
export function youngGenerationFlags(
  args: readonly string[],
  execArgv: readonly string[],
  nodeOptions: string | undefined,
  sizeOf: (path: string) => number = fileSize,
): string[] {
  const given = [...execArgv, ...(nodeOptions ?? '').split(/\s+/)];
  if (given.some((flag) => SEMI_SPACE_FLAG.test(flag))) return [];
  let bytes = 0;
  for (const arg of args) {
    // --in=customers.csv as well as --in customers.csv
    const equals = arg.startsWith('--') ? arg.indexOf('=') : -1;
    bytes += sizeOf(equals === -1 ? arg : arg.slice(equals + 1));
  }
  return bytes >= LARGE_INPUT_BYTES ? [...LARGE_INPUT_FLAGS] : [];
}

function fileSize(path: string): number {
  if (path === '' || path.startsWith('-')) return 0;
  try {
    const stat = statSync(path, { throwIfNoEntry: false });
    return stat?.isFile() ? stat.size : 0;
  } catch {
    return 0;
  }
}

const FORWARDED_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** Set by relaunch for the new node: the launcher's process id. */
const RELAUNCHED_BY = 'CRM_RELAUNCHED_BY';

/**
 * Runs `script` with `args` in a new node given `flags` (and this node's own flags), sharing
 * this process's terminal, and ends this process as the new one ends: with its exit code, or by
 * the signal that ended it. Signals sent to this process alone are passed on. Resolves false,
 * having started nothing, when the new process cannot be started.
 */
export function relaunch(
  script: string,
  args: readonly string[],
  flags: readonly string[],
): Promise<boolean> {
  return new Promise((resolve) => {
    // A channel to the new node, so that it can tell when this process is gone (see
    // followLauncher); the terminal is shared as before.
    const child = spawn(process.execPath, [...process.execArgv, ...flags, script, ...args], {
      stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
      env: { ...process.env, [RELAUNCHED_BY]: String(process.pid) },
    });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    const stopForwarding = () => {
      for (const name of FORWARDED_SIGNALS) process.off(name, forward);
    };
    child.once('error', () => {
      stopForwarding();
      resolve(false);
    });
    child.once('spawn', () => {
      for (const name of FORWARDED_SIGNALS) process.on(name, forward);
      resolve(true);
    });
    child.once('exit', (code, signal) => {
      stopForwarding();
      if (signal !== null) process.kill(process.pid, signal);
      else process.exitCode = code ?? 1;
    });
  });
}

/**
 * Runs the CLI bundle at `bundle` (or the bundle of the command the arguments name, see
 * commandBundle.ts) in this process, with V8's code cache (compileCache.ts); or, for a large
 * input, the launcher at `launcher` again in a node with larger semi-spaces (which then runs the
 * bundle).
 */
export async function startCli(launcher: string, bundle: string): Promise<void> {
  const args = process.argv.slice(2);
  const flags = youngGenerationFlags(args, process.execArgv, process.env.NODE_OPTIONS);
  if (flags.length > 0 && (await relaunch(launcher, args, flags))) return;
  followLauncher();
  runWithCompileCache(commandBundle(bundle, args));
}

/**
 * In the CLI's second node: ends it by SIGTERM, as if the launcher had passed one on, once the
 * launcher is gone without it. The launcher passes on the signals it can catch and waits for the
 * CLI, so it is gone first only when killed by one it cannot (kill -9, the out-of-memory killer);
 * the CLI would then run on unseen and write its output after the user had stopped it. The
 * channel closing tells; it is read between the CLI's steps, so at the latest before the next
 * piece of a file is written. A node started by anything else is left as it is.
 */
function followLauncher(): void {
  const launcher = process.env[RELAUNCHED_BY];
  delete process.env[RELAUNCHED_BY];
  const channel = process.channel;
  if (launcher === undefined || launcher !== String(process.ppid) || channel === undefined) return;
  // The channel must not keep the CLI alive once its work is done.
  channel.unref();
  process.once('disconnect', () => process.kill(process.pid, 'SIGTERM'));
}
