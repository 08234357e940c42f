import type { Language } from '@crm/shared';
import { TEXTS, type Texts } from './index.ts';
import { languageOfLocale } from './languageOfLocale.ts';

/** The browser's UI language (the one chrome.i18n follows), in the extension's pages and worker. */
export function uiLanguage(): Language {
  return languageOfLocale(chrome.i18n.getUILanguage());
}

/** The catalogue in the browser's UI language. */
export function uiTexts(): Texts {
  return TEXTS[uiLanguage()];
}
