import fc from 'fast-check';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import minMetadata from 'libphonenumber-js/metadata.min.json';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../model/dates.ts';
import { LANGUAGES } from '../model/keys.ts';
import type { Cell } from '../model/table.ts';
import { cellToText } from './cellToText.ts';
import { parseBirthday } from './parseBirthday.ts';
import { parseComplaintStage } from './parseComplaintStage.ts';
import { parseDate } from './parseDate.ts';
import { parseEmail } from './parseEmail.ts';
import { affixedNumber, parseNumber, plainNumber } from './parseNumber.ts';
import { parsePhone } from './parsePhone.ts';
import { parsePhoneWithMetadata } from './parsePhoneWithMetadata.ts';
import { parseTags } from './parseTags.ts';
import { parseProblemText } from './parseTexts.ts';

const ymd = fc.integer({ min: toDayNumber('1900-03-01'), max: toDayNumber('2199-12-31') }).map((day) => {
  const iso = fromDayNumber(day);
  return { iso, y: Number(iso.slice(0, 4)), m: Number(iso.slice(5, 7)), d: Number(iso.slice(8, 10)) };
});

const pad = (n: number) => String(n).padStart(2, '0');
const fullWidth = (s: string) => s.replace(/[0-9]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));

/** The months as Hungarian writes them (január) and cuts them short (jan.), January first. */
const HU_MONTHS =
  'január február március április május június július augusztus szeptember október november december'.split(
    ' ',
  );
const HU_MONTHS_SHORT = 'jan febr márc ápr máj jún júl aug szept okt nov dec'.split(' ');

/** Every written form of a date the parser promises to read back. */
const FORMATS: [string, (y: number, m: number, d: number) => Cell][] = [
  ['ISO', (y, m, d) => `${y}-${pad(m)}-${pad(d)}`],
  ['slashes', (y, m, d) => `${y}/${m}/${d}`],
  ['dots', (y, m, d) => `${y}.${m}.${d}`],
  ['dashes unpadded', (y, m, d) => `${y}-${m}-${d}`],
  ['年月日', (y, m, d) => `${y}年${m}月${d}日`],
  ['年月号 padded', (y, m, d) => `${y}年${pad(m)}月${pad(d)}号`],
  ['full-width 年月日', (y, m, d) => fullWidth(`${y}年${m}月${d}日`)],
  ['with time', (y, m, d) => `${y}-${pad(m)}-${pad(d)} 13:45:00`],
  ['compact', (y, m, d) => `${y}${pad(m)}${pad(d)}`],
  ['serial number', (y, m, d) => toDayNumber(`${y}-${pad(m)}-${pad(d)}`) + 25569],
  ['serial text', (y, m, d) => String(toDayNumber(`${y}-${pad(m)}-${pad(d)}`) + 25569)],
  ['local Date', (y, m, d) => new Date(y, m - 1, d)],
  ['Hungarian, the month cut short', (y, m, d) => `${y}. ${HU_MONTHS_SHORT[m - 1]}. ${d}.`],
  ['Hungarian, the month named', (y, m, d) => `${y}. ${HU_MONTHS[m - 1]} ${d}.`],
];

const anyCell: fc.Arbitrary<Cell> = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ maxLength: 40 }),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.date({ noInvalidDate: false }),
  fc.stringMatching(/^[-+(¥$]?[0-9,.万千k元%]{0,12}\)?$/),
  fc.stringMatching(/^[0-9]{1,4}[-/.年][0-9]{1,2}[-/.月][0-9]{1,4}[日号]?$/),
);

