import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amountCurrency, parseNumber } from './parseNumber.ts';

describe('amountCurrency', () => {
  it.each([
    ['¥1,200', 'CNY'],
    ['￥1,200.00', 'CNY'],
    ['1200 RMB', 'CNY'],
    ['人民币 500', 'CNY'],
    ['-¥12', 'CNY'],
    ['¥(12.00)', 'CNY'],
    ['HK$1,200', 'HKD'],
    ['hk$ 300', 'HKD'],
    ['800 港幣', 'HKD'],
    ['3萬港元', 'HKD'],
    ['HKD 50', 'HKD'],
    ['NT$10,640', 'TWD'],
    ['1,000 新台幣', 'TWD'],
    ['MOP$88', 'MOP'],
    ['88 澳門幣', 'MOP'],
    ['US$80', 'USD'],
    ['USD -12', 'USD'],
    ['(US$80)', 'USD'],
    ['€25', 'EUR'],
    ['£9.99', 'GBP'],
    ['₹18,400.00', 'INR'],
    ['-₹2,500.00', 'INR'],
    ['S$120', 'SGD'],
    ['RM 1,250.50', 'MYR'],
    ['₩50,000', 'KRW'],
    ['฿990', 'THB'],
    ['A$45', 'AUD'],
    ['1,200 JPY', 'JPY'],
    // Marks written in lower case or mixed: they name their currency as written.
    ['1 240,00 zł', 'PLN'],
    ['1 200 Kč', 'CZK'],
    ['500 Ft', 'HUF'],
    ['Rs. 12,500/-', 'INR'],
    ['S/ 1,650.00', 'PEN'],
    ['S/. 310.00', 'PEN'],
    ['3.600,00 lei', 'RON'],
    ['RON 1.840,00', 'RON'],
    ['312.000,00 din.', 'RSD'],
    ['RSD 696.000,00', 'RSD'],
    ['6,700 Kshs', 'KES'],
    ['R 4 850,00', 'ZAR'],
    // The dirham in Arabic, its figure in Arabic-Indic digits, and short.
    ['٤٨٠ درهم', 'AED'],
    ['Dhs 1,250', 'AED'],
    // The tenge and the rouble as Kazakh and Russian books write them.
    ['250 000 ₸', 'KZT'],
    ['4 500 тг', 'KZT'],
    ['300 руб.', 'RUB'],
    // A local unit names no currency: 元 is a yuan in Shanghai and a Taiwan dollar in Taipei.
    ['320 元', null],
    // kr is a Swedish, a Norwegian or a Danish crown: the unit of wherever the ledger is kept.
    ['1 250,00 kr', null],
    ['1.2万元', null],
    ['$25', null],
    ['25 块', null],
    ['99', null],
    ['', null],
    ['见备注', null],
  ])('%j names %s', (text, code) => {
    expect(amountCurrency(text)).toBe(code);
  });

  it('names a currency only for amounts parseNumber reads with that mark', () => {
    const before = fc.constantFrom(
      'HK$',
      'NT$',
      'US$',
      'MOP$',
      '¥',
      '€',
      '£',
      '₹',
      'S$',
      'RM ',
      '₩',
      'RMB ',
      'USD ',
      '港幣 ',
      '新台币 ',
    );
    const after = fc.constantFrom(' RMB', ' USD', ' HKD', ' 港幣', '新台币', ' 澳門幣', '港元', '€');
    const marked = fc.oneof(
      before.map((mark) => (figure: string) => `${mark}${figure}`),
      after.map((mark) => (figure: string) => `${figure}${mark}`),
    );
    fc.assert(
      fc.property(marked, fc.integer({ min: 0, max: 10_000_000 }), (write, cents) => {
        const figure = (cents / 100).toFixed(2);
        const text = write(figure);
        expect(parseNumber(text)).toEqual({ ok: true, value: cents / 100 });
        expect(amountCurrency(text)).not.toBeNull();
        expect(amountCurrency(figure)).toBeNull();
      }),
    );
  });
});
