import type { Language } from '@crm/shared';
import { en } from './en.ts';
import { type Texts, zh } from './zh.ts';

/**
 * Every text the extension shows or writes (panel, options, context menu, worker errors, sheet and
 * CSV headers), by language. Chrome's own `_locales/*\/messages.json`, needed for the `__MSG_…__`
 * entries of the manifest, are generated from it (scripts/writeLocales.ts).
 */
export const TEXTS: Record<Language, Texts> = { zh, en };
export type { Texts };
