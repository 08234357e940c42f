import { describe, expect, it } from 'vitest';
import { TEXTS } from '../texts/index.ts';
import { contactErrorText } from './contactErrorText.ts';
import { contactInputFromForm, EMPTY_FORM, validateContact } from './contactForm.ts';

describe('contact error text', () => {
  it.each([
    [
      'phones',
      'expected a phone number in E.164 form (#2)',
      'zh',
      '电话号码无效，请带上国家代码，例如 +86 139 1234 5678 (#2)',
    ],
    [
      'socialUrls',
      'expected a web address starting with http:// or https://',
      'en',
      'Enter a web address starting with http:// or https://',
    ],
    [
      'name',
      'the saved contact to merge into no longer exists',
      'en',
      'the saved contact to merge into no longer exists',
    ],
    ['emails', 'a contact needs at least a name', 'en', 'a contact needs at least a name'],
  ] as const)('shows %s: %j in %s as %j', (field, message, language, expected) => {
    expect(contactErrorText(field, message, TEXTS[language])).toBe(expected);
  });

  it.each([
    ['an empty form', { ...EMPTY_FORM }],
    ['a form of broken values', { ...EMPTY_FORM, emails: 'not-an-email', website: 'ftp://x', phones: '12' }],
    ['an informed-on date that is no date', { ...EMPTY_FORM, name: '陈静', informedOn: '2026-02-30' }],
  ])('has a catalogue text for every core message on %s', (_what, form) => {
    const result = validateContact(contactInputFromForm(form, 'CN'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const translated = Object.values(TEXTS.en.contactErrors) as string[];
    for (const [field, messages] of Object.entries(result.errors)) {
      for (const message of messages) {
        expect(translated).toContain(contactErrorText(field, message, TEXTS.en).replace(/ \(#\d+\)$/, ''));
      }
    }
  });

  it('passes the purpose and the informed-on date of the form to the contact', () => {
    const form = { ...EMPTY_FORM, name: '陈静', legalBasis: 'consent' as const };
    const told = validateContact(
      contactInputFromForm({ ...form, purpose: ' 报价跟进 ', informedOn: '2026-03-06' }, 'CN'),
    );
    expect(told.ok && [told.contact.purpose, told.contact.informedOn]).toEqual(['报价跟进', '2026-03-06']);
    const notTold = validateContact(contactInputFromForm(form, 'CN'));
    expect(notTold.ok && [notTold.contact.purpose, notTold.contact.informedOn]).toEqual([
      undefined,
      undefined,
    ]);
  });
});
