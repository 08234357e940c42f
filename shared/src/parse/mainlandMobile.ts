/**
 * Mainland China mobile numbers (the national number, 11 digits) by their real ranges: the
 * mobile pattern of libphonenumber's CN metadata (libphonenumber-js 1.13, `max`). Most numbers in
 * a Chinese customer table are mobiles, so checking them here is both the fast path (no metadata
 * search) and the same answer under any metadata, `min` included. A test compares it with the
 * metadata, so an upgrade that adds a range fails until this pattern follows.
 */
export const MAINLAND_MOBILE =
  /^1(?:(?:610\d|740[0-5])\d{6}|(?:[38]\d|4[57]|[59][0-35-9]|6[25-7]|7[0-35-8])\d{8})$/;

/** Shaped like a mainland mobile: 1 and ten more digits (valid or not). */
export const MAINLAND_MOBILE_SHAPE = /^1\d{10}$/;

/** An E.164 number shaped like a mainland mobile: +86, then 1 and ten more digits. */
export function isMainlandMobileE164(e164: string): boolean {
  return e164.startsWith('+86') && MAINLAND_MOBILE_SHAPE.test(e164.slice(3));
}
