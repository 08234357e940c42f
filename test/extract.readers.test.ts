// The registry of page readers: every page source has one reader, and each reader on its own
// finds contacts of its own sources on the fixture pages.
import { readFileSync } from 'node:fs';
import {
  CONTACT_READERS,
  CONTACT_SOURCES,
  type ContactReader,
  type DocumentLike,
  extractWithReaders,
} from '@crm/shared';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';

const FIXTURES = [
  'contact-us-zh.html',
  'team-jsonld.html',
  'microdata.html',
  'hcard.html',
  'link-heavy.html',
];
const OPTIONS = { region: 'CN', url: 'https://www.example.com/contact' };

/** Open Graph contact tags, which no fixture page carries. */
const META_PAGE = `<html><head>
  <meta property="og:site_name" content="远帆供应链">
  <meta property="og:email" content="Service@Yuanfan-SC.com">
  <meta property="og:phone_number" content="+86 21 6234 5678">
  <meta property="business:contact_data:phone_number" content="400-820-8820">
</head><body><p>欢迎</p></body></html>`;

function documentOf(html: string): DocumentLike {
  return parseHTML(html).document;
}

const pages = [
  ...FIXTURES.map((file) => readFileSync(new URL(`./fixtures/pages/${file}`, import.meta.url), 'utf8')),
  META_PAGE,
].map(documentOf);

const readerName = (reader: ContactReader) => reader.sources.join(' + ');

describe('CONTACT_READERS', () => {
  it('has exactly one reader for every page source (a selection is not read from a page)', () => {
    const pageSources = CONTACT_SOURCES.filter((source) => source !== 'selection');
    const readersPerSource = pageSources.map(
      (source) => CONTACT_READERS.filter((reader) => reader.sources.includes(source)).length,
    );
    expect(readersPerSource).toEqual(pageSources.map(() => 1));
  });

  it.each(CONTACT_READERS.map((reader) => [readerName(reader), reader] as const))(
    'the %s reader alone finds contacts, all of its own sources',
    (_, reader) => {
      const contacts = pages.flatMap((doc) => extractWithReaders(doc, OPTIONS, [reader]).contacts);
      expect(contacts.length).toBeGreaterThan(0);
      for (const contact of contacts) expect(reader.sources).toContain(contact.source);
    },
  );

  it('reads Open Graph contact tags into one contact for the page organisation', () => {
    const meta = CONTACT_READERS.filter((reader) => reader.sources.includes('meta'));
    expect(extractWithReaders(documentOf(META_PAGE), OPTIONS, meta).contacts).toEqual([
      expect.objectContaining({
        name: null,
        organization: '远帆供应链',
        emails: ['service@yuanfan-sc.com'],
        phones: ['+862162345678', '+864008208820'],
        source: 'meta',
        evidence: [{ kind: 'meta-tags' }],
      }),
    ]);
  });
});

describe('h-card reader', () => {
  /** Cards of both microformats versions, as a page may mix them (a theme's v1 vcard, a plugin's h-card). */
  const card = (kind: 'h-card' | 'vcard', name: string) =>
    kind === 'h-card'
      ? `<div class="h-card"><span class="p-name">${name}</span> <a class="u-email" href="mailto:${name.toLowerCase()}@example.com">mail</a></div>`
      : `<div class="vcard"><span class="fn">${name}</span> <a class="email" href="mailto:${name.toLowerCase()}@example.com">mail</a></div>`;

  it.each([
    [
      'h-cards only',
      [
        ['h-card', 'Ada'],
        ['h-card', 'Ben'],
      ],
    ],
    [
      'vcards only',
      [
        ['vcard', 'Cleo'],
        ['vcard', 'Dan'],
      ],
    ],
    [
      'both kinds, in page order',
      [
        ['vcard', 'Eve'],
        ['h-card', 'Finn'],
        ['vcard', 'Gus'],
        ['h-card', 'Hal'],
      ],
    ],
  ] as const)('reads %s', (_, cards) => {
    const html = `<html><body>${cards.map(([kind, name]) => card(kind, name)).join('')}</body></html>`;
    const hCards = CONTACT_READERS.filter((reader) => reader.sources.includes('h-card'));
    const names = extractWithReaders(documentOf(html), { region: 'CN' }, hCards).contacts.map((c) => c.name);
    expect(names).toEqual(cards.map(([, name]) => name));
  });
});

describe('a person’s card giving the company’s line and desk', () => {
  // A German shipbroker's staff cards, each both a vcard and schema.org microdata: the switchboard
  // and a desk's line, as the note after the number says, and a desk's mailbox are the company's.
  const html = `<html><body>
    <div class="vcard" itemscope itemtype="http://schema.org/Person">
      <h3 class="fn" itemprop="name">Svenja Hinrichsen</h3>
      <ul class="contact">
        <li class="tel"><span class="type">Telefon</span> <a href="tel:+494037690420" itemprop="telephone">040 376904-20</a> (Desk)</li>
        <li class="tel cell"><span class="type">Mobil</span> 0176 43219508</li>
        <li class="email"><span class="type">E-Mail</span> <a href="mailto:drycargo@claussen-wrede.de">drycargo@claussen-wrede.de</a></li>
      </ul>
    </div>
    <div class="vcard" itemscope itemtype="http://schema.org/Person">
      <h3 class="fn" itemprop="name">Friederike Wrede</h3>
      <ul class="contact">
        <li class="tel"><span class="type">Telefon</span> <a href="tel:+49403769040" itemprop="telephone">+49 40 376904-0</a> (Zentrale)</li>
        <li class="email"><span class="type">E-Mail</span> <a href="mailto:f.wrede@claussen-wrede.de" itemprop="email">f.wrede@claussen-wrede.de</a></li>
      </ul>
    </div></body></html>`;

  it.each([
    ['h-card', 'h-card'],
    ['microdata', 'microdata'],
  ] as const)('leaves them off the person in the %s reader', (_, source) => {
    const readers = CONTACT_READERS.filter((reader) => reader.sources.includes(source));
    const people = extractWithReaders(documentOf(html), { region: 'DE' }, readers).contacts.filter(
      (c) => c.name !== null,
    );
    for (const person of people) {
      expect(person.phones).not.toContain('+494037690420');
      expect(person.phones).not.toContain('+49403769040');
      expect(person.emails).not.toContain('drycargo@claussen-wrede.de');
    }
    // Each reader keeps the person's own: her mailbox (microdata gives Svenja Hinrichsen nothing
    // of her own, her mobile not being an item's property).
    expect(people.map((c) => c.name)).toContain('Friederike Wrede');
    expect(people.find((c) => c.name === 'Friederike Wrede')?.emails).toEqual(['f.wrede@claussen-wrede.de']);
  });
});
