// libphonenumber-js's `max` metadata without its number formats, for the script the extension
// injects into pages (and the benchmark that measures it). The formats (how to print a number:
// "(415) 555-0178") are a third of the metadata and serve only formatting; parsing, validation
// and number types, all the page extractor uses, read the other fields. Built from the installed
// package at bundle time, so it always matches the library's version.
// test/extract.phoneMetadata.test.ts checks that both metadata read every number alike.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Position of a numbering plan's formats in the minified metadata (format version 4). */
const FORMATS = 4;

/**
 * The metadata with every numbering plan's formats emptied.
 * @param {{ countries: Record<string, unknown[]>, nonGeographic?: Record<string, unknown[]> }} metadata
 */
export function withoutFormats(metadata) {
  const slim = (plans) =>
    Object.fromEntries(
      Object.entries(plans ?? {}).map(([key, plan]) => [key, plan.map((v, i) => (i === FORMATS ? [] : v))]),
    );
  return { ...metadata, countries: slim(metadata.countries), nonGeographic: slim(metadata.nonGeographic) };
}

/** The installed `max` metadata, without formats. */
export function slimMaxMetadata() {
  const file = createRequire(import.meta.url).resolve('libphonenumber-js/metadata.max.json');
  return withoutFormats(JSON.parse(readFileSync(file, 'utf8')));
}

/** esbuild plugin: `libphonenumber-js/metadata.max.json` resolves to the slim metadata. */
export function slimPhoneMetadata() {
  return {
    name: 'slim-phone-metadata',
    setup(build) {
      build.onResolve({ filter: /^libphonenumber-js\/metadata\.max\.json$/ }, () => ({
        path: 'slim-metadata.max.json',
        namespace: 'slim-phone-metadata',
      }));
      build.onLoad({ filter: /.*/, namespace: 'slim-phone-metadata' }, () => ({
        contents: JSON.stringify(slimMaxMetadata()),
        loader: 'json',
      }));
    },
  };
}
