// Email addresses in visible text and in mailto: links.

const EMAIL =
  /[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,24}(?![A-Za-z0-9-])/g;
const WHOLE_EMAIL = new RegExp(`^${EMAIL.source}$`);
/** `logo@2x.png` and friends: retina asset names, not addresses. */
const FILE_TLD = /\.(?:png|jpe?g|gif|svg|webp|avif|ico|css|js|json|pdf|zip)$/i;

/** Emails in `text`, lower-cased, in order of appearance, without duplicates. */
export function findEmails(text: string): string[] {
  if (!text.includes('@')) return [];
  const found: string[] = [];
  for (const m of text.matchAll(EMAIL)) {
    const email = m[0].toLowerCase();
    if (!FILE_TLD.test(email) && !found.includes(email)) found.push(email);
  }
  return found;
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
