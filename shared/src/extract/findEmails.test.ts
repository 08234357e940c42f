import { describe, expect, it } from 'vitest';
import { findEmails, normalizeEmail } from './findEmails.ts';
import { normalizePhone } from './findPhones.ts';

describe('findEmails', () => {
  it.each([
    ['联系邮箱：li.lei@example.com，欢迎来信', ['li.lei@example.com']],
    ['--sales@example.co.uk; _ops@mail.example.cn', ['sales@example.co.uk', 'ops@mail.example.cn']],
    ['Li Lei <LI.LEI@Example.COM>', ['li.lei@example.com']],
    ['logo@2x.png a@b.cd a@b.cd', ['a@b.cd']],
    // RFC 5321: a local part has at most 64 characters; a longer run is no address.
    [`${'a'.repeat(65)}@example.com`, []],
    [`${'a'.repeat(64)}@example.com`, [`${'a'.repeat(64)}@example.com`]],
  ])('%j', (text, emails) => {
    expect(findEmails(text)).toEqual(emails);
  });

  it('keeps structured values as they were', () => {
    expect(normalizeEmail('mailto:Li.Lei@Example.com?subject=Hi')).toBe('li.lei@example.com');
  });
});

describe('normalizePhone drops an extension written at the end', () => {
  it.each([
    ['tel:+1-415-555-0100;ext=12', '+14155550100'],
    ['+1 415 555 0100 x12', '+14155550100'],
    ['+1 415 555 0100 ext. 12', '+14155550100'],
    ['021-6123 4567 转 801', '+862161234567'],
    ['  021-6123 4567  ', '+862161234567'],
  ])('%j', (value, e164) => {
    expect(normalizePhone(value, 'CN')).toBe(e164);
  });
});
