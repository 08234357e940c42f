// The script the extension injects into pages carries libphonenumber-js's metadata without its
// number formats (extension/scripts/slimPhoneMetadata.mjs): a third smaller, for a script every
// page scan loads. Formats only print numbers; this checks that parsing, validation and number
// types, all the extractor uses, give the same answers with both, on written numbers and on
// arbitrary digit runs.
import { parsePhoneWithMetadata } from '@crm/shared/parse';
import fc from 'fast-check';
import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/core';
import full from 'libphonenumber-js/metadata.max.json';
import { describe, expect, it } from 'vitest';
import { slimMaxMetadata } from '../extension/scripts/slimPhoneMetadata.mjs';

const slim = slimMaxMetadata();
const REGIONS = [
  'CN',
  'HK',
  'TW',
  'US',
  'GB',
  'DE',
  'FR',
  'AU',
  'SG',
  'JP',
  'NL',
  'IT',
  'IN',
  'BR',
  'ZA',
] as const;

/** What the extractor asks of a number: its E.164 form when valid, and its type. */
function reading(text: string, region: CountryCode, metadata: typeof slim) {
  const parsed = parsePhoneWithMetadata(text, region, metadata);
  const e164 = parsed.ok ? parsed.value : null;
  const type = e164 === null ? undefined : parsePhoneNumberFromString(e164, metadata)?.getType();
  return { e164, type };
}

describe('page metadata without number formats', () => {
  it('is a third smaller', () => {
    expect(JSON.stringify(slim).length).toBeLessThan(JSON.stringify(full).length * 0.7);
  });

  it.each([
    ['139 1234 5678', 'CN'],
    ['(021) 6234 5678', 'CN'],
    ['400-820-8820', 'CN'],
    ['(415) 555-0178', 'US'],
    ['1-877-227-5511', 'US'],
    ['0161 496 0123', 'GB'],
    ['07911 123456', 'GB'],
    ['1300 722 472', 'AU'],
    ['040 7325 1142', 'DE'],
    ['+852 2511 3380', 'CN'],
    ['+31 6 1234 5678', 'CN'],
    ['0086 21 6234 5678', 'US'],
    ['06 1234 5678', 'IT'],
  ] as const)('reads %s (%s) alike', (text, region) => {
    expect(reading(text, region, slim)).toEqual(reading(text, region, full));
  });

  it('reads arbitrary digit runs alike in every region', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\+?[0-9]{5,15}$/), fc.constantFrom(...REGIONS), (text, region) => {
        expect(reading(text, region, slim)).toEqual(reading(text, region, full));
      }),
      { numRuns: 2000 },
    );
  });
});
