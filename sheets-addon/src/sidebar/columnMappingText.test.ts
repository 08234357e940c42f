import { describe, expect, it } from 'vitest';
import { formatColumnMapping, parseColumnMapping } from './columnMappingText.ts';

describe('parseColumnMapping', () => {
  it.each([
    ['', {}],
    ['Kunde = name', { Kunde: 'name' }],
    ['  手机号码 =mobile  ', { 手机号码: 'mobile' }],
    ['Kunde = name\nTelefon = phone', { Kunde: 'name', Telefon: 'phone' }],
    ['a=b = email', { 'a=b': 'email' }],
    ['= name', {}],
    ['Kunde =', {}],
    ['Kunde name', {}],
    ['\n\nKunde = name\n', { Kunde: 'name' }],
    ['Kunde = name\nKunde = company', { Kunde: 'company' }],
  ])('reads %j', (text, mapping) => {
    expect(parseColumnMapping(text)).toEqual(mapping);
  });
});

describe('formatColumnMapping', () => {
  it('writes one header = field line per header', () => {
    expect(formatColumnMapping({ Kunde: 'name', 手机: 'mobile' })).toBe('Kunde = name\n手机 = mobile');
  });

  it('writes nothing for an empty mapping', () => {
    expect(formatColumnMapping({})).toBe('');
  });

  it('is read back to the same mapping', () => {
    const mapping = { Kunde: 'name', 'a=b': 'email', 客户电话: 'phone' };
    expect(parseColumnMapping(formatColumnMapping(mapping))).toEqual(mapping);
  });
});
