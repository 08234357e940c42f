import fc from 'fast-check';
import {
  type CountryCode,
  getCountryCallingCode,
  type MetadataJson,
  parsePhoneNumberFromString,
} from 'libphonenumber-js/core';
import examples from 'libphonenumber-js/examples.mobile.json';
import minMetadata from 'libphonenumber-js/metadata.min.json';
import { describe, expect, it } from 'vitest';
import { numberByNumberingPlan } from './numberingPlans.ts';
import { PHONE_METADATA } from './phoneMetadata.ts';

/** libphonenumber-js's own answer: the E.164 of a valid number, else null. */
function fullParse(text: string, region: string | undefined, metadata: MetadataJson = PHONE_METADATA) {
  try {
    const phone = parsePhoneNumberFromString(text, { defaultCountry: region as CountryCode }, metadata);
    return phone?.isValid() === true ? phone.number : null;
  } catch {
    return null;
  }
}

const compactOf = (text: string) => text.replace(/[\s\-–—.()\u00a0]/g, '');
const plan = (text: string, region: string | undefined, metadata: MetadataJson = PHONE_METADATA) =>
  numberByNumberingPlan(text, compactOf(text), region, metadata);

/** Where the short way settles a number, it gives the library's own answer. */
function expectLibraryAnswer(
  text: string,
  region: string | undefined,
  metadata: MetadataJson = PHONE_METADATA,
) {
  const fast = plan(text, region, metadata);
  if (fast !== undefined) expect(fast).toBe(fullParse(text, region, metadata));
}

/** Of the numbers the library calls valid, how many, and what share the short way settles. */
function settledShare(samples: readonly (readonly [string, string])[]): { valid: number; share: number } {
  let valid = 0;
  let settled = 0;
  for (const [text, region] of samples) {
    if (fullParse(text, region) === null) continue;
    valid++;
    if (plan(text, region) !== undefined) settled++;
    expectLibraryAnswer(text, region);
  }
  return { valid, share: settled / valid };
}

const COUNTRIES = Object.keys(PHONE_METADATA.countries).filter((c) => c !== '001') as CountryCode[];

const TAIL = fc.stringMatching(/^[0-9]{0,7}$/);
const DIGITS = fc.stringMatching(/^[1-9][0-9]{3,12}$/);

/**
 * A country and a national number near a real one: the country's example mobile with its last
 * digits replaced, or digits of a random length, so that valid and invalid numbers, fixed lines
 * and mobiles all come up. (Arbitraries are made once: made per country, they cost seconds.)
 */
const countryAndNumber = fc
  .tuple(fc.constantFrom(...COUNTRIES), fc.boolean(), fc.nat(7), TAIL, DIGITS)
  .map(([country, nearExample, keep, tail, digits]) => {
    const example = (examples as Record<string, string>)[country] ?? '';
    const national = nearExample
      ? `${example.slice(0, Math.max(1, example.length - keep))}${tail}`.slice(0, 15)
      : digits;
    return [country, national] as const;
  });

/** Separators put between digits as people do: spaces, dashes, dots, brackets round a group. */
const MARKS = fc.array(fc.tuple(fc.nat(20), fc.constantFrom(' ', '-', '.', '–', '\u00a0', ' (', ') ')), {
  maxLength: 4,
});

function written(digits: string, marks: readonly (readonly [number, string])[]): string {
  const chars = [...digits];
  for (const [at, mark] of marks) if (at > 0 && at < chars.length) chars[at] = `${mark}${chars[at]}`;
  return chars.join('');
}

const international = fc
  .tuple(
    countryAndNumber,
    fc.constantFrom('+', '+ ', '(+', '+0', ''),
    fc.constantFrom('', ' ', '-', ' (0)', '0', ') '),
    MARKS,
  )
  .map(
    ([[country, national], plus, between, marks]) =>
      `${plus}${getCountryCallingCode(country, PHONE_METADATA)}${between}${written(national, marks)}`,
  );

