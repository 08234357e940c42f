import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { languageFromArgv, systemLanguage } from './cliLanguage.ts';

const run = promisify(execFile);

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

  // With no variable to read, the language is Intl's default locale, which ICU takes from the
  // environment Node started with (on Windows and macOS, from the system). Children of Node
  // started in other locales show that the locale read is the one every Intl service resolves.
  it('reads the language Intl resolves when no variable names one', async () => {
    const script = [
      `const url = ${JSON.stringify(new URL('./cliLanguage.ts', import.meta.url).href)};`,
      'const { systemLanguage } = await import(url);',
      'const dateLocale = Intl.DateTimeFormat().resolvedOptions().locale;',
      'console.log(JSON.stringify([systemLanguage({}), dateLocale]));',
    ].join('\n');
    const cwd = fileURLToPath(new URL('.', import.meta.url));
    const started = ['zh_CN.UTF-8', 'zh_TW.UTF-8', 'en_GB.UTF-8', 'de_DE.UTF-8'].map(async (locale) => {
      const env = { PATH: process.env.PATH, LANG: locale };
      const args = ['--import', 'tsx', '--input-type=module', '-e', script];
      const { stdout } = await run(process.execPath, args, { cwd, env });
      return [locale, ...(JSON.parse(stdout) as string[])];
    });
    expect(await Promise.all(started)).toEqual([
      ['zh_CN.UTF-8', 'zh', 'zh-CN'],
      ['zh_TW.UTF-8', 'zh', 'zh-TW'],
      ['en_GB.UTF-8', 'en', 'en-GB'],
      ['de_DE.UTF-8', 'en', 'de-DE'],
    ]);
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
