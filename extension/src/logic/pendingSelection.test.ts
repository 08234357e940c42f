import { parseSelectionContacts } from '@crm/shared/extract';
import { describe, expect, it } from 'vitest';
import { ExtractedContactSchema } from '../model/extractedContactSchema.ts';
import { clipFixture } from '../testing/clipFixture.ts';
import { pendingSelectionFrom, withoutPerson } from './pendingSelection.ts';

// A mail thread with two signatures, as the context menu reads it from the page.
const THREAD =
  'Best regards,\nKevin Liu\nRegional Sales Manager\nkevin.liu@pacificbridge-trading.com\n\n' +
  'Thanks & regards,\nLi Ming 李明\n采购经理 | Purchasing Manager\nMob: +86 137 5718 6620\nWeChat: liming_hz';
const people = parseSelectionContacts(THREAD, { region: 'CN' }).map((c) => ExtractedContactSchema.parse(c));
const selection = { contacts: people, url: 'https://mail.example.com/thread/1', at: 1_764_600_000_000 };

describe('pending selection', () => {
  it('holds every person of the selection', () => {
    expect(pendingSelectionFrom(selection)?.contacts.map((c) => c.name)).toEqual([
      'Kevin Liu',
      'Li Ming 李明',
    ]);
  });

  it('reads a selection stored by an earlier version (one `contact`) as a list of one', () => {
    const [kevin] = people;
    expect(pendingSelectionFrom({ contact: kevin, url: null, at: 5 })).toEqual({
      contacts: [kevin],
      url: null,
      at: 5,
    });
  });

  it.each([
    ['nothing', undefined],
    ['not an object', 'Kevin Liu'],
    ['nobody in it', { contacts: [], url: null, at: 1 }],
    ['only a malformed contact', { contacts: [{ name: 42 }], url: null, at: 1 }],
  ])('is null for %s', (_what, stored) => {
    expect(pendingSelectionFrom(stored)).toBeNull();
  });

  it('drops a malformed contact and keeps the others', () => {
    const stored = { ...selection, contacts: [{ name: 42 }, people[1]] };
    expect(pendingSelectionFrom(stored)?.contacts.map((c) => c.name)).toEqual(['Li Ming 李明']);
  });

  it.each([
    [
      'saved with the same email',
      { emails: ['Kevin.Liu@pacificbridge-trading.com'], phones: [] },
      ['Li Ming 李明'],
    ],
    ['merged by the mobile written locally', { emails: [], phones: ['137 5718 6620'] }, ['Kevin Liu']],
    ['saved with only the WeChat id', { emails: [], phones: [], wechat: 'LiMing_HZ' }, ['Kevin Liu']],
    ['with no identity but the same name', { name: 'Kevin Liu', emails: [], phones: [] }, ['Li Ming 李明']],
    [
      'someone else',
      { name: 'Kevin Liu', emails: ['k.liu@other.example'], phones: [] },
      ['Kevin Liu', 'Li Ming 李明'],
    ],
  ])('keeps the others once one person is done: %s', (_what, done, left) => {
    expect(withoutPerson(selection, done, 'CN')?.contacts.map((c) => c.name)).toEqual(left);
  });

  it('is gone once everyone in it is done, and unchanged when nobody matched', () => {
    const first = withoutPerson(
      selection,
      clipFixture('c1', { emails: ['kevin.liu@pacificbridge-trading.com'] }).contact,
      'CN',
    );
    expect(first && withoutPerson(first, { emails: [], phones: ['+8613757186620'] }, 'CN')).toBeNull();
    expect(withoutPerson(selection, clipFixture('c2').contact, 'CN')).toBe(selection);
  });
});
