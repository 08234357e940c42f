import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMaskedEmail, isMaskedId, isMaskedPhone } from './maskedText.ts';
import { parseEmail } from './parseEmail.ts';
import { parsePhone } from './parsePhone.ts';

/** [value, masked as a phone, as an email, as an id]: values as platforms and people write them. */
const CASES: [string, boolean, boolean, boolean][] = [
  ['138****5678', true, true, true],
  ['138*****678', true, true, true],
  ['(+1)213*****36', true, true, true],
  ['１３８＊＊＊＊５６７８', true, true, true],
  ['13812345678', false, false, false],
  ['+86 138 1234 5678', false, false, false],
  ['w***@qq.com', true, true, true],
  ['j*****n@gmail.com', true, true, true],
  ['*@example.com', true, true, false],
  ['li.lei@example.com', false, false, false],
  ['t**8', true, true, true],
  ['tb****88', true, true, true],
  ['VIP*001', true, true, false],
  ['tb_wangming88', false, false, false],
  ['', false, false, false],
];

describe('masked values', () => {
  it.each(CASES)('%s: phone %s, email %s, id %s', (value, phone, email, id) => {
    expect(isMaskedPhone(value)).toBe(phone);
    expect(isMaskedEmail(value)).toBe(email);
    expect(isMaskedId(value)).toBe(id);
  });

  it('finds no mask in a text without an asterisk', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !/[*＊]/.test(s)),
        (s) => !isMaskedPhone(s) && !isMaskedEmail(s) && !isMaskedId(s),
      ),
    );
  });

  it('finds the mask wherever a run of asterisks hides digits', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^1[3-9]\d{1,3}$/),
        fc.integer({ min: 2, max: 8 }),
        fc.stringMatching(/^\d{2,4}$/),
        (head, hidden, tail) => {
          const masked = `${head}${'*'.repeat(hidden)}${tail}`;
          return isMaskedPhone(masked) && isMaskedId(masked);
        },
      ),
    );
  });

  it('never reads a masked phone or address as a contact', () => {
    for (const text of ['138****5678', '1３８****５６７８', '186 **** 0000', '+86 138****5678']) {
      const parsed = parsePhone(text, 'CN');
      expect(parsed.ok ? parsed.value : parsed.problem.code).toBe('phone-masked');
    }
    for (const text of ['w***@qq.com', 'W***@QQ.COM', ' l**@163.com ']) {
      const parsed = parseEmail(text);
      expect(parsed.ok ? parsed.value : parsed.problem.code).toBe('email-masked');
    }
  });
});
