// Email addresses in visible text and in mailto: links.

import { escapeRegExp } from '../parse/regExpSource.ts';

// Every part is bounded as RFC 5321 §4.5.3.1 and RFC 1035 §2.3.4 bound it (a local part of at
// most 64 characters, labels of at most 63, a handful of labels), and an address starts where a
// word starts: unbounded runs would be scanned again from every letter of a long run of them,
// which is quadratic (seconds on a page of 100,000 letters).
const EMAIL =
  /(?<![A-Za-z0-9])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?){0,8}\.[A-Za-z]{2,24}(?![A-Za-z0-9-])/g;
const WHOLE_EMAIL = new RegExp(`^${EMAIL.source}$`);
/**
 * A top-level domain in lower case run into the capitalised word after it, two inline elements
 * printed without a space between (enquiry@kimlianhuat.com.sg</a></span><span>Mon – Sat: the
 * page's text reads …com.sgMon): the capital starts the next word, not the domain.
 */
const RUN_ON_WORD = /(\.[a-z]{2,24})[A-Z][A-Za-z]*$/;
/** `logo@2x.png` and friends: retina asset names, not addresses. */
const FILE_TLD = /\.(?:png|jpe?g|gif|svg|webp|avif|ico|css|js|json|pdf|zip)$/i;

/** Emails in `text`, lower-cased, in order of appearance, without duplicates. */
export function findEmails(text: string): string[] {
  if (!text.includes('@')) return [];
  const found = new Set<string>();
  // An exec loop rather than matchAll, which copies the pattern on every call (findPhones.ts).
  EMAIL.lastIndex = 0;
  for (let m = EMAIL.exec(text); m !== null; m = EMAIL.exec(text)) {
    const email = m[0].replace(RUN_ON_WORD, '$1').toLowerCase();
    if (!FILE_TLD.test(email) && !TEMPLATE_LOCAL.test(email)) found.add(email);
  }
  return [...found];
}

// Addresses written so that harvesters miss them: `vivian [at] hengbang-seal [dot] com`,
// `zhonglx AT hust-mech.edu.cn`, `jsmith at cs dot stanford dot edu`, and `sales#hengbang-seal.com`
// where the page says to put @ for the # (发送时请将#换成@) or a label says it is an email. Each form
// is read only where ordinary text cannot take it: a bracketed [at] anywhere; the bare word at
// only where the address stands alone (the whole line, or the value after a label) after a
// mailbox in lower case ("CALL US AT WWW.ACME.COM", "Shop at Walmart dot com" are no addresses),
// and in lower case only with every dot spelled out and a common top-level domain; a # only where
// the page or a label says so.

/**
 * The form a firm's addresses take, written out for the reader to fill in (firstname.surname@,
 * first.last@, yourname@), and so in the languages pages come in (etunimi.sukunimi@,
 * vorname.nachname@, förnamn.efternamn@, fornavn.efternavn@, voornaam.achternaam@, prenom.nom@,
 * nome.cognome@, imie.nazwisko@, jmeno.prijmeni@, meno.priezvisko@, ime.prezime@, fornavn.etternavn@,
 * vardas.pavarde@, vards.uzvards@, vezeteknev.keresztnev@, the Hungarian family name first): nobody's
 * mailbox.
 */
const TEMPLATE_LOCAL =
  /^(?:(?:first[-_.]?name|first|given[-_.]?name|your[-_.]?name|name|forename|initial)(?:[-_.](?:sur[-_.]?name|last[-_.]?name|last|family[-_.]?name|name))?|(?:etunimi|vorname|f[öo]rnamn|fornavn|voornaam|pr[ée]nom|nome|imie|imi[ęe]|jm[ée]no|meno|nombre|ime|vardas|v[āa]rds)[-_.](?:sukunimi|nachname|efternamn|efternavn|etternavn|achternaam|nom|cognome|nazwisko|p[řr][íi]jmen[íi]|priezvisko|apellido|prezime|pavard[eė]|uzv[āa]rds)|vezet[ée]kn[ée]v[-_.]kereszt(?:n[ée]v)?|kereszt(?:n[ée]v)?[-_.]vezet[ée]kn[ée]v)@/;

const LOCAL = '[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}';
const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
/** `[at]`, `(at)`, `{AT}`, `【at】`, ` AT `, ` at `. */
const AT_WORD = '\\s*[\\[({（【]\\s*[Aa][Tt]\\s*[\\])}）】]\\s*|\\s+AT\\s+|\\s+at\\s+';
/** `.`, `[dot]`, `(dot)`, ` dot `, ` DOT `. */
const DOT_WORD = '\\.|\\s*[\\[({（【]\\s*[Dd][Oo][Tt]\\s*[\\])}）】]\\s*|\\s+dot\\s+|\\s+DOT\\s+';
const SPELLED = new RegExp(
  `(?<![A-Za-z0-9._%+-])(${LOCAL})(${AT_WORD})(${LABEL}(?:(?:${DOT_WORD})${LABEL}){0,8}(?:${DOT_WORD})[A-Za-z]{2,24})(?![A-Za-z0-9-])`,
  'g',
);
const DOT_WORD_ALONE = new RegExp(DOT_WORD, 'g');
/** Top-level domains an address with every dot spelled out (` dot `) may end in. */
const COMMON_TLD =
  /^(?:com|net|org|edu|gov|info|biz|io|co|cn|hk|tw|mo|sg|jp|kr|uk|de|fr|it|es|nl|au|ca|us|in)$/;
/**
 * Top-level domains an address written in words may end in: a country's two letters (ISO 3166-1)
 * or one of the generic domains mailboxes are kept under. A sentence explaining the form ("replace
 * [at] and [dot] when you write") has the marks too, and ends in a word that is no domain.
 */
