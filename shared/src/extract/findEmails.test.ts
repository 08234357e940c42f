import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findEmails, findHiddenEmails, normalizeEmail, symbolForAt } from './findEmails.ts';
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
    // Two inline elements printed without a space: the next word's capital ends the domain.
    ['enquiry@kimlianhuat.com.sgMon – Sat from 8.30am', ['enquiry@kimlianhuat.com.sg']],
    ['SALES@ACME.COM', ['sales@acme.com']],
    // The form a firm's addresses take, written out for the reader: nobody's mailbox.
    ['All our staff can be emailed at firstname.surname@whitcombehale.co.uk.', []],
    ['Write to first.last@acme.com or yourname@acme.com', []],
    ['Sähköpostiosoitteemme ovat muotoa etunimi.sukunimi@pst-saha.fi.', []],
    ['E-Mail: vorname.nachname@huber.at', []],
    ['E-adrese djelatnika su oblika ime.prezime@navis-oprema.hr.', []],
    [
      'E-mailové adresy našich zamestnancov majú tvar meno.priezvisko@strojarnehornad.sk (bez diakritiky).',
      [],
    ],
    ['E-post: fornavn.etternavn@puddefjordmarine.no', []],
    ['El. paštas: vardas.pavarde@azuolynesbaldai.lt', []],
    ['Darbinieku e-pasta adreses veidotas pēc parauga vards.uzvards@elektrolinija.lv.', []],
    ['Munkatársaink e-mail címe általában vezeteknev.keresztnev@agrobihar.hu formátumú.', []],
    ['Contact firstname@acme.com, or Jo at jo.first@acme.com', ['jo.first@acme.com']],
  ])('%j', (text, emails) => {
    expect(findEmails(text)).toEqual(emails);
  });

  it('keeps structured values as they were', () => {
    expect(normalizeEmail('mailto:Li.Lei@Example.com?subject=Hi')).toBe('li.lei@example.com');
  });
});

describe('findHiddenEmails', () => {
  const hidden = (text: string, labelled = false) =>
    findHiddenEmails(text, { symbol: symbolForAt(text), labelled });

  it.each([
    ['vivian [at] hengbang-seal [dot] com', ['vivian@hengbang-seal.com']],
    ['mharlan [at] harlanbriggs [dot] com', ['mharlan@harlanbriggs.com']],
    ['Write to info (at) acme (dot) co (dot) uk for a quote', ['info@acme.co.uk']],
    ['邮箱：wang【at】abc-valve.com', ['wang@abc-valve.com']],
    ['E-mail：zhonglx AT hust-mech.edu.cn', ['zhonglx@hust-mech.edu.cn']],
    ['E-mail：zhonglx AT hust-mech.edu.cn　电话：027-8754 3321', ['zhonglx@hust-mech.edu.cn']],
    ['12345678 AT qq.com', ['12345678@qq.com']],
    ['jsmith at cs dot stanford dot edu', ['jsmith@cs.stanford.edu']],
    ['Email: jsmith at cs dot stanford dot edu', ['jsmith@cs.stanford.edu']],
    ['sales#hengbang-seal.com（发送时请将#换成@）', ['sales@hengbang-seal.com']],
    ['sales★hengbang-seal.com（请把★替换为@）', ['sales@hengbang-seal.com']],
    ['kevin#pacificbridge.com (replace # with @)', ['kevin@pacificbridge.com']],
    ['邮箱：chengd#hengbang-seal.com', ['chengd@hengbang-seal.com']],
  ])('reads %j', (text, emails) => {
    expect(hidden(text)).toEqual(emails);
  });

  it('reads a # as the @ where the page said so on an earlier line, or a label did', () => {
    expect(findHiddenEmails('chengd#hengbang-seal.com', { symbol: '#', labelled: false })).toEqual([
      'chengd@hengbang-seal.com',
    ]);
    expect(findHiddenEmails('chengd#hengbang-seal.com', { symbol: null, labelled: true })).toEqual([
      'chengd@hengbang-seal.com',
    ]);
  });

  // Ordinary text with at, AT, dot and # in it: no address is made up from it.
  it.each([
    'Look at example.com for details',
    'Shop at Walmart dot com',
    'He worked at Amazon dot com for years',
    'shop at walmart dot com this weekend',
    'CALL US AT WWW.ACME.COM',
    'Visit us AT www.acme.com',
    'Shop AT Amazon.com',
    'Prices start at ten dot five',
    'We met at the booth. Data at rest dot',
    'chengd#hengbang-seal.com',
    'See issue#123 and page.html#section.intro',
    'Fixed in release#2.4 at build#17.example',
    'Follow #hengbang on weibo.com',
    '欢迎莅临#3展位，详情见官网 hengbang-seal.com',
    'C# developers at Microsoft.com',
  ])('makes no address of %j', (text) => {
    expect(hidden(text)).toEqual([]);
  });

  it('makes no address of a sentence of ordinary words, whatever at, AT, dot and # it holds', () => {
    const words = fc.constantFrom(
      'we',
      'met',
      'at',
      'AT',
      'dot',
      'DOT',
      'the',
      'office',
      'booth',
      'Amazon',
      'example.com',
      'www.acme.com',
      'acme.co.uk',
      'issue#12',
      'page.html#intro',
      '#3',
      'C#',
      'com',
      'edu',
      'sales',
      'info',
      '2024',
    );
    const sentence = fc
      .tuple(
        fc.constantFrom('We', 'Please', 'Visit', 'Our', 'They'),
        fc.array(words, { minLength: 1, maxLength: 12 }),
      )
      .map(([first, rest]) => `${first} ${rest.join(' ')}.`);
    fc.assert(
      fc.property(sentence, (text) => {
        expect(findHiddenEmails(text, { symbol: symbolForAt(text), labelled: false })).toEqual([]);
      }),
      { numRuns: 2000 },
    );
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

describe('findHiddenEmails in a sentence that explains the form', () => {
  const hidden = (text: string) => findHiddenEmails(text, { symbol: symbolForAt(text), labelled: false });

  it.each([
    [
      'To reduce spam, email addresses are written out below; replace [at] and [dot] when you write to us.',
      [],
    ],
    ['Please replace (at) with @ and (dot) with . before sending', []],
    ['请将 [at] 换成 @，[dot] 换成 .', []],
    // The addresses on the same page still are.
    ['peggy.alvarez [at] riversidefoodbank [dot] org', ['peggy.alvarez@riversidefoodbank.org']],
    ['linda.chu.rcfb [at] gmail [dot] com', ['linda.chu.rcfb@gmail.com']],
    ['sokoro (at) riversidefoodbank (dot) org', ['sokoro@riversidefoodbank.org']],
    ['tanya [at] studio-lumen [dot] design', ['tanya@studio-lumen.design']],
  ])('%s', (text, expected) => {
    expect(hidden(text)).toEqual(expected);
  });
});
