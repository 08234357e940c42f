import type { MetadataJson } from 'libphonenumber-js/core';
import metadata from 'libphonenumber-js/metadata.max.json';

/**
 * The one libphonenumber-js metadata the toolkit validates with, cells and pages alike. `max`,
 * because with the smaller `min` metadata validity is little more than a length check: it takes
 * 12345678901 for a Chinese number and most random 0xx digit runs for Chinese landlines. A
 * bundle that must be smaller can alias `libphonenumber-js/metadata.max.json` to the `min` file;
 * mainland mobiles stay exact (see mainlandMobile.ts), other numbers become a looser check.
 */
export const PHONE_METADATA: MetadataJson = metadata;