describe('parser properties', () => {
  it.each(FORMATS)('reads any real date written as %s back to the same ISO date', (_name, format) => {
    fc.assert(
      fc.property(ymd, ({ iso, y, m, d }) => {
        expect(parseDate(format(y, m, d))).toEqual({ ok: true, value: iso });
      }),
    );
  });

  it('reads a UTC Date by its UTC day when dateObjects is utc', () => {
    fc.assert(
      fc.property(ymd, ({ iso, y, m, d }) => {
        expect(parseDate(new Date(Date.UTC(y, m - 1, d)), { dateObjects: 'utc' })).toEqual({
          ok: true,
          value: iso,
        });
      }),
    );
  });

  it('reads any birthday date back, with or without the year', () => {
    fc.assert(
      fc.property(ymd, ({ iso, y, m, d }) => {
        expect(parseBirthday(`${y}年${m}月${d}日`)).toEqual({ ok: true, value: iso });
        expect(parseBirthday(`${m}月${d}日`)).toEqual({ ok: true, value: `--${iso.slice(5)}` });
      }),
    );
  });

  it('reads a formatted amount with separators, currency and units back to the number', () => {
    const cents = fc.integer({ min: 0, max: 99_999_999_999 });
    const styles = [
      (s: string) => s,
      (s: string) => `¥${s}`,
      (s: string) => `￥${s}`,
      (s: string) => `${s} 元`,
      (s: string) => `RMB ${s}`,
      (s: string) => `$${s}`,
      (s: string) => ` ${s} `,
      (s: string) => fullWidth(s).replace(/,/g, '，'),
    ];
    fc.assert(
      fc.property(cents, fc.constantFrom(...styles), fc.boolean(), (c, style, negative) => {
        const value = c / 100;
        const [int = '0', frac = '00'] = value.toFixed(2).split('.');
        const grouped = `${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac}`;
        const text = style(grouped);
        const expected = negative && value !== 0 ? -value : value;
        expect(parseNumber(negative ? `(${text.trim()})` : text)).toEqual({ ok: true, value: expected });
      }),
    );
  });

  it('reads an amount with a currency sign or 元 as the full reading does (the fast path agrees)', () => {
    const amount = fc.tuple(fc.nat(10_000_000), fc.option(fc.nat(99), { nil: undefined }));
    fc.assert(
      fc.property(
        amount,
        fc.constantFrom('', '¥', '￥', '$', '€', '£'),
        fc.constantFrom('', '元', ' 元'),
        (a, sign, unit) => {
          const [whole, cents] = a;
          const text = `${sign}${whole}${cents === undefined ? '' : `.${cents}`}${unit}`;
          // A leading space keeps a cell off the fast paths: the full reading of the same amount.
          expect(parseNumber(text)).toEqual(parseNumber(` ${text}`));
          expect(parseNumber(text)).toEqual({
            ok: true,
            value: Number(`${whole}${cents === undefined ? '' : `.${cents}`}`),
          });
        },
      ),
    );
  });

  // Any length, and up to 12 digits a part: around 15 digits, where reading by char code stops
  // being exact and Number takes over.
  it.each([
    ['any length', 400, 100],
    ['short', 12, 3_000],
  ])(
    'reads a plain number (any sign, digits, %s) by its fast path as the full reading does',
    (_, most, numRuns) => {
      const digits = fc.stringMatching(new RegExp(`^\\d{1,${most}}$`));
      fc.assert(
        fc.property(
          fc.boolean(),
          digits,
          fc.option(digits, { nil: undefined }),
          (negative, whole, fraction) => {
            const text = `${negative ? '-' : ''}${whole}${fraction === undefined ? '' : `.${fraction}`}`;
            const value = Number(text);
            // plainNumber takes the short ones; every one reads as the full reading reads it.
            expect(plainNumber(text)).toBe(text.length <= 20 ? (value === 0 ? 0 : value) : Number.NaN);
            expect(parseNumber(text)).toEqual(parseNumber(` ${text}`));
            expect(parseNumber(text)).toEqual(
              Number.isFinite(value)
                ? { ok: true, value: value === 0 ? 0 : value }
                : { ok: false, problem: { code: 'number-too-large', text } },
            );
          },
        ),
        { numRuns },
      );
      for (const text of ['', '-', '.5', '12.', '1e5', '+1', '1 2', '１２', '--1'])
        expect(plainNumber(text)).toBeNaN();
      for (const [text, value] of [
        ['594.72', 594.72],
        ['-0.00', 0],
        ['0012.50', 12.5],
        ['999999999999999', 999_999_999_999_999],
        ['9007199254740993', 9_007_199_254_740_992],
        ['0.1000000000000001', 0.1000000000000001],
        ['1234567890.1234567', 1234567890.1234567],
      ] as const)
        expect(plainNumber(text)).toBe(value);
    },
  );

  it('reads an amount with a currency sign, comma groups or 元 by its fast path as the full reading does', () => {
    const digits = fc.stringMatching(/^\d{1,9}$/);
    // Commas put in anywhere among the digits: in groups of three, or where no grouping puts them.
    const grouped = fc.tuple(digits, fc.boolean(), fc.nat({ max: 8 })).map(([text, threes, at]) => {
      if (threes) return text.replace(/\B(?=(\d{3})+$)/g, ',');
      return at < text.length ? `${text.slice(0, at)},${text.slice(at)}` : text;
    });
    const amount = fc.record({
      sign: fc.constantFrom('', '', '-', '+', '−'),
      currency: fc.constantFrom('', '¥', '￥', '$', '€', '£', 'RMB'),
      whole: grouped,
      fraction: fc.constantFrom('', '', '.', '.5', '.50', '.07', '.123456'),
      suffix: fc.constantFrom('', '元', ' 元', '  元', '块', ' '),
    });
    let fast = 0;
    fc.assert(
      fc.property(amount, ({ sign, currency, whole, fraction, suffix }) => {
        const text = `${sign}${currency}${whole}${fraction}${suffix}`;
        if (!Number.isNaN(affixedNumber(text))) fast++;
        // A leading space keeps the text from both fast paths: the full reading's answer.
        expect(parseNumber(text)).toEqual(parseNumber(` ${text}`));
      }),
      { numRuns: 3_000 },
    );
    // The generator reaches the fast path often enough to test it.
    expect(fast).toBeGreaterThan(300);
    for (const [text, value] of [
      ['¥612.24', 612.24],
      ['713.24 元', 713.24],
      ['675元', 675],
      ['-¥1,083.10', -1083.1],
      ['1,326.00', 1326],
      ['￥0.00', 0],
      ['-0 元', 0],
    ] as const)
      expect(affixedNumber(text)).toBe(value);
    for (const text of [
      '¥-12',
      '¥ 12',
      '1234,567',
      '1,23',
      ',123',
      '12.',
      '12元 ',
      '元',
      '¥',
      '1 234',
      '9999999999999999元',
    ])
      expect(affixedNumber(text)).toBeNaN();
  });

  it('reads 万 and 千 amounts exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 0, max: 99 }), (whole, frac) => {
        const text = `${whole}.${String(frac).padStart(2, '0')}`;
        expect(parseNumber(`${text}万`)).toEqual({ ok: true, value: Number(`${text}e4`) });
        expect(parseNumber(`${text}千元`)).toEqual({ ok: true, value: Number(`${text}e3`) });
      }),
    );
  });

  it('parses every finite number cell to itself', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        expect(parseNumber(n)).toEqual({ ok: true, value: n === 0 ? 0 : n });
      }),
    );
  });

  it('reads a mobile number that came back from a float or from scientific notation as the number', () => {
    const mobile = fc
      .tuple(fc.constantFrom('13', '15', '17', '18', '19'), fc.integer({ min: 0, max: 999_999_999 }))
      .map(([head, rest]) => `${head}${String(rest).padStart(9, '0')}`);
    fc.assert(
      fc.property(mobile, fc.integer({ min: 1, max: 3 }), (number, zeros) => {
        // The number read, or for one not valid (13000000000) the same refusal.
        const read = (text: string) => {
          const r = parsePhone(text, 'CN');
          return r.ok ? r.value : r.problem.code;
        };
        const expected = read(number);
        expect(read(`${number}.${'0'.repeat(zeros)}`)).toBe(expected);
        // Every digit in the mantissa, as a number shown with all its precision.
        expect(read(`${number[0]}.${number.slice(1)}E+10`)).toBe(expected);
      }),
    );
  });

  it('refuses a mobile number shown in scientific notation with digits cut off, saying how many are left', () => {
    const mobile = fc.integer({ min: 13_000_000_000, max: 19_999_999_999 }).map(String);
    fc.assert(
      fc.property(mobile, fc.integer({ min: 1, max: 9 }), (number, kept) => {
        const text = `${number[0]}.${number.slice(1, kept)}E+10`.replace('.E', 'E');
        const result = parsePhone(text, 'CN');
        expect(result).toEqual({
          ok: false,
          problem: { code: 'phone-scientific', text, kept },
        });
      }),
    );
  });

  it('never throws, whatever the cell, and words every refusal in every language', () => {
    fc.assert(
      fc.property(anyCell, (cell) => {
        const results = [
          parseNumber(cell),
          parseDate(cell),
          parseDate(cell, { dateObjects: 'utc' }),
          parseBirthday(cell),
          parsePhone(cell, 'CN'),
          parsePhone(cell, 'US'),
          parseEmail(cell),
          parseComplaintStage(cell),
        ];
        for (const r of results) {
          if (r.ok) continue;
          for (const language of LANGUAGES)
            expect(parseProblemText(r.problem, language).length).toBeGreaterThan(0);
        }
        expect(Array.isArray(parseTags(cell))).toBe(true);
        expect(typeof cellToText(cell)).toBe('string');
      }),
      { numRuns: 2000 },
    );
  });

  it('only ever yields real ISO dates', () => {
    fc.assert(
      fc.property(anyCell, (cell) => {
        const r = parseDate(cell);
        if (r.ok && r.value !== null) expect(fromDayNumber(toDayNumber(r.value))).toBe(r.value);
      }),
      { numRuns: 2000 },
    );
  });

  it('is idempotent on its own output for emails and phones', () => {
    fc.assert(
      fc.property(fc.emailAddress(), (address) => {
        const first = parseEmail(address.toUpperCase());
        if (first.ok && first.value !== null) expect(parseEmail(first.value)).toEqual(first);
      }),
    );
    fc.assert(
      fc.property(fc.stringMatching(/^1[3-9][0-9]{9}$/), (mobile) => {
        const first = parsePhone(mobile, 'CN');
        if (first.ok && first.value !== null) expect(parsePhone(first.value, 'CN')).toEqual(first);
      }),
    );
  });

  // A phone cell written plainly (digits with + - ( ) and single spaces) takes a short way. A
  // space put before it makes it take the long way, which trims that space again: the two must
  // give the same result, valid or not, in every region.
  it('reads a plainly written phone the same as the long way does', () => {
    const digit = fc.constantFrom('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
    const piece = fc.oneof(
      { weight: 6, arbitrary: digit },
      { weight: 1, arbitrary: fc.constantFrom(' ', '-', '+', '(', ')', '  ', '/', '.', '转', 'x') },
    );
    const written = fc.oneof(
      fc.array(piece, { minLength: 1, maxLength: 20 }).map((pieces) => pieces.join('')),
      fc.constantFrom(
        '+86 139 1234 5678',
        '139-1234-5678',
        '0086 13912345678',
        '+1 (206) 571-9328',
        '(020) 65655277',
        '+44 20 7946 0958',
        '+852 6388 7610',
        '8613912345678',
      ),
    );
    fc.assert(
      fc.property(written, fc.constantFrom('CN', 'US', 'GB', 'HK', 'cn', 'XX'), (cell, region) => {
        expect(parsePhone(cell, region)).toEqual(parsePhone(` ${cell}`, region));
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with libphonenumber-js on any 11-digit Chinese mobile-like number', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^1[0-9]{10}$/), (digits) => {
        const reference = parsePhoneNumberFromString(digits, 'CN');
        const expected = reference?.isValid() ? reference.number : null;
        const result = parsePhone(digits, 'CN');
        expect(result.ok ? result.value : null).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('judges mainland mobiles by their real ranges on the smaller min metadata too', () => {
    expect(parsePhoneWithMetadata('139-1234-5678', 'CN', minMetadata)).toEqual({
      ok: true,
      value: '+8613912345678',
    });
    // min alone takes these for valid numbers: its validity is little more than a length check.
    for (const number of ['12345678901', '+86 140 1234 5678', '8612345678901']) {
      expect(parsePhoneWithMetadata(number, 'CN', minMetadata).ok).toBe(false);
      expect(parsePhone(number, 'CN').ok).toBe(false);
    }
  });
});
