import type { Language } from '@crm/shared';

/** zh when the browser UI is Chinese (chrome.i18n follows it), else en. */
export function uiLanguage(): Language {
  return chrome.i18n.getUILanguage().toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
