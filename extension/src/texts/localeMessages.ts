import type { Language } from '@crm/shared';
import type { Texts } from './zh.ts';

/** Chrome's `_locales` folder of each catalogue language (`default_locale` is `en`). */
export const CHROME_LOCALE_DIRS = { zh: 'zh_CN', en: 'en' } as const satisfies Record<Language, string>;

/** One entry of a `messages.json`. */
export interface ChromeMessage {
  message: string;
}

/** The `__MSG_key__` names in a manifest (any JSON value), each once, sorted. */
export function manifestMessageKeys(manifest: unknown): string[] {
  const found = JSON.stringify(manifest).matchAll(/__MSG_(\w+)__/g);
  return [...new Set([...found].map((m) => m[1] ?? ''))].sort();
}

/**
 * The `messages.json` content for one language: the catalogue texts the manifest names as
 * `__MSG_key__` (Chrome substitutes those itself, before any extension code runs). Everything
 * else comes from the catalogue directly. `$` starts a placeholder in a message, so a literal one
 * is doubled.
 */
export function localeMessages(texts: Texts, keys: readonly string[]): Record<string, ChromeMessage> {
  const messages: Record<string, ChromeMessage> = {};
  for (const key of [...keys].sort()) {
    const text: unknown = (texts as Record<string, unknown>)[key];
    if (typeof text !== 'string') throw new Error(`__MSG_${key}__ is not a plain text of the catalogue`);
    messages[key] = { message: text.replaceAll('$', () => '$$') };
  }
  return messages;
}
