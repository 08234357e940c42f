import type { ContactReader } from './contactReader.ts';
import { hCardReader } from './hCardReader.ts';
import { jsonLdReader } from './jsonLdReader.ts';
import { metaTagReader } from './metaTagReader.ts';
import { microdataReader } from './microdataReader.ts';
import { pageTextReader } from './pageTextReader.ts';

/**
 * Every source of contacts extractContacts reads, in the order their candidates are merged.
 * Adding a source is one reader file, one line here and its name in CONTACT_SOURCES.
 */
export const CONTACT_READERS: readonly ContactReader[] = [
  jsonLdReader,
  hCardReader,
  microdataReader,
  pageTextReader,
  metaTagReader,
];
