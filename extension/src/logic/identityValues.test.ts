import { describe, expect, it } from 'vitest';
import type { ExtractedContactData } from '../model/extractedContactSchema.ts';
import { clipFixture } from '../testing/clipFixture.ts';
import { findDuplicateClip } from './findDuplicateClip.ts';
import { identityKeys } from './identityValues.ts';

describe('identityKeys', () => {
  it.each([
    [
      'email, phone and WeChat',
      { emails: ['Li.Na@Example.cn'], phones: ['139 1234 5678'], wechat: 'LiNa_Sales' },
      ['email:li.na@example.cn', 'tel:+8613912345678', 'wechat:lina_sales'],
    ],
    [
      'only a WeChat id, labelled',
      { emails: [], phones: [], wechat: '微信号：LiNa_Sales' },
      ['wechat:lina_sales'],
    ],
    ['no WeChat id', { emails: [], phones: ['+1 415 555 0100'], wechat: null }, ['tel:+14155550100']],
    ['an empty WeChat id', { emails: [], phones: [], wechat: '  ' }, []],
  ])('gives the keys of %s', (_what, contact, keys) => {
    expect(identityKeys(contact, 'CN')).toEqual(keys);
  });

  it('finds a saved clip by a clipped selection that has only the WeChat id', () => {
    // A selection such as "李娜 微信：LiNa_Sales" read from a page: no email, no phone.
    const selection: Pick<ExtractedContactData, 'emails' | 'phones' | 'wechat'> = {
      emails: [],
      phones: [],
      wechat: 'LiNa_Sales',
    };
    const saved = [
      clipFixture('c1'),
      clipFixture('c2', { name: '李娜', emails: [], phones: [], wechat: 'lina_sales' }),
    ];
    expect(findDuplicateClip(saved, selection, 'CN')?.id).toBe('c2');
    // The same keys decide whether a pending selection is the person just merged or deleted.
    const savedKeys = new Set(identityKeys(saved[1]?.contact ?? { emails: [], phones: [] }, 'CN'));
    expect(identityKeys(selection, 'CN').some((k) => savedKeys.has(k))).toBe(true);
  });
});
