import type { Language } from '@crm/shared';

/**
 * The catalogue language for a browser locale such as `zh-CN`, `zh-TW` or `en-GB`: Chinese for
 * any Chinese locale, English otherwise. The panel, the worker's messages and the headers of a
 * new sheet or CSV all follow this one rule, so they never disagree.
 */
export function languageOfLocale(locale: string): Language {
  return locale.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
