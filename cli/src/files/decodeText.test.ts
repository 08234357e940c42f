import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText, legacyEncodingOf } from './decodeText.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeText', () => {
  it.each([
    ['UTF-8 without BOM', utf8('姓名,手机\n张三,13912345678'), '姓名,手机\n张三,13912345678'],
    ['UTF-8 with BOM (Excel "CSV UTF-8")', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('姓名')]), '姓名'],
    // 张三 in GBK: D5 C5 C8 FD
    [
      'GBK (Excel/WPS "CSV" on a Chinese system)',
      new Uint8Array([0xd5, 0xc5, 0xc8, 0xfd, 0x2c, 0x31]),
      '张三,1',
    ],
    // 客户 in GBK: BF CD BB A7
    ['GBK header', new Uint8Array([0xbf, 0xcd, 0xbb, 0xa7]), '客户'],
    [
      'UTF-16LE with BOM ("Unicode text")',
      new Uint8Array([0xff, 0xfe, 0x20, 0x5f, 0x09, 0x00, 0x31, 0x00]),
      '张\t1',
    ],
    ['plain ASCII', utf8('Name,Email'), 'Name,Email'],
    // Too short to tell GBK from Big5 (客戶 in Big5: AB C8 A4 E1): GB18030, the toolkit's default.
    [
      'four bytes of Big5',
      new Uint8Array([0xab, 0xc8, 0xa4, 0xe1]),
      new TextDecoder('gb18030').decode(new Uint8Array([0xab, 0xc8, 0xa4, 0xe1])),
    ],
  ])('decodes %s', (_, bytes, expected) => {
    expect(decodeText(bytes)).toBe(expected);
  });
});

describe('legacyEncodingOf', () => {
  const fixture = (name: string) => readFileSync(new URL(`../../../test/fixtures/${name}`, import.meta.url));

  it.each([
    ['customers-gbk.csv', 'gb18030'],
    ['crm-export-gbk.csv', 'gb18030'],
    ['customers-big5.csv', 'big5'],
    ['customers-cp1252.csv', 'windows-1252'],
  ])('tells %s is in %s', (name, encoding) => {
    expect(legacyEncodingOf(fixture(name))).toBe(encoding);
  });

  it('keeps GB18030 for traditional characters a mainland system saved (GBK holds them too)', () => {
    // The Big5 fixture's text, as GB18030 bytes: decoded from Big5, encoded back by a GB18030
    // table built from the decoder itself (Node has no legacy encoder).
    const text = new TextDecoder('big5').decode(fixture('customers-big5.csv'));
    expect(legacyEncodingOf(gb18030Bytes(text))).toBe('gb18030');
  });
});

/** GB18030 bytes of BMP text, by the two-byte codes TextDecoder('gb18030') decodes (ASCII as is). */
function gb18030Bytes(text: string): Uint8Array {
  const decoder = new TextDecoder('gb18030');
  const codes = new Map<string, [number, number]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const character = decoder.decode(new Uint8Array([lead, trail]));
      if (!codes.has(character)) codes.set(character, [lead, trail]);
    }
  }
  const bytes: number[] = [];
  for (const character of text) {
    if (character.charCodeAt(0) < 0x80) bytes.push(character.charCodeAt(0));
    else {
      const code = codes.get(character);
      if (code === undefined) throw new Error(`no GBK code for ${character}`);
      bytes.push(...code);
    }
  }
  return new Uint8Array(bytes);
}
