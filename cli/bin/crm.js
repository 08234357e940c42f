#!/usr/bin/env node
// Thin launcher: the CLI is bundled by `npm run build` (run automatically by `npm ci`).
// dist/launch.js runs the bundle here, or for a large input in a node of its own (see
// src/launch/youngGeneration.ts).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = new URL('../dist/crm.cjs', import.meta.url);
const launch = new URL('../dist/launch.js', import.meta.url);
if (!existsSync(fileURLToPath(bundle)) || !existsSync(fileURLToPath(launch))) {
  process.stderr.write(
    'crm: the CLI is not built yet. Run `npm ci` (or `npm run build`) at the repository root.\n',
  );
  process.exit(2);
}
const { startCli } = await import(launch.href);
await startCli(fileURLToPath(import.meta.url), bundle);
