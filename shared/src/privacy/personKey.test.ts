import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePersonKey, personKeyText } from './personKey.ts';
import { personKeyProblemText } from './privacyTexts.ts';

describe('parsePersonKey', () => {
  it.each([
    ['email:Zhang.Wei@Example.com', 'email:zhang.wei@example.com'],
    ['邮箱：zhang.wei@example.com', 'email:zhang.wei@example.com'],
    ['phone:139 1234 5678', 'phone:+8613912345678'],
    ['phone:+86 139-1234-5678', 'phone:+8613912345678'],
    ['phone:0086 13912345678', 'phone:+8613912345678'],
    ['手机:１３９１２３４５６７８', 'phone:+8613912345678'],
    ['tel:(021) 6123 4567', 'phone:+862161234567'],
    ['phone:+1 212 555 0123', 'phone:+12125550123'],
    ['wechat:微信：ZhangWei_88', 'wechat:zhangwei_88'],
    ['id: C003 ', 'id:C003'],
    ['编号:1001', 'id:1001'],
    ['account: tb_ZhangWei ', 'account:tb_ZhangWei'],
    ['旺旺号：ｔｂ＿ｚｈａｎｇｗｅｉ', 'account:tb_zhangwei'],
    ['账号:lina_1990', 'account:lina_1990'],
  ])('reads %s as %s', (text, expected) => {
    const result = parsePersonKey(text, 'CN');
    expect(result.ok && personKeyText(result.key)).toBe(expected);
  });

  it.each([
    ['zhang.wei@example.com', 'key-no-kind', '没有写明是哪种标识'],
    ['name:张伟', 'key-unknown-kind', '不认识的标识类型“name”'],
    ['email:', 'key-empty', '“email:”后面没有值'],
    ['email:zhang.wei@', 'key-bad-email', '不是有效的邮箱地址'],
    ['phone:12345', 'key-bad-phone', '按 CN 读取'],
  ])('refuses %s (%s) with a message that says what to write', (text, code, zh) => {
    const result = parsePersonKey(text, 'CN');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.code).toBe(code);
    expect(personKeyProblemText(result.problem, 'zh')).toContain(zh);
    expect(personKeyProblemText(result.problem, 'en')).not.toMatch(/[\u4e00-\u9fff]{3}/);
  });

  it('gives one key for a mainland mobile however it is written', () => {
    const notations = fc.constantFrom(
      (d: string) => d,
      (d: string) => `+86${d}`,
      (d: string) => `0086 ${d}`,
      (d: string) => `${d.slice(0, 3)} ${d.slice(3, 7)} ${d.slice(7)}`,
      (d: string) => `+86-${d.slice(0, 3)}-${d.slice(3, 7)}-${d.slice(7)}`,
      (d: string) => `(+86) ${d}`,
    );
    const mobile = fc
      .tuple(fc.constantFrom('139', '138', '186', '177', '150'), fc.stringMatching(/^\d{8}$/))
      .map(([prefix, rest]) => `${prefix}${rest}`);
    fc.assert(
      fc.property(mobile, notations, (digits, write) => {
        const result = parsePersonKey(`phone:${write(digits)}`, 'CN');
        expect(result.ok && result.key.value).toBe(`+86${digits}`);
      }),
    );
  });
});
