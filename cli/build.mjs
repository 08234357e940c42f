// Bundles the CLI into one file so `npx crm` starts fast (no TypeScript at run time).
// The workspace core (@crm/shared, TypeScript source) and the packages it needs at every start
// (BUNDLED_PACKAGES) are bundled in; every other package stays external and is loaded from
// node_modules (exceljs lazily, only for .xlsx files).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { build } from 'esbuild';
import { asciiOnly, shiftSourceMap } from '../scripts/asciiOnly.mjs';
import { lazyDefaultExport } from '../scripts/lazyDefaultExport.mjs';

/** @type {import('esbuild').Plugin} */
const externalNpmPackages = {
  name: 'external-npm-packages',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('@crm/') || BUNDLED_PACKAGES.some((name) => isPackage(args.path, name))) {
        return undefined;
      }
      if (LAZY_PACKAGES.has(args.path) && args.namespace !== 'lazy')
        return { path: args.path, namespace: 'lazy' };
      return { path: args.path, external: true };
    });
    // A stand-in whose default export requires the real package the first time it is read.
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, (args) => ({
      contents: lazyDefaultExport(`import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
let real;
const load = () => (real ??= require(${JSON.stringify(args.path)}));`),
      loader: 'js',
    }));
  },
};

/**
 * Packages bundled in rather than loaded from node_modules: ES modules of many small files, which
 * Node's loader resolves and reads one by one at every start (zod 60–90 ms, libphonenumber-js
 * about 50 ms, of a start of 400 ms; @noble/hashes, for the personal-data log, about 7 ms; and
 * opencc-js, whose character table folds traditional Chinese for matching, is ES modules only);
 * and commander, which every command starts with: from node_modules it was found, read and
 * compiled afresh at every start (about 10 ms), while in the bundle its code is in the code cache.
 * Bundled, they are a part of the one file.
 */
const BUNDLED_PACKAGES = ['zod', 'libphonenumber-js', '@noble/hashes', 'opencc-js', 'commander'];

/** Whether an import path names the package `name` or a file of it (zod, zod/v4, libphonenumber-js/core). */
function isPackage(path, name) {
  return path === name || path.startsWith(`${name}/`);
}

/**
 * CommonJS packages (and Node modules) loaded on first use rather than at start-up: the lunar
 * calendar builds its tables when loaded (20–30 ms), which every command paid, though only
 * follow-up planning reads it; the progress bar (15 ms) is drawn only on a terminal, the XML
 * parser (13 ms) and zlib (about 9 ms) serve only .xlsx files, Papa Parse (15–20 ms with the
 * scan of its exports Node makes for an ES module importing it) only CSV files, and chardet only
 * CSV files that are not UTF-8. Of Node's own modules, worker_threads (3-4 ms) serves only large
 * orders files and .xlsx output, and v8 (about 3 ms) only the memory guard of large tables. Their
 * code imports the default export (the CommonJS module object).
 */
const LAZY_PACKAGES = new Set([
  'lunar-javascript',
  'cli-progress',
  'saxes',
  'node:zlib',
  'node:worker_threads',
  'node:v8',
  'papaparse',
  'chardet',
]);

// Three entry points, each bundled whole: the CLI; the worker thread that reads a large orders
// file while the CLI reads the customers (src/files/ordersWorker.ts, found beside the CLI); and
// what bin/crm.js runs first (src/launch/youngGeneration.ts), which starts the CLI in a node with
// larger semi-spaces for a large input, and runs it with V8's code cache (src/launch/compileCache.ts).
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  plugins: [externalNpmPackages],
  sourcemap: true,
  logLevel: 'warning',
};
const dist = new URL('./dist', import.meta.url).pathname;
const src = new URL('./src', import.meta.url).pathname;

/**
 * The commands of the CLI, read from main.ts, which registers each with a line
 * `import { clvCommand } from './commands/clv.ts';`: the command `clv` is made by `clvCommand`.
 */
const COMMANDS = [
  ...readFileSync(`${src}/main.ts`, 'utf8').matchAll(
    /^import \{ (\w+) \} from '\.\/commands\/([a-z]+)\.ts';$/gm,
  ),
].map(([, make, name]) => ({ name, make }));
if (COMMANDS.length === 0) throw new Error('build.mjs: no command imports found in src/main.ts');