/** The usual international shape: + and the calling code, then the number with separators. */
const plainInternational = fc
  .tuple(countryAndNumber, fc.constantFrom('+', '+ '), MARKS)
  .map(
    ([[country, national], plus, marks]) =>
      `${plus}${getCountryCallingCode(country, PHONE_METADATA)} ${written(national, marks)}`,
  );

const dialledWithin = fc
  .tuple(countryAndNumber, fc.constantFrom('0', '1', '8', '00', '', '06'), MARKS)
  .map(([[country, national], prefix, marks]) => [written(`${prefix}${national}`, marks), country] as const);

describe('numberByNumberingPlan', () => {
  it.each([
    // as written, default region, E.164: the shapes of a Chinese customer table's other numbers
    ['+1 (206) 571-9328', 'CN', '+12065719328'],
    ['+44 20 7479 3569', 'CN', '+442074793569'],
    ['+65 9620 8213', 'CN', '+6596208213'],
    ['+852 6388 7610', 'CN', '+85263887610'],
    ['020-53285676', 'CN', '+862053285676'],
    ['021-6789 5202', 'CN', '+862167895202'],
    ['(020) 65655277', 'CN', '+862065655277'],
    ['(0769) 61424259', 'CN', '+8676961424259'],
    ['0592-5972129', 'CN', '+865925972129'],
    ['010-6512 3456', 'CN', '+861065123456'],
    ['(206) 571-9328', 'US', undefined],
    ['+44 (0)20 7479 3569', 'CN', undefined],
    ['0044 20 7479 3569', 'CN', undefined],
    ['021 6123 4567 ext. 801', 'CN', undefined],
    ['+86 021 6123 4567', 'CN', undefined],
    ['+1 (206) 571-9328', 'US', '+12065719328'],
    ['+1 441 296 1234', 'CN', undefined],
  ])('%s (%s) → %s', (text, region, expected) => {
    expect(plan(text, region)).toBe(expected);
    if (expected !== undefined) expect(fullParse(text, region)).toBe(expected);
  });

  it("gives libphonenumber's own answer for every number it settles, from anywhere", () => {
    fc.assert(
      fc.property(
        international,
        fc.constantFrom<CountryCode | undefined>('CN', 'US', 'GB', undefined),
        (text, region) => expectLibraryAnswer(text, region),
      ),
      { numRuns: 5000 },
    );
  });

  it('settles most valid numbers written the usual international way', () => {
    // The short way must be the usual way, not a path that hardly ever answers.
    const samples = fc.sample(plainInternational, { numRuns: 3000, seed: 42 });
    const { valid, share } = settledShare(samples.map((text) => [text, 'CN'] as const));
    expect(valid).toBeGreaterThan(200);
    expect(share).toBeGreaterThan(0.8);
  });

  it("gives libphonenumber's own answer for numbers dialled within every country", () => {
    fc.assert(
      fc.property(dialledWithin, ([text, region]) => expectLibraryAnswer(text, region)),
      { numRuns: 5000 },
    );
  });

  it('settles most valid numbers dialled within a country with a trunk 0', () => {
    const withTrunkZero = fc
      .sample(dialledWithin, { numRuns: 6000, seed: 42 })
      .filter(([text]) => /^0[1-9]/.test(compactOf(text)));
    const { valid, share } = settledShare(withTrunkZero);
    // Left to the full parse: countries that share their calling code and are not its main one
    // (Åland, Vatican, Christmas Island), and plans where a leading 0 is the number's own (Italy).
    expect(valid).toBeGreaterThan(60);
    expect(share).toBeGreaterThan(0.6);
  });

  it('reads the metadata it is given: the small min metadata gives the answers the library gives with it', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          international.map((text) => [text, 'CN'] as const),
          dialledWithin,
        ),
        ([text, region]) => expectLibraryAnswer(text, region, minMetadata),
      ),
      { numRuns: 3000 },
    );
  });
});
