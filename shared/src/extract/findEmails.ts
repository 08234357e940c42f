// Email addresses in visible text and in mailto: links.

// Every part is bounded as RFC 5321 §4.5.3.1 and RFC 1035 §2.3.4 bound it (a local part of at
// most 64 characters, labels of at most 63, a handful of labels), and an address starts where a
// word starts: unbounded runs would be scanned again from every letter of a long run of them,
// which is quadratic (seconds on a page of 100,000 letters).
const EMAIL =
  /(?<![A-Za-z0-9])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?){0,8}\.[A-Za-z]{2,24}(?![A-Za-z0-9-])/g;
const WHOLE_EMAIL = new RegExp(`^${EMAIL.source}$`);
/** `logo@2x.png` and friends: retina asset names, not addresses. */
const FILE_TLD = /\.(?:png|jpe?g|gif|svg|webp|avif|ico|css|js|json|pdf|zip)$/i;

/** Emails in `text`, lower-cased, in order of appearance, without duplicates. */
export function findEmails(text: string): string[] {
  if (!text.includes('@')) return [];
  const found = new Set<string>();
  // An exec loop rather than matchAll, which copies the pattern on every call (findPhones.ts).
  EMAIL.lastIndex = 0;
  for (let m = EMAIL.exec(text); m !== null; m = EMAIL.exec(text)) {
    const email = m[0].toLowerCase();
    if (!FILE_TLD.test(email)) found.add(email);
  }
  return [...found];
}

/** The address(es) of a `mailto:` href (several may be comma-separated; the query is dropped). */
export function emailsFromMailto(href: string): string[] {
  let body = href.replace(/^\s*mailto:/i, '');
  const q = body.indexOf('?');
  if (q >= 0) body = body.slice(0, q);
  try {
    body = decodeURIComponent(body);
  } catch {
    // A malformed %-escape: keep the raw text, the pattern below still checks it.
  }
  return body
    .split(/[,;]/)
    .map((part) => part.trim().toLowerCase())
    .filter((part) => WHOLE_EMAIL.test(part) && !FILE_TLD.test(part));
}

/** Normalises one email-like value (from JSON-LD, microdata, h-card); null when it is not one. */
export function normalizeEmail(value: string): string | null {
  const [email] = emailsFromMailto(value);
  return email ?? findEmails(value)[0] ?? null;
}
