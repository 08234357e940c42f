// The built `crm` command (cli/bin/crm.js, made by `node cli/build.mjs`) run as a user's shell
// runs it: a child node process, its exit status and everything it printed.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const CRM_BIN = join(import.meta.dirname, '..', '..', 'cli', 'bin', 'crm.js');

export interface CrmOptions {
  /** The folder the command runs in (relative paths in `args` are read from there). */
  cwd?: string;
  /** Variables set over this process's environment (one set to undefined is left out, as Node does). */
  env?: NodeJS.ProcessEnv;
  /** Milliseconds before the command is killed (its status is then null). */
  timeout?: number;
}

export interface CrmRun {
  /** The exit status; null when a signal ended the command. */
  status: number | null;
  stdout: string;
  stderr: string;
}

/** A system whose locale is `lang` (zh_CN.UTF-8, en_US.UTF-8): LANG alone decides the language. */
export const systemLocale = (lang: string): NodeJS.ProcessEnv => ({
  LC_ALL: '',
  LC_MESSAGES: '',
  LANG: lang,
});

const DEFAULT_TIMEOUT_MS = 120_000;
// A --json answer on a large file runs to several MB, above Node's 1 MB default.
const MAX_OUTPUT_BYTES = 256 * 1024 * 1024;

/** Runs the CLI and waits for it, blocking this process. */
export function runCrm(args: readonly string[], options: CrmOptions = {}): CrmRun {
  const result = spawnSync(process.execPath, [CRM_BIN, ...args], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    encoding: 'utf8',
    timeout: options.timeout ?? DEFAULT_TIMEOUT_MS,
    maxBuffer: MAX_OUTPUT_BYTES,
  });
  if (result.error && result.status === null && result.signal === null) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Runs the CLI without blocking this process: for tests whose REST double, served from this
 * process, answers the command's requests (a blocking run would wait for itself).
 */
export function runCrmAsync(args: readonly string[], options: CrmOptions = {}): Promise<CrmRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CRM_BIN, ...args], {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      timeout: options.timeout ?? DEFAULT_TIMEOUT_MS,
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (status) =>
      resolve({
        status,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      }),
    );
  });
}
