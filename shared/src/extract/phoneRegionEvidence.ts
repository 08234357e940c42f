import { type CountryCode, isSupportedCountry } from 'libphonenumber-js/core';
import { countryOfCallingCode } from '../parse/parsePhone.ts';
import { PHONE_METADATA } from '../parse/phoneMetadata.ts';
import type { PhoneRegionGuess } from './types.ts';

// Where a page says its phone numbers are: its language tag's region (BCP 47, RFC 5646 §2.2.4:
// en-US, zh-CN), else its domain's country-code TLD (ISO 3166-1, with .uk for GB), else the
// user's default. A site builder's default en-US gives way to another country's domain. An
// address's country is read per card (countryOfAddress.ts) when neither the language nor the
// domain says.

/** ccTLDs sold worldwide as generic names (.io, .ai, .co, .me, .tv …): they say nothing of a country. */
const VANITY_TLDS = new Set([
  'io',
  'ai',
  'co',
  'me',
  'tv',
  'cc',
  'fm',
  'ly',
  'to',
  'ws',
  'la',
  'gg',
  'sh',
  'ac',
  'im',
  'nu',
  'tk',
  'vc',
  'gl',
  'so',
  'ms',
  'eu',
  'su',
]);

/** The region of a language tag (`en-GB`, `zh-Hans-CN`), or null for a bare language (`en`). */
export function regionOfLanguage(tag: string): string | null {
  for (const subtag of tag.split(/[-_]/).slice(1)) {
    if (/^[A-Za-z]{2}$/.test(subtag)) return supported(subtag.toUpperCase());
  }
  return null;
}

/** The country of a page address's domain (`.co.uk` → GB, `.com.cn` → CN), or null for .com, .io … */
export function regionOfUrl(url: string | undefined): string | null {
  const host = /^[a-z][a-z0-9+.-]*:\/\/([^/?#:]+)/i.exec(url ?? '')?.[1]?.toLowerCase();
  const tld = host?.split('.').pop();
  if (tld === undefined || tld.length !== 2 || VANITY_TLDS.has(tld)) return null;
  return supported(tld === 'uk' ? 'GB' : tld.toUpperCase());
}

/** The country of a mailbox's domain (someone@meiyin-print.com.hk → HK), or null for .com, gmail.com … */
export function regionOfMailbox(email: string): string | null {
  return regionOfUrl(`https://${email.slice(email.lastIndexOf('@') + 1)}`);
}

/** The page's region for numbers without a country code, and why. */
export function pagePhoneRegion(
  language: string,
  url: string | undefined,
  fallback: string,
): PhoneRegionGuess {
  const fromLanguage = regionOfLanguage(language);
  const fromDomain = regionOfUrl(url);
  // en-US is what WordPress and most site builders write for any English page, and en-GB what
  // many a Commonwealth firm's theme writes: a country's domain (kimlianhuat.com.sg,
  // mavunoagrovet.co.ke) says more of where its numbers are.
  const buildersEnglish = (fromLanguage === 'US' || fromLanguage === 'GB') && /^en\b/i.test(language);
  if (fromLanguage !== null && !(buildersEnglish && fromDomain !== null && fromDomain !== fromLanguage))
    return { region: fromLanguage, basis: 'page-language' };
  if (fromDomain !== null) return { region: fromDomain, basis: 'domain' };
  return { region: fallback, basis: 'default' };
}

/**
 * The country a page's tel: links call with their country code, where most of them (two at least,
 * two in three) call one country other than the US: a Gujarat firm's WordPress page says en-US as
 * any does, and its tel:+9179… links say where its numbers written without a code are (97129
 * 40582 is an Indian mobile there, not an Oregon line). Null where they say nothing of it.
 */
export function regionOfTelLinks(hrefs: readonly string[]): string | null {
  const counts = new Map<string, number>();
  let international = 0;
  for (const href of hrefs) {
    const number = href.replace(/^tel:/i, '').replace(/[^\d+]/g, '');
    if (!number.startsWith('+')) continue;
    const country = countryOfCallingCode(number);
    if (country === null) continue;
    international++;
    counts.set(country, (counts.get(country) ?? 0) + 1);
  }
  let best: string | null = null;
  let most = 0;
  for (const [country, n] of counts)
    if (n > most) {
      best = country;
      most = n;
    }
  return best !== null && best !== 'US' && most >= 2 && most * 3 >= international * 2
    ? supported(best)
    : null;
}

/**
 * Whether the page's region is only a site builder's default: en-US on a domain of no country
 * (apapacrest.com). A Lagos firm's WordPress page says en-US as a Texan's does, so numbers not
 * valid in the US are kept, to be read in the country its addresses or mailboxes name, as for a
 * page that says nothing.
 */
export function isBuilderDefaultRegion(language: string, url: string | undefined): boolean {
  return regionOfLanguage(language) === 'US' && regionOfUrl(url) === null;
}

function supported(code: string): string | null {
  return isSupportedCountry(code as CountryCode, PHONE_METADATA) ? code : null;
}
