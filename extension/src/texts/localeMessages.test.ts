import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TEXTS } from './index.ts';
import { CHROME_LOCALE_DIRS, localeMessages, manifestMessageKeys } from './localeMessages.ts';

const extensionFile = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const manifest = (extensionFile('package.json') as { manifest: unknown }).manifest;

describe('Chrome locale messages', () => {
  it.each(Object.entries(CHROME_LOCALE_DIRS))(
    'locales/%s is what the catalogue generates (npm run locales -w extension)',
    (language, dir) => {
      const expected = localeMessages(TEXTS[language as keyof typeof TEXTS], manifestMessageKeys(manifest));
      expect(extensionFile(`locales/${dir}/messages.json`)).toEqual(expected);
    },
  );

  it('holds the manifest texts in each language', () => {
    expect(manifestMessageKeys(manifest)).toEqual(['appName', 'clipSelection']);
    expect(localeMessages(TEXTS.zh, ['clipSelection'])).toEqual({
      clipSelection: { message: '将选中内容剪藏为联系人' },
    });
  });

  it.each([
    [
      { name: '__MSG_appName__', commands: { c: { description: '__MSG_b__ __MSG_appName__' } } },
      ['appName', 'b'],
    ],
    [{ name: 'Plain' }, []],
  ])('finds the message names in %j', (json, keys) => {
    expect(manifestMessageKeys(json)).toEqual(keys);
  });

  it('doubles a literal $, which would start a placeholder', () => {
    const texts = { ...TEXTS.en, appName: 'Save $5' };
    expect(localeMessages(texts, ['appName']).appName?.message).toBe('Save $$5');
  });

  it.each(['sources', 'mergeExplain', 'noSuchText'])('refuses %s, which is not a plain text', (key) => {
    expect(() => localeMessages(TEXTS.en, [key])).toThrow(`__MSG_${key}__`);
  });
});