const SPELLED_TLD =
  /^(?:[a-z]{2}|com|net|org|edu|gov|mil|int|info|biz|name|pro|mobi|asia|app|dev|xyz|online|site|shop|store|tech|club|live|life|world|email|media|design|agency|studio|company|group|global|cloud|law|legal|health|care|church|foundation|ngo|coop|museum|travel|jobs|network|solutions|consulting|today|news|blog|art|top|vip|ltd|inc)$/;
/** 发送时请将#换成@, (#替换为@), "replace # with @": which character stands for the @. */
const STANDS_FOR_AT =
  /([#＃*★☆])\s*(?:换成|换为|替换成|替换为|改成|改为|→|->)\s*[@＠]|replace\s+(?:the\s+)?([#*])\s+(?:with|by)\s+(?:an?\s+)?@/i;
/** An email label and its colon right before a value: 邮箱：, E-mail: . */
const EMAIL_LABEL_BEFORE = /(?:邮箱|电邮|邮件|信箱|e-?mail|mail)\s*[:：]\s*$/i;
/** A bracketed at: `[at]`, `(AT)`, `【at】` (its closing half). */
const BRACKETED_AT = /[Aa][Tt]\s?[\])}）】]/;

/** The character a line tells readers to replace with @ (`#` in 请将#换成@), or null. */
export function symbolForAt(text: string): string | null {
  if (!text.includes('@') && !text.includes('＠')) return null;
  const m = STANDS_FOR_AT.exec(text);
  if (m === null) return null;
  const symbol = m[1] ?? m[2] ?? null;
  return symbol === '＃' ? '#' : symbol;
}

export interface HiddenEmailOptions {
  /** The character the page said stands for the @ (symbolForAt), or null. */
  symbol: string | null;
  /** A label (in the line, the cell before or the column) says the line holds an email. */
  labelled: boolean;
}

/**
 * Addresses written in words or with a stand-in for the @, lower-cased, in order, without
 * duplicates. A cheap test comes first: most lines have none of the marks.
 */
export function findHiddenEmails(text: string, options: HiddenEmailOptions): string[] {
  const symbol = options.symbol;
  if (!mayHideEmail(text, symbol)) return [];
  const found = new Set<string>();
  SPELLED.lastIndex = 0;
  for (let m = SPELLED.exec(text); m !== null; m = SPELLED.exec(text)) {
    const alone = options.labelled || standsAlone(text, m.index, m.index + m[0].length);
    const email = spelledEmail(m[1] ?? '', m[2] ?? '', m[3] ?? '', alone);
    if (email !== null) found.add(email);
  }
  for (const stand of symbol === null ? ['#', '＃'] : [symbol, '#', '＃']) {
    if (!text.includes(stand)) continue;
    const said = stand === symbol || (symbol === '#' && stand === '＃');
    for (const m of text.matchAll(standInPattern(stand))) {
      const before = text.slice(Math.max(0, m.index - 12), m.index);
      if (!said && !options.labelled && !EMAIL_LABEL_BEFORE.test(before)) continue;
      const email = `${m[1]}@${m[2]}`.toLowerCase();
      if (WHOLE_EMAIL.test(email) && !FILE_TLD.test(email)) found.add(email);
    }
  }
  return [...found];
}

/**
 * A mark one of the forms needs: a # or the page's stand-in, AT in capitals, a spelled-out dot (the
 * lower-case at needs one), a bracketed at. Plain substring tests first: most lines have none.
 */
function mayHideEmail(text: string, symbol: string | null): boolean {
  return (
    text.includes('#') ||
    text.includes('＃') ||
    (symbol !== null && text.includes(symbol)) ||
    text.includes(' AT ') ||
    text.includes(' dot ') ||
    BRACKETED_AT.test(text)
  );
}

/** Nothing but a label before the address and nothing but punctuation or the next label after it. */
function standsAlone(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 16), start);
  const after = text.slice(end, end + 24);
  return (
    (start === 0 || /(?:^|[:：(（<])\s*$/.test(before)) &&
    (after.trim() === '' || /^\s*[)）>.,;，；。|｜·]/.test(after) || /^\s+[^\s:：]{1,12}\s*[:：]/.test(after))
  );
}

function spelledEmail(local: string, at: string, domainText: string, alone: boolean): string | null {
  const word = at.trim();
  const bracketed = word.length > 2;
  // The bare word: alone on its line, after a mailbox written in lower case, not before a web address.
  if (!bracketed && (!alone || /[A-Z]/.test(local) || /^www\./i.test(domainText))) return null;
  if (!bracketed && word === 'at') {
    // Every dot spelled out, and a domain that is one: a sentence has neither.
    if (domainText.includes('.')) return null;
    const tld = domainText.slice(domainText.search(/[A-Za-z]+$/));
    if (!COMMON_TLD.test(tld.toLowerCase())) return null;
  }
  const email = `${local}@${domainText.replace(DOT_WORD_ALONE, '.')}`.toLowerCase();
  if (!SPELLED_TLD.test(email.slice(email.lastIndexOf('.') + 1))) return null;
  return WHOLE_EMAIL.test(email) && !FILE_TLD.test(email) ? email : null;
}

const standIns = new Map<string, RegExp>();

/** `local#domain.tld` with `stand` for the @. */
function standInPattern(stand: string): RegExp {
  let pattern = standIns.get(stand);
  if (pattern === undefined) {
    const escaped = escapeRegExp(stand);
    pattern = new RegExp(
      `(?<![A-Za-z0-9._%+-])(${LOCAL})${escaped}(${LABEL}(?:\\.${LABEL}){0,8}\\.[A-Za-z]{2,24})(?![A-Za-z0-9-])`,
      'g',
    );
    standIns.set(stand, pattern);
  }
  return pattern;
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
