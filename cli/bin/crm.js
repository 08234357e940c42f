#!/usr/bin/env node
// Thin launcher: the CLI is bundled by `npm run build` (run automatically by `npm ci`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = new URL('../dist/crm.js', import.meta.url);
if (!existsSync(fileURLToPath(bundle))) {
  process.stderr.write(
    'crm: the CLI is not built yet. Run `npm ci` (or `npm run build`) at the repository root.\n',
  );
  process.exit(2);
}
await import(bundle.href);
