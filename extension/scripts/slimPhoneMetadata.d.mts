import type { Plugin } from 'esbuild';
import type { MetadataJson } from 'libphonenumber-js/core';

export function withoutFormats(metadata: MetadataJson): MetadataJson;
export function slimMaxMetadata(): MetadataJson;
export function slimPhoneMetadata(): Plugin;
