// Builds the CLI bundle and the add-on once, before any test file runs. Test files must not
// rebuild them: vitest runs files in parallel, and a file rebuilding cli/dist while another
// runs it makes both flaky.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export default function buildOnce(): void {
  // For an e2e file that needs neither (the extension builds its own), while someone else is
  // building them: CRM_SKIP_BUILD=1 npx vitest run --project e2e test/extension.e2e.test.ts
  if (process.env.CRM_SKIP_BUILD === '1') return;

  const root = join(import.meta.dirname, '..', '..');
  for (const script of ['cli/build.mjs', 'sheets-addon/build.mjs']) {
    execFileSync(process.execPath, [script], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  }
}
