// systemLanguage as Node resolves it in other locales: each case starts a Node of its own (with
// tsx, seconds of start-up), so it runs with the slow tests rather than in the unit loop.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

describe('systemLanguage', () => {
  // With no variable to read, the language is Intl's default locale, which ICU takes from the
  // environment Node started with (on Windows and macOS, from the system). Children of Node
  // started in other locales show that the locale read is the one every Intl service resolves.
  it('reads the language Intl resolves when no variable names one', async () => {
    const script = [
      `const url = ${JSON.stringify(new URL('../cli/src/texts/cliLanguage.ts', import.meta.url).href)};`,
      'const { systemLanguage } = await import(url);',
      'const dateLocale = Intl.DateTimeFormat().resolvedOptions().locale;',
      'console.log(JSON.stringify([systemLanguage({}), dateLocale]));',
    ].join('\n');
    const cwd = fileURLToPath(new URL('../cli/src/texts/', import.meta.url));
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
