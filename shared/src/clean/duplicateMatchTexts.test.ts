import { describe, expect, it } from 'vitest';
import type { Language } from '../model/keys.ts';
import type { DuplicateMatch } from '../model/results.ts';
import { describeMatches } from './duplicateMatchTexts.ts';

describe('describeMatches', () => {
  const switchboard: DuplicateMatch[] = [
    { on: 'email', value: 'li@acme.com' },
    { on: 'phone', value: '+862161234567' },
    { on: 'phone', value: '+8613912345678' },
    { on: 'more', count: 4 },
  ];
  it.each<[Language, DuplicateMatch[], string]>([
    ['zh', switchboard, '邮箱 l***@acme.com；电话 ********4567；电话 *********5678；等（另有 4 项）'],
    ['en', switchboard, 'email: l***@acme.com; phone: ********4567; phone: *********5678; … (+4 more)'],
    ['zh', [{ on: 'name-company', also: 'city' }], '姓名相近、公司相同、城市相同'],
    ['en', [{ on: 'name-company', also: 'title' }], 'name ~ company + title'],
    ['zh', [{ on: 'account', value: 'tb_zhangwei' }], '平台账号 tb***'],
    ['en', [{ on: 'account', value: 'tb_zhangwei' }], 'platform account: tb***'],
    [
      'zh',
      [
        { on: 'email', value: 'li@acme.com' },
        { on: 'name-company', also: null },
      ],
      '邮箱 l***@acme.com；姓名相近、公司相同',
    ],
  ])('%s: %j', (language, matches, text) => {
    expect(describeMatches(matches, language)).toBe(text);
  });

  it('shows the email and phone in full when the settings ask for contact details', () => {
    expect(describeMatches(switchboard, 'zh', true)).toBe(
      '邮箱 li@acme.com；电话 +862161234567；电话 +8613912345678；等（另有 4 项）',
    );
  });
});
