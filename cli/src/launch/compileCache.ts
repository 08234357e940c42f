// Runs the CLI bundle with V8's code cache. Compiling the 1.4 MB bundle took about a quarter of a
// short command's CPU (48 ms of `crm --version`'s 160 ms profile, and of a `crm clv` run on CDNOW
// it is as much as the JSON output). Node 22 keeps such a cache itself
// (module.enableCompileCache); Node 20 offers it only to scripts compiled through node:vm. So the
// bundle is built as CommonJS, run here in the module wrapper Node would give it, and the code V8
// compiled for it is kept in the user's cache directory for the next start.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { Script } from 'node:vm';

/**
 * The directory for the cache: crm-toolkit/compile-cache under $XDG_CACHE_HOME, or under
 * ~/.cache. It is the user's own: V8 runs what it finds there, so it is never a shared
 * directory such as /tmp. Null, for no cache, with NODE_DISABLE_COMPILE_CACHE set (Node's own
 * switch for its cache) or without a home directory.
 */
export function compileCacheDir(
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string | null {
  if (env.NODE_DISABLE_COMPILE_CACHE) return null;
  const xdg = env.XDG_CACHE_HOME;
  const base = xdg !== undefined && isAbsolute(xdg) ? xdg : home !== '' ? join(home, '.cache') : null;
  return base === null ? null : join(base, 'crm-toolkit', 'compile-cache');
}

/**
 * The cache file's name: which bundle, for which node (version, architecture and flags, on its
 * command line or in NODE_OPTIONS: V8 refuses data made under other flags, and runs with and
 * without --max-old-space-size would otherwise replace each other's file), then the bundle's
 * content. V8 checks the source only by its length, so a rebuilt bundle of the same length must
 * not find the old file: the content hash sees to that. The part before the dash names the
 * install and node; an older file of that part is removed when a new one is saved.
 */
export function cacheFileName(
  bundle: string,
  source: string | Uint8Array,
  execArgv: readonly string[] = process.execArgv,
  nodeOptions: string = process.env.NODE_OPTIONS ?? '',
): string {
  const where = [bundle, process.version, process.arch, ...execArgv, nodeOptions.trim()].join('\0');
  return `${digest(where)}-${digest(source)}.bin`;
}

/** SHA-256 of text (as UTF-8) or bytes, cut to 16 hex digits. */
const digest = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex').slice(0, 16);

/**
 * Runs the CommonJS file `bundle` in this process as Node would run it (the same module wrapper,
 * `require` relative to it, strict if it says so), with the code cache in `cacheDir`.
 *
 * When there was no cache, or V8 refused it (another node, a damaged file), the code compiled by
 * the end of the run is saved as the process exits: the top level and every function that run
 * called. So the first run decides what the cache holds; a function it did not call is compiled
 * when first called, as without a cache (a cache saved by `crm --version` was 929 KB, by
 * `crm clv` 1,001 KB: the top level is most of it). Saving is best effort: a directory that
 * cannot be written means no cache, never a failed command. The cache holds compiled code of the
 * bundle's source only, none of the data a run reads.
 */
export function runWithCompileCache(bundle: string, cacheDir: string | null = compileCacheDir()): void {
  // Hashed as read: as a string it would be encoded to UTF-8 again only to be hashed. The build
  // keeps the bundle ASCII (scripts/asciiOnly.mjs), so the string is one byte a character: half
  // the memory of a two-byte one, and decoded in half the time.
  const bytes = readFileSync(bundle);
  const source = bytes.toString('utf8');
  const cacheFile = cacheDir === null ? null : join(cacheDir, cacheFileName(bundle, bytes));
  const cachedData = cacheFile === null ? undefined : readCache(cacheFile);
  // On the wrapper's first line, so that every line of the bundle keeps its number in stack traces.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: bundle,
    cachedData,
  });
  if (cacheFile !== null && (cachedData === undefined || script.cachedDataRejected)) {
    process.once('exit', () => saveCache(cacheFile, script));
  }
  const wrapper = script.runInThisContext() as (
    exports: object,
    require: NodeJS.Require,
    module: { exports: object },
    filename: string,
    dirname: string,
  ) => void;
  const module = { exports: {} };
  wrapper.call(module.exports, module.exports, createRequire(bundle), module, bundle, dirname(bundle));
}

function readCache(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Saves the script's code cache as `cacheFile` (written whole, then renamed), and drops older ones. */
function saveCache(cacheFile: string, script: Script): void {
  const dir = dirname(cacheFile);
  const name = basename(cacheFile);
  const temporary = `${cacheFile}.${process.pid}.tmp`;
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    writeFileSync(temporary, script.createCachedData(), { mode: 0o600 });
    renameSync(temporary, cacheFile);
    const install = name.slice(0, name.indexOf('-') + 1);
    for (const file of readdirSync(dir)) {
      if (file !== name && file.startsWith(install) && file.endsWith('.bin'))
        rmSync(join(dir, file), { force: true });
    }
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Not even the temporary file's directory is there (a file stands where it would be).
    }
  }
}
