import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guessDelimiter } from './parseCsv.ts';

describe('guessDelimiter', () => {
  it.each([
    { text: '客户编号,姓名,手机\nC001,刘洋,139', delimiter: ',' },
    { text: '客户编号\t姓名\t手机\r\nC001\t刘洋\t139', delimiter: '\t' },
    { text: 'Kunden-Nr;Name;Telefon\r\n1;Müller;030', delimiter: ';' },
    { text: '\r\n  \n\t\r客户编号;姓名;手机,备注\r\n', delimiter: ';' },
    { text: '姓名\n刘洋', delimiter: ',' },
    { text: '', delimiter: ',' },
  ])('$delimiter from the first line that is not blank', ({ text, delimiter }) => {
    expect(guessDelimiter(text)).toBe(delimiter);
  });

  it('reads the first filled line as splitting the whole text on line ends does', () => {
    const reference = (text: string) => {
      const line = text.split(/\r\n|\n|\r/).find((l) => l.trim() !== '') ?? '';
      const counts = [',', '\t', ';'].map((d) => line.split(d).length - 1);
      const best = counts.reduce((b, count, i) => (count > (counts[b] as number) ? i : b), 0);
      return (counts[best] as number) > 0 ? ([',', '\t', ';'][best] as string) : ',';
    };
    const piece = fc.constantFrom('\r\n', '\n', '\r', ' ', '\t', ',', ';', 'a', '客', '\u3000');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(guessDelimiter(text)).toBe(reference(text));
      }),
    );
  });
});
