import { describe, expect, it } from 'vitest';
import { decodeText } from './decodeText.ts';

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
  ])('decodes %s', (_, bytes, expected) => {
    expect(decodeText(bytes)).toBe(expected);
  });
});
