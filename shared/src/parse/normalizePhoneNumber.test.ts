import fc from 'fast-check';
import type { MetadataJson } from 'libphonenumber-js/core';
import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import minMetadata from 'libphonenumber-js/metadata.min.json';
import { describe, expect, it } from 'vitest';
import { E164_PATTERN } from '../model/schemas.ts';
import { MAINLAND_MOBILE } from './mainlandMobile.ts';
import { E164, normalizePhoneNumber } from './normalizePhoneNumber.ts';
import { PHONE_METADATA } from './phoneMetadata.ts';

describe('normalizePhoneNumber', () => {
  it.each([
    // as written, default region, E.164 or null
    ['13912345678', 'CN', '+8613912345678'],
    ['139-1234-5678', 'CN', '+8613912345678'],
    ['(+86) 139 1234 5678', 'DE', '+8613912345678'],
    ['0086 139 1234 5678', 'US', '+8613912345678'],
    ['8613912345678', 'CN', '+8613912345678'],
    ['013912345678', 'CN', '+8613912345678'],
    ['１３９１２３４５６７８', 'CN', '+8613912345678'],
    ['139-1234-5678 ext. 12', 'CN', '+8613912345678'],
    ['12345678901', 'CN', null],
    ['8612345678901', 'CN', null],
    ['012345678901', 'CN', null],
    ['+86 123 4567 8901', 'GB', null],
    ['13912345678', 'US', null],
    ['021 6123 4567 ext. 801', 'cn', '+862161234567'],
    ['0044 20 7946 0958', 'US', '+442079460958'],
    ['79447151183632', 'DE', null],
    ['0794 4715 1183632', 'DE', null],
    ['+8613912345678', 'XX', '+8613912345678'],
    ['13912345678', 'XX', null],
    ['not a number', 'CN', null],
  ])('%s (%s) → %s', (text, region, expected) => {
    expect(normalizePhoneNumber(text, region)).toBe(expected);
  });

  it('returns E.164 or nothing, whatever the text and region', () => {
    const phoneish = fc.stringMatching(/^[+(]?[0-9 ()\-.]{0,24}$/);
    fc.assert(
      fc.property(phoneish, fc.constantFrom('CN', 'US', 'DE', 'GB', 'JP', 'XX'), (text, region) => {
        const e164 = normalizePhoneNumber(text, region);
        if (e164 !== null) expect(e164).toMatch(E164);
      }),
      { numRuns: 3000 },
    );
  });

  it('gives the same answer for mainland mobiles on the small min metadata', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^1[0-9]{10}$/),
        fc.constantFrom('', '+86 ', '0086 ', '0'),
        (digits, prefix) => {
          const written = `${prefix}${digits}`;
          expect(normalizePhoneNumber(written, 'CN', minMetadata)).toBe(normalizePhoneNumber(written, 'CN'));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('judges mainland mobiles by their real ranges under any metadata, written with a trunk 0 too', () => {
    // A metadata whose CN mobile pattern takes any 1 and ten digits (as an older one might):
    // numbers outside the real ranges are still not mobiles.
    const loose = JSON.parse(JSON.stringify(PHONE_METADATA)) as { countries: Record<string, unknown[]> };
    const types = loose.countries.CN?.[11] as unknown[];
    types[1] = ['1\\d{10}', [11]];
    const metadata = loose as unknown as MetadataJson;
    for (const written of ['012345678901', '+86 123 4567 8901', '12345678901'])
      expect(normalizePhoneNumber(written, 'CN', metadata)).toBeNull();
    expect(normalizePhoneNumber('013912345678', 'CN', metadata)).toBe('+8613912345678');
  });

  it("gives libphonenumber's full answer for every mobile-shaped number, however it is written", () => {
    // The fast path (MAINLAND_MOBILE on the 11 digits) must never differ from the full metadata
    // search it skips: the same E.164 for a valid mobile, nothing for an invalid one.
    const fullSearch = (text: string, region: string): string | null => {
      const valid = (written: string) => {
        const phone = parsePhoneNumberFromString(written, region as CountryCode);
        return phone?.isValid() === true ? phone.number : null;
      };
      const compact = text.replace(/[\s-]/g, '');
      return valid(text) ?? (compact.startsWith('00') ? valid(`+${compact.slice(2)}`) : null);
    };
    // Mostly real mobile blocks (13x–19x, 1610, 1740x), so that valid and invalid both come up.
    const national = fc
      .tuple(
        fc.constantFrom('13', '14', '15', '16', '17', '18', '19', '10', '11', '12', '161', '1740'),
        fc.stringMatching(/^[0-9]{9}$/),
      )
      .map(([head, tail]) => `${head}${tail}`.slice(0, 11));
    const written = fc
      .tuple(
        fc.constantFrom('', '+86', '+86 ', '0086', '0086 ', '(+86) ', '86', '0'),
        national,
        fc.array(fc.constantFrom(' ', '-'), { maxLength: 11 }),
        fc.array(fc.nat(10), { maxLength: 11 }),
      )
      .map(([prefix, digits, marks, places]) => {
        const chars = [...digits];
        marks.forEach((mark, i) => {
          const at = 1 + ((places[i] ?? 0) % 10);
          chars[at] = `${mark}${chars[at]}`;
        });
        return `${prefix}${chars.join('')}`;
      });
    fc.assert(
      fc.property(written, fc.constantFrom('CN', 'DE', 'US'), (text, region) => {
        expect(normalizePhoneNumber(text, region)).toBe(fullSearch(text, region));
      }),
      { numRuns: 3000 },
    );
  });

  it('checks E.164 by the same rule as the contact schema', () => {
    expect(E164.source).toBe(E164_PATTERN.source);
  });
});

describe('MAINLAND_MOBILE', () => {
  it("matches libphonenumber's full CN metadata on every mobile prefix", () => {
    // The ranges are decided by the first five digits; test both ends of each block.
    const disagreements: string[] = [];
    for (let prefix = 10_000; prefix < 20_000; prefix++) {
      for (const rest of ['000000', '999999']) {
        const national = `${prefix}${rest}`;
        const valid = parsePhoneNumberFromString(national, 'CN')?.isValid() === true;
        if (MAINLAND_MOBILE.test(national) !== valid) disagreements.push(national);
      }
    }
    expect(disagreements).toEqual([]);
  });
});

// patches/libphonenumber-js+*.patch (applied by `npm ci`, through patch-package) makes the library
// compile each metadata pattern once instead of on every test of every number. Without it a
// number from abroad costs two to three times as much. This fails when the patch is not applied.
describe('libphonenumber-js, as patched', () => {
  it('builds next to no RegExp per number once its patterns are compiled', () => {
    const numbers = (from: number) =>
      Array.from({ length: 50 }, (_, i) => [
        `+44 20 7946 ${String(from + i).padStart(4, '0')}`,
        `+1 (206) 555-${String(from + i).padStart(4, '0')}`,
      ]).flat();
    const built = (texts: readonly string[]) => {
      let count = 0;
      const Original = globalThis.RegExp;
      globalThis.RegExp = new Proxy(Original, {
        construct(target, args) {
          count++;
          return Reflect.construct(target, args);
        },
      });
      try {
        for (const text of texts) normalizePhoneNumber(text, 'CN');
      } finally {
        globalThis.RegExp = Original;
      }
      return count;
    };
    built(numbers(0));
    const perNumber = built(numbers(1000)) / 100;
    // Unpatched, these numbers build six each on average (the patterns their country and types
    // are tested with); patched, one: the national-prefix pattern, which the library builds itself.
    expect(perNumber).toBeLessThan(3);
  });
});
