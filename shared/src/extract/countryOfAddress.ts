import { foldTraditional } from '../parse/simplifiedChinese.ts';

// The country an address line names: a country name or its usual short form, or an unmistakable
// postal pattern (a US state with a ZIP code, a UK postcode, a Chinese province-city address).
// Only addresses decide this: a country mentioned in running text says nothing about a number.
// An address in traditional characters is read folded to simplified (臺中市 → 台中市, 澳門 → 澳门).
// Taiwan's addresses seldom name Taiwan: its cities and counties do.

const COUNTRY_WORDS: ReadonlyArray<readonly [string, RegExp]> = [
  [
    'US',
    /\b(?:USA|U\.S\.A\.?|United States(?: of America)?)\b|\b(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC)\s+\d{5}(?:-\d{4})?\b/,
  ],
  [
    'GB',
    /\b(?:United Kingdom|UK|England|Scotland|Wales|Northern Ireland)\b|\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b/,
  ],
  ['CA', /\bCanada\b/],
  ['AU', /\bAustralia\b|\b(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)\s+\d{4}\b/],
  ['HK', /\bHong Kong\b|香港/],
  ['MO', /\bMaca[ou]\b|澳门/],
  [
    'TW',
    /\bTaiwan\b|台湾|(?:台北|新北|桃园|台中|台南|高雄|基隆|新竹|嘉义)市|(?:苗栗|彰化|南投|云林|屏东|宜兰|花莲|台东|澎湖)县/,
  ],
  ['SG', /\bSingapore\b|新加坡/],
  ['DE', /\b(?:Germany|Deutschland)\b/],
  ['NL', /\b(?:the )?Netherlands\b|\bNederland\b/],
  ['FR', /\bFrance\b/],
  ['JP', /\bJapan\b|日本/],
  ['KR', /\b(?:South )?Korea\b|韩国/],
  ['MY', /\bMalaysia\b/],
  ['IN', /\bIndia\b/],
  ['CN', /\b(?:P\.?R\.? ?China|China)\b|中国|[\u4e00-\u9fa5]{2,3}(?:省|自治区)|(?:北京|上海|天津|重庆)市/],
];

/** The ISO 3166-1 code of the country an address names, or null. */
export function countryOfAddress(address: string): string | null {
  const text = foldTraditional(address);
  for (const [code, pattern] of COUNTRY_WORDS) if (pattern.test(text)) return code;
  return null;
}
