import type { Language } from '@crm/shared';
import { systemLanguage } from './cliLanguage.ts';
import { CLI_TEXTS, type CliTexts } from './cliTexts.ts';

// A command-line run speaks one language: the system's until --lang or the configuration says
// otherwise (set once the options are read). Like gettext's locale, it is process-wide.
let current: Language = systemLanguage();

export function setCliLanguage(language: Language): void {
  current = language;
}

export function cliLanguage(): Language {
  return current;
}

/** The CLI's texts in the current language. */
export function t(): CliTexts {
  return CLI_TEXTS[current];
}
