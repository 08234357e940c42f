import { LANGUAGES, type Language } from '@crm/shared';

/**
 * The language of the system, as a terminal program reads it: LC_ALL, LC_MESSAGES, LANG (POSIX
 * order), else the locale Node's Intl reports (Windows has no LANG). zh_* → zh, anything else en.
 *
 * Intl is asked through PluralRules: every Intl service starts from the same default locale (only
 * the language is read here), and PluralRules resolves it in well under a millisecond, where
 * DateTimeFormat loads its calendar data first (about 18 ms, on every run of a command).
 */
export function systemLanguage(env: NodeJS.ProcessEnv = process.env): Language {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const) {
    const value = env[name];
    if (value && value !== 'C' && value !== 'POSIX' && !value.startsWith('C.')) return languageOf(value);
  }
  return languageOf(new Intl.PluralRules().resolvedOptions().locale);
}

/** `--lang zh` / `--lang=en` from the command line, before commander parses it (for --help texts). */
export function languageFromArgv(argv: readonly string[]): Language | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice(7) : undefined;
    if (value !== undefined && (LANGUAGES as readonly string[]).includes(value)) return value as Language;
  }
  return undefined;
}

function languageOf(locale: string): Language {
  return locale.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
