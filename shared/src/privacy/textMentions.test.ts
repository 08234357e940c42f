import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMentions, type PersonIdentity, redactMentions } from './textMentions.ts';

const identity: PersonIdentity = {
  ids: new Set(['C003']),
  idTexts: ['C003'],
  names: ['张伟', 'Mary Smith'],
  longerNames: ['张伟明'],
  emails: new Set(['zhang.wei@example.com']),
  phones: new Set(['+8613912345678']),
  wechats: new Set(['zhangwei_88']),
};
const redact = (text: string) => redactMentions(text, findMentions(text, identity, 'CN'), '▇');

describe('findMentions', () => {
  it.each([
    ['张伟您好，上次的普洱还满意吗？', '▇您好，上次的普洱还满意吗？'],
    ['李雷、张伟', '李雷、▇'],
    ['张伟明您好', '张伟明您好'],
    ['张伟明、张伟', '张伟明、▇'],
    // The name in traditional characters, as a Hong Kong or Taiwan colleague writes it.
    ['張偉您好，上次的普洱還滿意嗎？', '▇您好，上次的普洱還滿意嗎？'],
    ['張偉明您好', '張偉明您好'],
    ['张偉明、張偉', '张偉明、▇'],
    ['邮箱 Zhang.Wei@Example.com；姓名相近', '邮箱 ▇；姓名相近'],
    ['x.zhang.wei@example.com', 'x.zhang.wei@example.com'],
    ['zhang.wei@example.com.cn', 'zhang.wei@example.com.cn'],
    ['已电话联系 +86 139-1234-5678，下周寄样品', '已电话联系 ▇，下周寄样品'],
    ['回电 13912345678', '回电 ▇'],
    ['(+86) 139 1234 5678', '▇'],
    ['13912345678 13800001111', '▇ 13800001111'],
    ['139123456789', '139123456789'],
    ['微信：zhangwei_88', '微信：▇'],
    ['zhangwei_888', 'zhangwei_888'],
    ['客户 C003 已回访', '客户 ▇ 已回访'],
    ['C0031', 'C0031'],
    ['C001、C003', 'C001、▇'],
    ['Dear Mary Smith,', 'Dear ▇,'],
    ['Mary Smithson', 'Mary Smithson'],
    ['2, 3', '2, 3'],
  ])('%s → %s', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it('leaves names alone when asked for contact values only', () => {
    expect(findMentions('张伟 13912345678', identity, 'CN', false).map((m) => m.kind)).toEqual(['phone']);
  });

  it('finds the email and the mobile wherever they sit in other text, and only there', () => {
    const filler = fc.string({ unit: fc.constantFrom('a', '茶', ' ', '，', '1', '-', ':'), maxLength: 30 });
    fc.assert(
      fc.property(filler, filler, (before, after) => {
        // A digit or letter run straight before or after is part of another value.
        const text = `${before} 13912345678 / zhang.wei@example.com ${after}`;
        const out = redact(text);
        expect(out).not.toContain('13912345678');
        expect(out).not.toContain('zhang.wei@example.com');
        expect(out.replaceAll('▇', '')).toBe(`${before}  /  ${after}`);
      }),
    );
  });
});
