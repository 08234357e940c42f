import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyContact } from './emptyContact.ts';
import { mergeContacts } from './mergeContacts.ts';
import { CONTACT_SOURCES, type ContactSource, type ExtractedContact } from './types.ts';

/** A candidate from `source` with `fields`, found (for these tests) in an h-card. */
function candidate(
  source: ContactSource,
  fields: Partial<Pick<ExtractedContact, 'name' | 'organization' | 'emails' | 'phones' | 'address'>>,
): ExtractedContact {
  return { ...emptyContact(source, { kind: 'h-card', legacy: false }), ...fields };
}

/** Each merged contact as its name and data, in the order mergeContacts gives them. */
function people(contacts: readonly ExtractedContact[]): string[] {
  return contacts.map((c) => [c.name ?? '-', c.organization ?? '-', ...c.emails, ...c.phones].join(' '));
}

describe('mergeContacts', () => {
  it.each([
    {
      what: 'the same name and a shared phone, both from the text',
      candidates: [
        candidate('text', { name: '王芳', phones: ['+8613912345678'] }),
        candidate('text', { name: '王芳', emails: ['wf@yuanfan.cn'], phones: ['+8613912345678'] }),
      ],
      merged: ['王芳 - wf@yuanfan.cn +8613912345678'],
    },
    {
      what: 'a record of a name without an email, and the one card of that name with one',
      candidates: [
        candidate('json-ld', { name: '王芳', organization: '远帆' }),
        candidate('text', { name: '王芳', emails: ['wf@yuanfan.cn'] }),
      ],
      merged: ['王芳 远帆 wf@yuanfan.cn'],
    },
    {
      what: 'a mailbox two people give, then one of them again with a phone',
      candidates: [
        candidate('text', { name: '王芳', emails: ['office@yuanfan.cn'] }),
        candidate('text', { name: '李明', emails: ['office@yuanfan.cn'] }),
        candidate('text', { name: '李明', emails: ['office@yuanfan.cn'], phones: ['+8613912345678'] }),
      ],
      merged: ['王芳 - office@yuanfan.cn', '李明 - office@yuanfan.cn +8613912345678'],
    },
    {
      what: 'namesakes from the text with emails of their own',
      candidates: [
        candidate('text', { name: '王芳', emails: ['wf1@yuanfan.cn'] }),
        candidate('text', { name: '王芳', emails: ['wf2@yuanfan.cn'] }),
      ],
      merged: ['王芳 - wf1@yuanfan.cn', '王芳 - wf2@yuanfan.cn'],
    },
    {
      what: 'one name from two sources, no email or company against it',
      candidates: [
        candidate('json-ld', { name: 'Kevin Liu', emails: ['kevin@acme.com'] }),
        candidate('text', { name: 'KEVIN LIU', phones: ['+14155550100'] }),
      ],
      merged: ['Kevin Liu - kevin@acme.com +14155550100'],
    },
    {
      what: 'one name from two sources, at two companies',
      candidates: [
        candidate('json-ld', { name: 'Kevin Liu', organization: 'Acme', emails: ['kevin@acme.com'] }),
        candidate('text', { name: 'Kevin Liu', organization: 'Beta Co', phones: ['+14155550100'] }),
      ],
      merged: ['Kevin Liu Acme kevin@acme.com', 'Kevin Liu Beta Co +14155550100'],
    },
    {
      what: 'a name within the other, with the same address',
      candidates: [
        candidate('text', { name: 'Li Ming 李明', emails: ['liming@acme.cn'] }),
        candidate('text', { name: '李明', emails: ['liming@acme.cn'] }),
      ],
      merged: ['Li Ming 李明 - liming@acme.cn'],
    },
    {
      what: 'a name within the other, with nothing shared',
      candidates: [
        candidate('text', { name: 'Li Ming 李明', emails: ['liming@acme.cn'] }),
        candidate('text', { name: '李明', emails: ['ming.li@beta.cn'] }),
      ],
      merged: ['Li Ming 李明 - liming@acme.cn', '李明 - ming.li@beta.cn'],
    },
    {
      what: 'a record with a name alone, and two namesakes on the page',
      candidates: [
        candidate('json-ld', { name: '王芳' }),
        candidate('text', { name: '王芳', phones: ['+8613910000037'] }),
        candidate('text', { name: '王芳', phones: ['+8613910000074'] }),
      ],
      merged: ['王芳 -', '王芳 - +8613910000037', '王芳 - +8613910000074'],
    },
    {
      what: 'a record with a name and a company alone, and one card of that name',
      candidates: [
        candidate('json-ld', { name: '王芳', organization: '远帆' }),
        candidate('text', { name: '王芳', phones: ['+8613910000037'] }),
      ],
      merged: ['王芳 远帆 +8613910000037'],
    },
    {
      what: 'records that give the company’s switchboard as each person’s phone',
      candidates: [
        candidate('json-ld', { name: '王芳', phones: ['+862162345678', '+8613910000037'] }),
        candidate('json-ld', { name: '李娜', phones: ['+862162345678', '+8613910000074'] }),
        candidate('text', { phones: ['+862162345678'] }),
      ],
      merged: ['王芳 - +8613910000037', '李娜 - +8613910000074', '- - +862162345678'],
    },
    {
      what: 'the switchboard on two records, one of them with no number of its own',
      candidates: [
        candidate('json-ld', { name: '王芳', phones: ['+862162345678'] }),
        candidate('json-ld', { name: '李娜', phones: ['+862162345678', '+8613910000074'] }),
        candidate('text', { phones: ['+862162345678'] }),
      ],
      merged: ['王芳 - +862162345678', '李娜 - +8613910000074', '- - +862162345678'],
    },
    {
      what: 'the company’s number on one person’s record alone',
      candidates: [
        candidate('json-ld', { name: '王芳', phones: ['+862162345678', '+8613910000037'] }),
        candidate('text', { phones: ['+862162345678'] }),
      ],
      merged: ['王芳 - +862162345678 +8613910000037', '- - +862162345678'],
    },
    {
      what: 'the company’s cards at two addresses, and its hotline written without one',
      candidates: [
        candidate('text', { organization: '华冠电梯', phones: ['+864006617070'] }),
        candidate('text', {
          organization: '华冠电梯',
          phones: ['+8631186692315'],
          address: '石家庄市长安区中山东路 508 号',
        }),
        candidate('text', {
          organization: '华冠电梯',
          phones: ['+865552371066'],
          address: '马鞍山市花山区湖南中路 88 号',
        }),
      ],
      merged: ['- 华冠电梯 +864006617070 +8631186692315', '- 华冠电梯 +865552371066'],
    },
    {
      what: 'the company’s cards at two addresses that share a phone',
      candidates: [
        candidate('text', { phones: ['+17135550182'], address: '1720 Yale St, Houston, TX 77008' }),
        candidate('text', { phones: ['+17135550182'], address: '1720 Yale Street, Houston, TX 77008' }),
      ],
      merged: ['- - +17135550182'],
    },
    {
      what: 'a nameless address a named person already has',
      candidates: [
        candidate('h-card', { name: 'Anna Berg', emails: ['anna@berg.de'], phones: ['+4930123456'] }),
        candidate('text', { emails: ['anna@berg.de'] }),
      ],
      merged: ['Anna Berg - anna@berg.de +4930123456'],
    },
  ])('$what', ({ candidates, merged }) => {
    expect(people(mergeContacts(candidates))).toEqual(merged);
  });

  it.each([
    { cards: 'with emails', email: (i: number) => [`staff${i}@yuanfan.cn`] },
    { cards: 'with phones alone', email: () => [] },
  ])(
    'keeps a directory of namesakes $cards apart, and joins a record to the card whose phone it shares',
    ({ email }) => {
      const staff = Array.from({ length: 60 }, (_, i) =>
        candidate('text', {
          name: '王芳',
          emails: email(i),
          phones: [`+86139${String(10_000_000 + i * 37)}`],
        }),
      );
      const record = candidate('json-ld', { name: '王芳', organization: '远帆', phones: ['+8613910001073'] });
      const merged = mergeContacts([...staff, record]);
      expect(merged).toHaveLength(60);
      const joined = merged.filter((c) => c.organization === '远帆');
      expect(people(joined)).toEqual([['王芳 远帆', ...email(29), '+8613910001073'].join(' ')]);
    },
  );

  it('keeps every email and phone, and makes no more contacts than it was given', () => {
    // A few names, companies, emails and phones, so that candidates share them often.
    const arbitraryCandidate = fc
      .record({
        source: fc.constantFrom(...CONTACT_SOURCES),
        name: fc.option(
          fc.constantFrom('王芳', 'Wang Fang', '李明', 'Li Ming 李明', 'KEVIN LIU', 'Kevin Liu'),
        ),
        organization: fc.option(fc.constantFrom('远帆', 'Acme', 'acme')),
        emails: fc.uniqueArray(fc.constantFrom('wf@yuanfan.cn', 'info@yuanfan.cn', 'kevin@acme.com'), {
          maxLength: 2,
        }),
        phones: fc.uniqueArray(fc.constantFrom('+8613912345678', '+862155556666', '+14155550100'), {
          maxLength: 2,
        }),
      })
      .map(({ source, ...fields }) => candidate(source, fields));
    fc.assert(
      fc.property(fc.array(arbitraryCandidate, { maxLength: 12 }), (candidates) => {
        const merged = mergeContacts(candidates);
        expect(merged.length).toBeLessThanOrEqual(candidates.length);
        const kept = new Set(merged.flatMap((c) => [...c.emails, ...c.phones]));
        for (const c of candidates)
          for (const value of [...c.emails, ...c.phones]) expect(kept).toContain(value);
      }),
    );
  });
});
