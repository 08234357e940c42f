import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const load = (locale: string) =>
  JSON.parse(
    readFileSync(new URL(`../../locales/${locale}/messages.json`, import.meta.url), 'utf8'),
  ) as Record<string, { message: string }>;

describe('_locales', () => {
  it('has the same keys in en and zh_CN, none empty', () => {
    const en = load('en');
    const zh = load('zh_CN');
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const m of [...Object.values(en), ...Object.values(zh)]) expect(m.message.trim()).not.toBe('');
  });

  it('translates the UI into Chinese (not a copy of the English)', () => {
    expect(load('zh_CN').clipSelection?.message).toBe('将选中内容剪藏为联系人');
    expect(load('en').clipSelection?.message).toBe('Clip selection as contact');
  });
});
