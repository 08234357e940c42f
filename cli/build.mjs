// Bundles the CLI into one ESM file so `npx crm` starts fast (no TypeScript at run time).
// The workspace core (@crm/shared, TypeScript source) is bundled in; every other package stays
// external and is loaded from node_modules (exceljs lazily, only for .xlsx files).
import { build } from 'esbuild';
import { lazyDefaultExport } from '../scripts/lazyDefaultExport.mjs';

/** @type {import('esbuild').Plugin} */
const externalNpmPackages = {
  name: 'external-npm-packages',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('@crm/')) return undefined;
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
 * CommonJS packages loaded on first use rather than at start-up: the lunar calendar builds its
 * tables when loaded (20–30 ms), which every command paid, though only follow-up planning reads it.
 */
const LAZY_PACKAGES = new Set(['lunar-javascript']);

// Two entry points, each bundled whole: the CLI, and the worker thread that reads a large orders
// file while the CLI reads the customers (src/files/ordersWorker.ts, found beside crm.js).
await build({
  entryPoints: {
    crm: new URL('./src/main.ts', import.meta.url).pathname,
    ordersWorker: new URL('./src/files/ordersWorker.ts', import.meta.url).pathname,
  },
  outdir: new URL('./dist', import.meta.url).pathname,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  plugins: [externalNpmPackages],
  sourcemap: true,
  logLevel: 'warning',
});
