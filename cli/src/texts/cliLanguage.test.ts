import { describe, expect, it } from 'vitest';
import { languageFromArgv, systemLanguage } from './cliLanguage.ts';

describe('systemLanguage', () => {
  it.each([
    [{ LANG: 'zh_CN.UTF-8' }, 'zh'],
    [{ LANG: 'zh_TW.Big5' }, 'zh'],
    [{ LANG: 'en_GB.UTF-8' }, 'en'],
    [{ LANG: 'fr_FR.UTF-8' }, 'en'],
    // POSIX order: LC_ALL over LC_MESSAGES over LANG.
    [{ LC_ALL: 'zh_CN.UTF-8', LC_MESSAGES: 'en_US.UTF-8', LANG: 'en_US.UTF-8' }, 'zh'],
    [{ LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' }, 'zh'],
    [{ LC_ALL: '', LC_MESSAGES: 'en_US.UTF-8', LANG: 'zh_CN.UTF-8' }, 'en'],
    // C and POSIX say nothing about the language: the next variable decides.
    [{ LC_ALL: 'C', LANG: 'zh_CN.UTF-8' }, 'zh'],
    [{ LC_ALL: 'C.UTF-8', LC_MESSAGES: 'POSIX', LANG: 'zh_CN.UTF-8' }, 'zh'],
  ])('%o → %s', (env, language) => {
    expect(systemLanguage(env)).toBe(language);
  });
});

describe('languageFromArgv', () => {
  it.each([
    [['node', 'crm', 'classify', '--lang', 'zh'], 'zh'],
    [['node', 'crm', '--lang=en', 'report'], 'en'],
    [['node', 'crm', '--lang', 'fr'], undefined],
    [['node', 'crm', 'classify'], undefined],
  ])('%o → %s', (argv, language) => {
    expect(languageFromArgv(argv)).toBe(language);
  });
});