const COMMAND_ENTRY = 'crm-command:';

/**
 * The entry point of a bundle of one command: main.ts with that command alone.
 * @type {import('esbuild').Plugin}
 */
const commandEntries = {
  name: 'command-entries',
  setup(b) {
    b.onResolve({ filter: new RegExp(`^${COMMAND_ENTRY}`) }, (args) => ({
      path: args.path.slice(COMMAND_ENTRY.length),
      namespace: 'command-entry',
    }));
    b.onLoad({ filter: /.*/, namespace: 'command-entry' }, (args) => {
      const { name, make } = COMMANDS.find((command) => command.name === args.path);
      return {
        contents: `import './files/startOrdersWorker.ts';
import { ${make} } from './commands/${name}.ts';
import { runCli } from './runCli.ts';
runCli([${make}]);
`,
        resolveDir: src,
        loader: 'ts',
      };
    });
  },
};
// Built afresh: a file an older build made and this one does not (dist/launch.js) must not linger.
rmSync(dist, { recursive: true, force: true });

/**
 * Builds one entry point and writes its files made ASCII (scripts/asciiOnly.mjs): the CLI reads
 * its bundle at every start, and Node decodes a file with any non-ASCII character in it (Chinese
 * in the patterns and comments esbuild leaves raw) into a two-byte string, twice the size and
 * slower to read (12 ms against 6 ms for crm.cjs). Lines keep their numbers, and the source map's
 * columns follow the escapes. Fails, naming the file, line and character, on a non-ASCII
 * character anywhere but a pattern, a String.raw template or a comment. Parsing the bundle to
 * find those adds about 1.5 s to the build.
 * @param {import('esbuild').BuildOptions} options
 */
async function buildAscii(options) {
  const { outputFiles } = await build({ ...options, write: false });
  const maps = new Map(outputFiles.filter((f) => f.path.endsWith('.map')).map((f) => [f.path, f.text]));
  mkdirSync(dist, { recursive: true });
  for (const output of outputFiles) {
    if (output.path.endsWith('.map')) continue;
    const sourceType = options.format === 'esm' ? 'module' : 'script';
    const { code, edits } = asciiOnly(output.text, {
      file: relative(process.cwd(), output.path),
      sourceType,
    });
    writeFileSync(output.path, code);
    const map = maps.get(`${output.path}.map`);
    if (map !== undefined) writeFileSync(`${output.path}.map`, shiftSourceMap(map, output.text, edits));
  }
}

await buildAscii({
  ...common,
  entryPoints: { ordersWorker: new URL('./src/files/ordersWorker.ts', import.meta.url).pathname },
  outdir: dist,
  format: 'esm',
});

// The launcher as CommonJS, required by bin/crm.js (CommonJS too: see there).
await buildAscii({
  ...common,
  entryPoints: { launch: new URL('./src/launch/youngGeneration.ts', import.meta.url).pathname },
  outdir: dist,
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
});

// The CLI as CommonJS, as Node 20 keeps a code cache only for scripts run through node:vm. Its
// import.meta.url (to find the worker and packages beside it) becomes the file's URL, and import()
// of an external package a require: a script run by node:vm has no module loader of its own.
//
// Beside it, a bundle of each command alone (crm-clv.cjs, …), which the launcher runs for a command
// line that starts with the command's name (src/launch/commandBundle.ts): esbuild leaves out what
// that command does not use, so less is read, compiled and evaluated at start. `crm clv` on the
// CDNOW master file started from a bundle of 0.7 MB instead of 1.8 MB and used about 5 % less CPU.
await buildAscii({
  ...common,
  plugins: [commandEntries, ...common.plugins],
  entryPoints: {
    crm: new URL('./src/main.ts', import.meta.url).pathname,
    ...Object.fromEntries(COMMANDS.map(({ name }) => [`crm-${name}`, `${COMMAND_ENTRY}${name}`])),
  },
  outdir: dist,
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  define: { 'import.meta.url': '__crmFileUrl' },
  banner: { js: '"use strict";\nconst __crmFileUrl = require("node:url").pathToFileURL(__filename).href;' },
  supported: { 'dynamic-import': false },
});
