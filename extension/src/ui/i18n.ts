import type { Language } from '@crm/shared';

/** A UI string from _locales (chrome.i18n follows the browser language); the key if missing. */
export function t(key: string, ...substitutions: string[]): string {
  return chrome.i18n.getMessage(key, substitutions) || key;
}

export function uiLanguage(): Language {
  return chrome.i18n.getUILanguage().toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
