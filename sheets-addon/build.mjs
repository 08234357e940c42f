// Builds the add-on into dist/ exactly as clasp pushes it:
//   dist/Code.js          the server bundle: an IIFE (`var AddonServer = …`) plus one top-level
//                         `function name(...args)` per export of src/server/index.ts, since Apps
//                         Script only sees top-level function declarations;
//   dist/Sidebar.html     the React sidebar, one self-contained file (no network script or style);
//   dist/appsscript.json  the manifest (V8, narrow OAuth scopes).
// `node build.mjs --server` skips the sidebar (fast rebuilds of Code.js).
import { copyFileSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { lazyDefaultExport } from '../scripts/lazyDefaultExport.mjs';

// Always a production build, whoever calls it (vitest runs with NODE_ENV=test, which would give
// React's development bundle: larger, slower, and noisy in the console).
process.env.NODE_ENV = 'production';

const root = dirname(fileURLToPath(import.meta.url));
const dist = join(root, 'dist');
const serverEntry = join(root, 'src/server/index.ts');
mkdirSync(dist, { recursive: true });

/** Names exported by the server surface, read from esbuild's metafile (not guessed by regex). */
async function exportedNames() {
  const result = await build({
    entryPoints: [serverEntry],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    outfile: 'surface.js',
    metafile: true,
    logLevel: 'silent',
  });
  const output = Object.values(result.metafile.outputs).find((o) => o.entryPoint);
  return output?.exports ?? [];
}

/**
 * Heavy tables loaded on first use instead of on every execution: Apps Script compiles and runs
 * the whole of Code.js for every menu click, sidebar call and trigger, and the lunar calendar
 * (a UMD module that builds its tables when loaded) and the phone metadata are the bulk of it,
 * yet opening the sidebar or the menu needs neither. Each becomes a small module whose default
 * export fetches the real one the first time a property is read: the calendar through a
 * require() the bundler keeps lazy, the metadata as a JSON string parsed then (JSON.parse reads
 * data faster than the same data written as a JavaScript object).
 * https://v8.dev/blog/cost-of-javascript-2019#json
 */
const LAZY_MODULES = /^(lunar-javascript|libphonenumber-js\/metadata\.max\.json)$/;

const lazyHeavyModules = {
  name: 'lazy-heavy-modules',
  setup(build) {
    build.onResolve({ filter: LAZY_MODULES }, async (args) => {
      if (args.pluginData?.real) return undefined;
      const real = await build.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        pluginData: { real: true },
      });
      return { path: real.path, namespace: 'lazy' };
    });
    build.onLoad({ filter: /.*/, namespace: 'lazy' }, (args) => {
      // libphonenumber-js resolves its .json to a .json.js module beside the plain JSON file.
      const json = args.path.replace(/\.json\.js$/, '.json');
      const load = json.endsWith('.json')
        ? `let data; const load = () => (data ??= JSON.parse(${JSON.stringify(readFileSync(json, 'utf8'))}));`
        : `let data; const load = () => (data ??= require(${JSON.stringify(args.path)}));`;
      return {
        contents: lazyDefaultExport(load),
        resolveDir: dirname(args.path),
        loader: 'js',
      };
    });
  },
};

async function buildServer() {
  const names = await exportedNames();
  const result = await build({
    entryPoints: [serverEntry],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'AddonServer',
    // Apps Script V8 runs ES2020 syntax; no module system, no Node or DOM globals.
    target: 'es2020',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    conditions: ['import', 'default'],
    legalComments: 'none',
    charset: 'utf8',
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [lazyHeavyModules],
    logLevel: 'warning',
  });
  const bundle = result.outputFiles[0]?.text ?? '';
  const wrappers = names
    .map((name) => `function ${name}(...args) {\n  return AddonServer.${name}(...args);\n}`)
    .join('\n');
  writeFileSync(
    join(dist, 'Code.js'),
    `// Built by sheets-addon/build.mjs from src/server/index.ts — do not edit.\n${bundle}\n${wrappers}\n`,
  );
  copyFileSync(join(root, 'appsscript.json'), join(dist, 'appsscript.json'));
  return names;
}

async function buildSidebar() {
  const { build: viteBuild } = await import('vite');
  const { default: react } = await import('@vitejs/plugin-react');
  const { viteSingleFile } = await import('vite-plugin-singlefile');
  const outDir = join(root, '.sidebar-build');
  await viteBuild({
    root: join(root, 'src/sidebar'),
    configFile: false,
    mode: 'production',
    logLevel: 'warn',
    plugins: [react(), viteSingleFile()],
    build: { outDir, emptyOutDir: true, target: 'es2020', reportCompressedSize: false },
  });
  renameSync(join(outDir, 'index.html'), join(dist, 'Sidebar.html'));
  rmSync(outDir, { recursive: true, force: true });
}

const names = await buildServer();
if (!process.argv.includes('--server')) await buildSidebar();
console.log(
  `sheets-addon: dist/Code.js (${names.length} functions)${process.argv.includes('--server') ? '' : ', dist/Sidebar.html'}, dist/appsscript.json`,
);
