// `npm run bench`: runs every bench/*.bench.ts in turn (each exports `run()`), or only those whose
// file name contains one of the command-line words (`npm run bench -- core`). Each file runs in
// its own node process, so one bench's heap, RSS and JIT state do not colour the next one's.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

interface BenchModule {
  run: () => Promise<void> | void;
}

const here = dirname(fileURLToPath(import.meta.url));
const CHILD_FLAG = '--bench-file';

async function runOne(file: string): Promise<void> {
  const module = (await import(pathToFileURL(join(here, file)).href)) as Partial<BenchModule>;
  if (typeof module.run !== 'function') {
    process.stdout.write(`(skipped: ${file} exports no run())\n`);
    return;
  }
  await module.run();
}

function runAll(filters: string[]): void {
  const files = readdirSync(here)
    .filter((file) => file.endsWith('.bench.ts'))
    .filter((file) => filters.length === 0 || filters.some((word) => file.includes(word)))
    .sort();
  if (files.length === 0) process.stdout.write(`No bench/*.bench.ts matches ${filters.join(' ')}\n`);
  process.stdout.write(`node ${process.version}, ${process.platform}/${process.arch}\n`);
  for (const file of files) {
    const started = performance.now();
    process.stdout.write(`\n=== ${file} ===\n`);
    // Same node flags (--expose-gc, --import tsx) as this process.
    const child = spawnSync(
      process.execPath,
      [...process.execArgv, fileURLToPath(import.meta.url), CHILD_FLAG, file],
      {
        stdio: 'inherit',
      },
    );
    if (child.status !== 0) {
      // A crash is a real failure (unlike a missed target, which only prints MISS).
      process.stdout.write(`FAILED ${file} (exit ${child.status ?? child.signal})\n`);
      process.exitCode = 1;
      continue;
    }
    process.stdout.write(`=== ${file}: ${((performance.now() - started) / 1000).toFixed(1)} s ===\n`);
  }
}

const args = process.argv.slice(2);
const childIndex = args.indexOf(CHILD_FLAG);
if (childIndex >= 0) await runOne(basename(args[childIndex + 1] ?? ''));
else runAll(args);
