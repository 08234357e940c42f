// The registrable part of a host (www.pennine-packaging.co.uk → pennine-packaging.co.uk), close
// enough to the Public Suffix List for the company sites people read: a second-level label under
// a country code (co.uk, com.cn, org.au …) stays with it.

const SECOND_LEVEL = /^(?:co|com|org|net|gov|edu|ac|or|ne|go|gen|ltd|plc)$/;
/** Mailbox providers: an address there says nothing about the company a person works for. */
const FREE_MAIL =
  /^(?:163\.com|126\.com|yeah\.net|qq\.com|foxmail\.com|sina\.com|sina\.cn|sohu\.com|aliyun\.com|139\.com|189\.cn|gmail\.com|googlemail\.com|outlook\.com|hotmail\.com|live\.com|msn\.com|yahoo\.com|icloud\.com|me\.com|aol\.com|proton\.me|protonmail\.com|gmx\.de|web\.de)$/;

/** The host's registrable domain, lower case, or null without a host. */
export function siteDomain(url: string | undefined): string | null {
  const host = /^[a-z][a-z0-9+.-]*:\/\/([^/?#:]+)/i.exec(url ?? '')?.[1]?.toLowerCase();
  return host === undefined ? null : registrable(host);
}

function registrable(host: string): string {
  const labels = host.split('.');
  const keep = labels.length >= 3 && SECOND_LEVEL.test(labels[labels.length - 2] ?? '') ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/** Whether an email address is at a mailbox provider (gmail.com, 163.com …). */
export function isFreeMail(email: string): boolean {
  return FREE_MAIL.test(email.slice(email.lastIndexOf('@') + 1).toLowerCase());
}

/** An email address at the site's own domain or at a mailbox provider (both fit the site's company). */
export function emailFitsSite(email: string, site: string | null): boolean {
  const domain = email.slice(email.lastIndexOf('@') + 1);
  return site === null || FREE_MAIL.test(domain) || registrable(domain) === site;
}
