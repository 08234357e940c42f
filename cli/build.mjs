// Bundles the CLI into one ESM file so `npx crm` starts fast (no TypeScript at run time).
// The workspace core (@crm/shared, TypeScript source) is bundled in; every other package stays
// external and is loaded from node_modules (exceljs lazily, only for .xlsx files).
import { build } from 'esbuild';

/** @type {import('esbuild').Plugin} */
const externalNpmPackages = {
  name: 'external-npm-packages',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('@crm/')) return undefined;
      return { path: args.path, external: true };
    });
  },
};

await build({
  entryPoints: [new URL('./src/main.ts', import.meta.url).pathname],
  outfile: new URL('./dist/crm.js', import.meta.url).pathname,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  plugins: [externalNpmPackages],
  sourcemap: true,
  logLevel: 'warning',
});
