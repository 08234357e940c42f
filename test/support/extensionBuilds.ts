// The extension's builds for the e2e files (see extension/src/packaging/buildFlavours.ts), each
// rebuilt only when a source is newer. Vitest runs test files in parallel and Plasmo can only
// build one at a time (its .plasmo cache is shared), so a build takes a lock folder first: a
// second file waits for the first file's build and then finds it fresh.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');
const extensionDir = join(root, 'extension');

export const EXTENSION_BUILDS = {
  test: { script: 'build:test', dir: join(extensionDir, 'build', 'chrome-mv3-test') },
  prod: { script: 'build', dir: join(extensionDir, 'build', 'chrome-mv3-prod') },
  firefox: { script: 'build:firefox', dir: join(extensionDir, 'build', 'firefox-mv3-prod') },
} as const;
export type ExtensionBuild = keyof typeof EXTENSION_BUILDS;

const LOCK = join(extensionDir, 'build', '.e2e-build-lock');
/** A lock older than this was left by a test run that died; builds take well under a minute. */
const STALE_LOCK_MS = 5 * 60_000;

/** Newest modification time under a folder (sources the build depends on). */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

function isFresh(dir: string): boolean {
  const built = existsSync(join(dir, 'extractor.js')) ? statSync(join(dir, 'manifest.json')).mtimeMs : 0;
  const sources = Math.max(
    ...['src', 'locales', 'assets', 'package.json', 'scripts'].map((p) => newest(join(extensionDir, p))),
    newest(join(root, 'shared', 'src')),
  );
  return built >= sources;
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function withLock<T>(task: () => T): T {
  mkdirSync(join(extensionDir, 'build'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > STALE_LOCK_MS)
        rmSync(LOCK, { recursive: true, force: true });
      else sleep(500);
    }
  }
  try {
    return task();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/** The build's folder, built first when any source is newer than it. */
export function ensureExtensionBuild(which: ExtensionBuild): string {
  const { script, dir } = EXTENSION_BUILDS[which];
  if (isFresh(dir)) return dir;
  return withLock(() => {
    if (!isFresh(dir)) execSync(`npm run ${script} -w extension`, { cwd: root, stdio: 'pipe' });
    return dir;
  });
}
