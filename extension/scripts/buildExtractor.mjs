// Bundles the on-demand page extractor (src/page/pageExtractor.ts → extractor.js, an IIFE) into
// the Plasmo build. It is not a content script: the worker injects it with
// chrome.scripting.executeScript only when the side panel asks for a tab's contacts.
import { statSync } from 'node:fs';
import { build } from 'esbuild';
import { slimPhoneMetadata } from './slimPhoneMetadata.mjs';

const outdir = process.argv[2] ?? 'build/chrome-mv3-prod';
const outfile = `${outdir}/extractor.js`;
await build({
  entryPoints: ['src/page/pageExtractor.ts'],
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'chrome120',
  outfile,
  legalComments: 'none',
  // Non-ASCII characters as they are (an extension's files are UTF-8), not as \uXXXX escapes:
  // the traditional-to-simplified character table is thousands of CJK characters.
  charset: 'utf8',
  logLevel: 'warning',
  // Pages are only read, never printed to: the metadata's number formats stay out (a third of it).
  plugins: [slimPhoneMetadata()],
});
console.log(`extractor.js: ${(statSync(outfile).size / 1024).toFixed(1)} KB`);
