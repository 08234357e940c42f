#!/usr/bin/env node
// Thin launcher: the CLI is bundled by `npm run build` (run automatically by `npm ci`).
// dist/launch.cjs runs the bundle here, or for a large input in a node of its own (see
// src/launch/youngGeneration.ts). This file and the launcher are CommonJS (bin/package.json):
// a command whose first module is an ES module starts Node's ES module loader, about 10 ms of
// every start, though the bundle it runs is CommonJS.
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const bundle = join(__dirname, '..', 'dist', 'crm.cjs');
const launch = join(__dirname, '..', 'dist', 'launch.cjs');
if (!existsSync(bundle) || !existsSync(launch)) {
  process.stderr.write(
    'crm: the CLI is not built yet. Run `npm ci` (or `npm run build`) at the repository root.\n',
  );
  process.exit(2);
}
require(launch).startCli(__filename, bundle);
