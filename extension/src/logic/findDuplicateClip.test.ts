import { describe, expect, it } from 'vitest';
import { clipFixture } from '../testing/clipFixture.ts';
import { findDuplicateClip } from './findDuplicateClip.ts';
import { mergeContacts } from './mergeContacts.ts';

const saved = [
  clipFixture('c1'),
  clipFixture('c2', {
    name: 'Michael Brown',
    emails: ['michael.brown@example.com'],
    phones: ['+14155550100'],
    wechat: 'mb_brown',
  }),
];

describe('no duplicates', () => {
  it.each([
    [
      'the same email in another case and with mailto:',
      { emails: ['mailto:Chen.Jing@YUANFAN-SCM.cn'], phones: [] },
      'c1',
    ],
    ['the same mobile written locally', { emails: [], phones: ['139 1234 5678'] }, 'c1'],
    ['a US number with punctuation', { emails: [], phones: ['(415) 555-0100'] }, null],
    ['a US number in E.164', { emails: [], phones: ['+1 415 555 0100'] }, 'c2'],
    ['a new person', { emails: ['liu.yang@yuanfan-scm.cn'], phones: ['+8613800001111'] }, null],
    ['nothing to compare', { emails: [], phones: [] }, null],
    ['the same WeChat id in another case', { emails: [], phones: [], wechat: 'MB_Brown' }, 'c2'],
  ])('finds %s → %s', (_what, contact, id) => {
    expect(findDuplicateClip(saved, contact, 'CN')?.id ?? null).toBe(id);
  });

  it('ignores the clip being edited', () => {
    expect(findDuplicateClip(saved, saved[0]?.contact ?? { emails: [], phones: [] }, 'CN', 'c1')).toBeNull();
  });
});

describe('mergeContacts', () => {
  const existing = clipFixture('c1').contact;
  const incoming = {
    ...existing,
    title: '华东区销售总监',
    emails: ['chen.jing@yuanfan-scm.cn', 'jing.chen@gmail.com'],
    tags: ['VIP'],
    address: '上海市浦东新区世纪大道100号',
    note: '二次拜访',
  };

  it('unites lists, fills empty fields and reports conflicts', () => {
    const { merged, conflicts } = mergeContacts(existing, incoming);
    expect(merged.emails).toEqual(['chen.jing@yuanfan-scm.cn', 'jing.chen@gmail.com']);
    expect(merged.tags).toEqual(['展会2024', 'VIP']);
    expect(merged.address).toBe('上海市浦东新区世纪大道100号');
    expect(merged.title).toBe('销售总监');
    expect(conflicts).toEqual([{ field: 'title', existing: '销售总监', incoming: '华东区销售总监' }]);
  });

  it('takes the new value where the user chose it', () => {
    expect(mergeContacts(existing, incoming, { title: 'incoming' }).merged.title).toBe('华东区销售总监');
  });
});
