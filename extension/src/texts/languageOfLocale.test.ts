import { describe, expect, it } from 'vitest';
import { languageOfLocale } from './languageOfLocale.ts';

describe('language of a browser locale', () => {
  it.each([
    ['zh-CN', 'zh'],
    ['zh-TW', 'zh'],
    ['zh', 'zh'],
    ['ZH-hk', 'zh'],
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['de', 'en'],
    ['', 'en'],
  ])('%j → %s', (locale, language) => {
    expect(languageOfLocale(locale)).toBe(language);
  });
});
