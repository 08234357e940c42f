import { describe, expect, it } from 'vitest';
import { clipFixture } from '../testing/clipFixture.ts';
import { clipsMatching } from './searchClips.ts';

const clips = [
  clipFixture('a'),
  clipFixture('b', {
    name: 'Michael Brown',
    title: 'Head of Procurement',
    organization: 'Qinghe Trade',
    emails: ['michael.brown@qinghe-trade.com'],
    phones: ['+8657188886666'],
    tags: ['进博会'],
    owner: '李雷',
    note: '约下周二电话跟进报价',
  }),
];

describe('searching the saved clips', () => {
  it.each([
    ['', ['a', 'b']],
    ['   ', ['a', 'b']],
    ['陈静', ['a']],
    ['michael', ['b']],
    ['MICHAEL brown', ['b']],
    ['brown 进博会', ['b']],
    ['qinghe-trade.com', ['b']],
    ['+8657188886666', ['b']],
    ['李雷 报价', ['b']],
    ['procurement 远帆', []],
    ['展会2024', ['a']],
  ])('“%s” finds %j', (query, found) => {
    expect(clipsMatching(clips, query).map((c) => c.id)).toEqual(found);
  });

  it('sees an edit: a changed contact is searched by its new text', () => {
    const [first] = clips;
    if (!first) throw new Error('no clip');
    expect(clipsMatching([first], '改名')).toEqual([]);
    const edited = { ...first, contact: { ...first.contact, name: '改名了' } };
    expect(clipsMatching([edited], '改名')).toEqual([edited]);
  });
});
