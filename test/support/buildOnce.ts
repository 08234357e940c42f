// Builds the CLI bundle and the add-on once, before any test file runs. Test files must not
// rebuild them: vitest runs files in parallel, and a file rebuilding cli/dist while another
// runs it makes both flaky.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export default function buildOnce(): void {
  const root = join(import.meta.dirname, '..', '..');
  for (const script of ['cli/build.mjs', 'sheets-addon/build.mjs']) {
    execFileSync(process.execPath, [script], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  }
}
