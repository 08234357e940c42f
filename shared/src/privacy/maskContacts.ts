/**
 * Something that may be an email address, valid or not (a review shows invalid ones too): a run
 * without spaces around an @. Bounded, so a long cell costs one pass.
 */
const EMAIL_LIKE = /[^\s@,;:=，；：、<>()（）"'“”]{1,64}@[^\s,;，；、<>()（）"'“”]{1,255}/g;
/**
 * A phone-like run: eight digits or more, with the separators people write between them and an
 * area or country code in brackets in front.
 */
const PHONE_LIKE = /(?:\(\+?\d{1,4}\)\s?)?\+?\d[\d\s\-.\u00a0]{6,24}\d/g;
/** A date is not a phone number. */
const DATE_LIKE = /^\d{4}[-./]\d{1,2}[-./]\d{1,2}$/;

/**
 * A text with the email addresses and phone numbers in it masked, for what a team shares (review
 * tables, reports): an address keeps its first character and its domain (z***@example.com), a
 * number its last four digits (*** **** 5678), so a reader can still tell two apart and find the
 * row, but cannot call or write to the person. Names and row numbers are left as they are.
 */
export function maskContactsInText(text: string): string {
  if (text === '' || (!text.includes('@') && !/\d{4}/.test(text.replace(/[\s\-.()]/g, '')))) return text;
  const masked = text.replace(EMAIL_LIKE, (email) => {
    const at = email.indexOf('@');
    return `${email.slice(0, 1)}***${email.slice(at)}`;
  });
  return masked.replace(PHONE_LIKE, (run) => {
    const digits = run.replace(/\D/g, '').length;
    if (digits < 8 || DATE_LIKE.test(run.trim())) return run;
    let keep = 4;
    let out = '';
    for (let i = run.length - 1; i >= 0; i--) {
      const ch = run[i] as string;
      if (/\d/.test(ch)) {
        out = (keep > 0 ? ch : '*') + out;
        keep--;
      } else out = (ch === '+' ? '' : ch) + out;
    }
    return out;
  });
}
