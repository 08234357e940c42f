import { withoutAccents } from '../parse/accents.ts';
import { looksLikeTitle } from './classifyText.ts';
import { countryOfAddress } from './countryOfAddress.ts';
import { type EvidenceItem, isLandmarkTag, MAX_EVIDENCE_HEADING, placeOf } from './evidence.ts';
import type { PhoneHit } from './findPhones.ts';
import { EXTENSION_AFTER, phoneInRegion } from './findPhones.ts';
import { answersFor, type PersonGroup, tableRowOf } from './groupPeople.ts';
import { type FactsContext, factsOf, type LineFacts } from './lineFacts.ts';
import { type Block, type Line, lineData, linesOf } from './pageBlocks.ts';
import { regionOfMailbox } from './phoneRegionEvidence.ts';
import { isRoleMailbox } from './roleMailbox.ts';
import { emailFitsSite } from './siteDomain.ts';
import { pushUnique } from './text.ts';
import type { ElementLike, ExtractedContact, PhoneRegionGuess } from './types.ts';
import { wechatOfMobile } from './wechatId.ts';

// A group of lines (groupPeople.ts) as contacts: the person with their title, company, address,
// WeChat id and links, and the company's lines (a switchboard printed on a card) apart from them;
// a fax number is neither's.
// Numbers written without a country code are read in the page's region, or, when only the
// user's default gave that, in the country an address on the card names; those not valid in the
// default region, in the country of the card's own mailbox, of an address on the page, or of the
// page's mailboxes when they all say one.

/** What the page as a whole says, for every group on it. */
export interface PageFacts extends FactsContext {
  organization: string | null;
  /** The page's registrable domain: the page's organisation fits people with an email there. */
  site: string | null;
  phoneRegion: PhoneRegionGuess;
  /** The country an address on the page names (used when the region is only the user's default). */
  addressRegion: string | null;
  /** The one country the page's mailboxes are at, when two or more say so (used after the address). */
  mailboxRegion?: string | null;
  /**
   * The one country of the numbers the page writes with their country code, when two or more say
   * so (used last, and only where the region is a site builder's default: isBuilderDefaultRegion).
   */
  numbersRegion?: string | null;
  /** People on the page write from two or more companies' domains (speakers, exhibitors, a mail thread). */
  directory: boolean;
  /**
   * The company's lines (on its own lines of the page) that two or more people's cards repeat
   * without an extension: an agency's office line printed on every agent's card (sharedLines).
   */
  sharedLines?: ReadonlySet<string>;
  /** The lines are a selection the user made round one person: a function mailbox in it is theirs too. */
  selection?: boolean;
}

/** Beyond this, a card is a directory or a mistake; the extra addresses are left off, the count kept in the evidence. */
export const MAX_PER_CONTACT = 10;

/**
 * The contacts of one group: a person (unless nameless), and the company's lines found with them.
 * A person needs an email, phone, link or WeChat id, unless `keepUnreachable` (a selection with a
 * name, a title and a company is still a card worth keeping).
 */
export function groupContacts(
  group: PersonGroup,
  page: PageFacts,
  keepUnreachable = false,
): ExtractedContact[] {
  const facts = group.lines.map((line) => factsOf(line, page));
  const person = group.name !== null;
  // Lines whose department label the person answers for (Stockist enquiries: sam@…) are theirs.
  const name = group.name;
  const companyFacts = name === null ? facts : facts.filter((f) => !answersFor(f, name));
  const companyPhones = companyData(companyFacts, 'companyPhones');
  const labelled = companyData(companyFacts, 'companyEmails');
  const companyEmails = page.selection === true ? labelled : withRoleMailboxes(group, labelled);
  const faxes = companyData(facts, 'faxes');
  const region = regionFor(facts, page);
  const own = contactOf(group, facts, page, region, {
    phone: (p) => !faxes.has(p.e164) && (!person || !companyPhones.has(p.e164)),
    email: (e) => !person || !companyEmails.has(e),
  });
  if (person && page.sharedLines !== undefined && page.sharedLines.size > 0)
    leaveSharedLines(own, group, page.sharedLines);
  const out: ExtractedContact[] = [];
  const reachable =
    own.emails.length + own.phones.length + own.urls.length + (own.wechat === null ? 0 : 1) > 0;
  if (person && (reachable || keepUnreachable)) out.push(own);
  if (!person && own.emails.length + own.phones.length + (own.wechat === null ? 0 : 1) > 0) out.push(own);
  if (person && companyPhones.size + companyEmails.size > 0) {
    const company = contactOf({ ...group, name: null }, facts, page, region, {
      phone: (p) => companyPhones.has(p.e164) && !faxes.has(p.e164),
      email: (e) => companyEmails.has(e),
    });
    company.urls = [];
    company.organization = page.organization;
    if (company.phones.length + company.emails.length > 0) out.push(company);
  }
  return out;
}

function contactOf(
  group: PersonGroup,
  facts: readonly LineFacts[],
  page: PageFacts,
  region: PhoneRegionGuess,
  keep: { phone: (hit: PhoneHit) => boolean; email: (email: string) => boolean },
): ExtractedContact {
  const emails: string[] = [];
  const phones: string[] = [];
  const urls: string[] = [];
  let guess: PhoneRegionGuess | null = null;
  let later: PhoneRegionGuess | undefined;
  const take = (hit: PhoneHit, where: PhoneRegionGuess) => {
    const read =
      hit.national && where.region !== page.phoneRegion.region ? phoneInRegion(hit, where.region) : hit;
    // A number kept for another region (e164 '') that this card's region does not read either.
    if (read === null || read.e164 === '' || !keep.phone(hit)) return;
    pushUnique(phones, read.e164);
    if (read.national && guess?.basis !== 'default') guess = where;
  };
  // Indexed loops: a page has hundreds of cards, and for…of over each card's lines and their data
  // made an iterator and a result object per step.
  for (let l = 0; l < group.lines.length; l++) {
    const line = group.lines[l] as Line;
    for (let i = 0; i < line.emails.length; i++) {
      const email = line.emails[i] as string;
      if (keep.email(email)) pushUnique(emails, email);
    }
    for (let i = 0; i < line.urls.length; i++) pushUnique(urls, line.urls[i] as string);
    if (region !== page.phoneRegion) {
      // The card's own address names the country of its numbers.
      for (const hit of [...line.phones, ...line.laterPhones]) take(hit, region);
      continue;
    }
    for (const hit of line.phones) take(hit, region);
    if (line.laterPhones.length === 0) continue;
    later ??= laterRegion(group, page);
    if (later !== NO_REGION) for (const hit of line.laterPhones) take(hit, later);
  }
  const first = firstFacts(group.name, facts);
  const person = group.name !== null;
  const organization = first.organization ?? (fitsPage(emails, page) ? page.organization : null);
  return {
    name: group.name,
    title: person ? first.title : null,
    organization,
    emails: emails.slice(0, MAX_PER_CONTACT),
    phones: phones.slice(0, MAX_PER_CONTACT),
    wechat: first.wechat ?? (facts.some((f) => f.wechatIsMobile) ? wechatOfMobile(phones) : null),
    phoneRegion: guess,
    address: first.address,
    urls: urls.slice(0, MAX_PER_CONTACT),
    source: group.lines.some((l) => l.linkKind !== null) ? 'link' : 'text',
    confidence: 0,
    evidence: [evidence(group, emails.length, phones.length)],
  };
}

/** What a card says of its person besides their name and data: the first of each its lines give. */
interface CardFacts {
  title: string | null;
  organization: string | null;
  wechat: string | null;
  address: string | null;
}

/**
 * The first title, company, WeChat id and address of the lines, those naming `name` first: the
 * line that names the person speaks for them first ("Vincent Cheung, Branch Manager"). One pass
 * for all four, each read by its name: a lookup by a key that changes from call to call is one
 * of the slowest property reads in V8, and it was several per card.
 */
function firstFacts(name: string | null, facts: readonly LineFacts[]): CardFacts {
  const first: CardFacts = { title: null, organization: null, wechat: null, address: null };
  for (let i = 0; i < facts.length; i++) {
    const f = facts[i] as LineFacts;
    if (f.name !== null && f.name === name) takeMissing(first, f);
  }
  for (let i = 0; i < facts.length; i++) {
    const f = facts[i] as LineFacts;
    if (!(f.name !== null && f.name === name)) takeMissing(first, f);
  }
  return first;
}

function takeMissing(first: CardFacts, f: LineFacts): void {
  first.title ??= f.title;
  first.organization ??= f.organization;
  first.wechat ??= f.wechat;
  first.address ??= f.address;
}

/**
 * The company's phones or emails, or the fax numbers, on the group's lines; most groups have none
 * and share one empty set.
 */
function companyData(
  facts: readonly LineFacts[],
  key: 'companyPhones' | 'companyEmails' | 'faxes',
): ReadonlySet<string> {
  if (facts.every((f) => f[key].length === 0)) return NO_COMPANY_DATA;
  return new Set(facts.flatMap((f) => f[key]));
}

const NO_COMPANY_DATA: ReadonlySet<string> = new Set();

/**
 * The company's mailboxes of a person's card with its function mailboxes (sales@, info@) added: the
 * 邮箱 of a B2B shop's or an exhibitor's 联系方式 box under its 联系人 is the company's, where his
 * mobile is his; and so is a branch's mailbox named after its place (namesPlaceOf). A directory's
 * row is another matter: its mailbox, whatever it is called, is how a member reaches the row's
 * contact; but for a mailbox named after the unit the row is of (muhasebe@ in the row of Muhasebe
 * / Finans and its Sevgi Karaca, baohanh@ in Bảo hành's, nakuru@ in the Nakuru branch's), and a
 * function's mailbox the table gives in other rows too: the unit's, or the company's.
 */
function withRoleMailboxes(group: PersonGroup, companyEmails: ReadonlySet<string>): ReadonlySet<string> {
  if (group.name === null) return companyEmails;
  const row = tableRowOf(group.lines[0]?.block ?? null);
  let out: Set<string> | null = null;
  for (const line of group.lines) {
    if (line.emails.length === 0) continue;
    const inRow = row !== null && tableRowOf(line.block) === row;
    for (const email of line.emails) {
      if (companyEmails.has(email)) continue;
      if (
        !(isRoleMailbox(email) && otherClauseThanName(line.text, email, group.name)) && inRow
          ? isRoleMailbox(email)
            ? !namesRowUnit(email, group, row) && !inOtherRow(email, row)
            : !namesRowPlace(email, group, row)
          : !isRoleMailbox(email) && !namesPlaceOf(email, group)
      )
        continue;
      out ??= new Set(companyEmails);
      out.add(email);
    }
  }
  return out ?? companyEmails;
}

/**
 * Whether a line writes the mailbox in a clause of its own, apart from the person's name: 报价资料请发
 * caigou@…；采购经理谭卫东 tanwd@…, 请拨总机 … 找财务部杨小姐；发票寄送：caiwu@…: a desk's mailbox the
 * line gives besides the person, not theirs.
 */
function otherClauseThanName(text: string, email: string, name: string): boolean {
  const at = text.indexOf(email);
  if (at < 0) return false;
  const named = text.indexOf(name);
  // A line cut before the person's piece (splitPeopleLines) ends the mailbox's clause itself.
  if (named < 0) return CLAUSE_BREAK.test(text.slice(at + email.length));
  const between = at < named ? text.slice(at + email.length, named) : text.slice(named + name.length, at);
  return CLAUSE_BREAK.test(between);
}

/** What ends a clause in a line: a semicolon or a full stop. */
const CLAUSE_BREAK = /[；;。]/;

/**
 * Whether a mailbox is named after a place a cell of the table row `row` names before the
 * person's and before any data, a branch's (nakuru@ in the row of the Nakuru branch, then its
 * address, line and manager): as namesPlaceOf, over the row's cells. Not a cell after them, the
 * person's job (nurse@ of a School Nurse).
 */
function namesRowPlace(email: string, group: PersonGroup, row: Block): boolean {
  const local = email.slice(0, email.indexOf('@'));
  if (group.name === null || !/^[a-z]{4,20}$/.test(local)) return false;
  if (capitalisedWords(group.name).includes(local)) return false;
  for (const line of linesOf(row)) {
    if (line.text.includes(group.name) || lineData(line) > 0) return false;
    if (!looksLikeTitle(line.text) && capitalisedWords(line.text).includes(local)) return true;
  }
  return false;
}

/**
 * Whether a mailbox is written in another row of the table `row` is in too: a desk's mailbox the
 * table gives for each of its people (garantii@ in the rows of Priit Sepp and of Janek Ilves).
 */
function inOtherRow(email: string, row: Block): boolean {
  for (const item of row.parent?.items ?? []) {
    if (item === row || item.kind !== 'block' || item.dataCount === 0) continue;
    if (linesOf(item).some((line) => line.emails.includes(email))) return true;
  }
  return false;
}

/**
 * Whether a mailbox is named after a cell of the table row `row` that holds no data and names
 * nobody: the unit the row is of (muhasebe@ of Muhasebe / Finans, baohanh@ of Bảo hành – Kỹ
 * thuật), a word of the cell or two or three of its words run together, without accents, or the
 * initials of two or three (cs@ of Customer Service Executive); or after the heading of the
 * table the row is in.
 */
function namesRowUnit(email: string, group: PersonGroup, row: Block): boolean {
  const local = email.slice(0, email.indexOf('@'));
  if (!/^[a-z]{2,20}$/.test(local)) return false;
  // The row's cells, those before the person's group began too (Nakuru | … | Samuel Kiprotich Langat).
  for (const line of linesOf(row)) {
    if (line.emails.length > 0 || line.phones.length > 0) continue;
    if (group.name !== null && line.text.includes(group.name)) continue;
    if (namesUnit(line.text, local)) return true;
  }
  // Or the heading the table stands under: racunovodstvo@ in a row of Računovodstvo i financije.
  const heading = tableHeadingOf(row);
  return heading !== null && namesUnit(heading.text, local);
}

/**
 * Whether a mailbox's local part is a word of `text` (or the word's -ing: purchase@ of Purchasing),
 * two or three of its words run together, the initials of two or three (cs@ of Customer Service,
 * hr@ of Human Resources), or a word and the next cut short (exportdocs@ of Export Documentation).
 */
function namesUnit(text: string, local: string): boolean {
  const words = foldedWords(text);
  // The verb a department's -ing names (purchase@ of Purchasing, finance@ of Financing).
  const verb = local.length >= 5 && local.endsWith('e') ? `${local.slice(0, -1)}ing` : null;
  for (let i = 0; i < words.length; i++)
    for (let n = 1; n <= 3 && i + n <= words.length; n++) {
      const run = words.slice(i, i + n);
      if (run.join('') === local || (n === 1 && run[0] === verb)) return true;
      if (n >= 2 && n === local.length && run.every((w, k) => w[0] === local[k])) return true;
    }
  // A word, then the next cut short (exportdocs@ of Export Documentation Supervisor).
  for (let i = 0; i + 1 < words.length; i++) {
    const head = words[i] as string;
    const next = words[i + 1] as string;
    if (head.length < 3 || !local.startsWith(head)) continue;
    const cut = local.slice(head.length).replace(/s$/, '');
    if (cut.length >= 3 && cut.length < next.length && next.startsWith(cut)) return true;
  }
  return false;
}

/**
 * The line right before the table a row is in, or before the box the table opens, where it holds
 * no data: the table's heading (<h3>Računovodstvo i financije</h3><div><table>…).
 */
function tableHeadingOf(row: Block): Line | null {
  let node: Block | null = row.parent;
  for (let up = 0; node !== null && node.tag !== 'table' && up < 2; up++) node = node.parent;
  if (node?.tag !== 'table') return null;
  for (let up = 0; up < 3 && node.parent !== null; up++, node = node.parent) {
    const items = node.parent.items;
    const at = items.indexOf(node);
    if (at < 0) return null;
    const before = items[at - 1];
    if (before !== undefined) {
      const line = loneLine(before);
      return line !== null && lineData(line) === 0 ? line : null;
    }
  }
  return null;
}

/** The one line an item holds (itself, or a heading's block of one line), else null. */
function loneLine(item: Line | Block): Line | null {
  let at: Line | Block | undefined = item;
  while (at !== undefined && at.kind === 'block') {
    if (at.lineCount !== 1) return null;
    at = at.items.find((i) => i.kind === 'line' || i.lineCount > 0);
  }
  return at ?? null;
}

/** A text's words in Latin letters, lower case, without their accents (Bảo hành: bao, hanh). */
function foldedWords(text: string): string[] {
  return withoutAccentsOrStroke(text)
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w !== '');
}

/** A text without its accents (withoutAccents), đ and Đ as d and D (Bảo hành: Bao hanh). */
function withoutAccentsOrStroke(text: string): string {
  return withoutAccents(text).replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/**
 * Whether a mailbox is named after a place its card names, a branch's (pamplona@ in the card of a
 * branch in Noáin that is A 5 minutos del aeropuerto de Pamplona; vitoria@ in a Vitoria-Gasteiz
 * branch's): a capitalised word of the card's, without its accents, that is no word of the
 * person's name, nor of a line naming them or giving their job title.
 */
function namesPlaceOf(email: string, group: PersonGroup): boolean {
  const local = email.slice(0, email.indexOf('@'));
  if (!/^[a-z]{4,20}$/.test(local)) return false;
  if (group.name !== null && capitalisedWords(group.name).includes(local)) return false;
  for (const line of group.lines) {
    // A job title's words are no place (volunteer@ of a Volunteer Coordinator), nor the words of
    // a line naming the person (CHEN Xiaoming 陈晓明 of chen@).
    if (looksLikeTitle(line.text) || (group.name !== null && line.text.includes(group.name))) continue;
    if (capitalisedWords(line.text).includes(local)) return true;
  }
  return false;
}

/**
 * A text's capitalised words in lower case without their accents (Đà Nẵng: da, nang), each
 * standing where it stands; a word in lower case (an address's, a mailbox's written out) is ''.
 */
function capitalisedWords(text: string): string[] {
  return withoutAccentsOrStroke(text)
    .split(/[^A-Za-z]+/)
    .filter((w) => w !== '')
    .map((w) => (w.charCodeAt(0) < 0x61 ? w.toLowerCase() : ''));
}

/**
 * Takes the company's lines every card repeats off the person's card when it still reaches them
 * without: their own mailbox or number, or a WeChat id. One written with the person's extension
 * (分机 215, x101) is their office line and stays; so does a line that is all they give.
 */
function leaveSharedLines(contact: ExtractedContact, group: PersonGroup, shared: ReadonlySet<string>): void {
  const off = contact.phones.filter((p) => shared.has(p) && !withExtension(group.lines, p));
  if (off.length === 0) return;
  const reached =
    contact.phones.length > off.length ||
    contact.emails.some((e) => !isRoleMailbox(e)) ||
    contact.wechat !== null;
  if (reached) contact.phones = contact.phones.filter((p) => !off.includes(p));
}

/** The lines write the number with an extension after it somewhere (分机 215, ext. 216, x101). */
function withExtension(lines: readonly Line[], e164: string): boolean {
  for (const line of lines) {
    for (const hit of line.phones)
      if (hit.e164 === e164 && hit.end >= 0 && EXTENSION_AFTER.test(line.text.slice(hit.end, hit.end + 12)))
        return true;
  }
  return false;
}

/**
 * The company's lines (numbers on its own, nameless groups) that two or more people's groups
 * write without an extension: the office line a brokerage prints on each agent's card; and one a
 * person's card labels as an office's (Office:, Escritório:).
 */
export function sharedCompanyLines(groups: readonly PersonGroup[]): ReadonlySet<string> {
  const company = new Set<string>();
  for (const group of groups)
    if (group.name === null)
      for (const line of group.lines) for (const hit of line.phones) company.add(hit.e164);
  if (company.size === 0) return NO_COMPANY_DATA;
  const people = new Map<string, number>();
  const shared = new Set<string>();
  for (const group of groups) {
    if (group.name === null) continue;
    const seen = new Set<string>();
    const office = new Set<string>();
    for (const line of group.lines)
      for (const hit of line.phones) {
        if (!company.has(hit.e164)) continue;
        seen.add(hit.e164);
        if (hit.start > 0 && OFFICE_LABEL.test(line.text.slice(Math.max(0, hit.start - 16), hit.start)))
          office.add(hit.e164);
      }
    for (const e164 of seen) {
      if (withExtension(group.lines, e164)) continue;
      people.set(e164, (people.get(e164) ?? 0) + 1);
      // Labelled as an office's on one person's card (Office: 011 463 2218), a line the page
      // gives an office of the company is the office's.
      if (office.has(e164)) shared.add(e164);
    }
  }
  for (const [e164, count] of people) if (count >= 2) shared.add(e164);
  return shared.size === 0 ? NO_COMPANY_DATA : shared;
}

/** An office's label right before a number: Office:, Büro, Oficina, Escritório. */
const OFFICE_LABEL =
  /(?:^|[\s(|·•])(?:office|büro|oficina|escrit[óo]rio|ufficio|bureau|kantoor)\s*[:：]?\s*$/i;

/** The page's organisation is a person's unless the page lists other companies' people and theirs is elsewhere. */
function fitsPage(emails: readonly string[], page: PageFacts): boolean {
  return !page.directory || emails.every((e) => emailFitsSite(e, page.site));
}

/** No region for a card's numbers not valid in the default region (laterRegion). */
const NO_REGION: PhoneRegionGuess = Object.freeze({ region: '', basis: 'default' });

/**
 * Where a card's numbers not valid in the default region may be: the country of the first of the
 * card's own mailboxes at a country's domain other than the default region's
 * (shirley@meiyin-print.com.hk), else of an address on the page, else of all the page's mailboxes,
 * else of the numbers it writes with their country code; NO_REGION when none says.
 */
function laterRegion(group: PersonGroup, page: PageFacts): PhoneRegionGuess {
  for (const line of group.lines) {
    for (const email of line.emails) {
      const region = regionOfMailbox(email);
      if (region !== null && region !== page.phoneRegion.region) return { region, basis: 'email-domain' };
    }
  }
  if (page.addressRegion !== null) return { region: page.addressRegion, basis: 'address' };
  if (page.mailboxRegion) return { region: page.mailboxRegion, basis: 'email-domain' };
  if (page.numbersRegion) return { region: page.numbersRegion, basis: 'page-numbers' };
  return NO_REGION;
}

/** The page's region, unless only the user's default gave it and the card's address names a country. */
function regionFor(facts: readonly LineFacts[], page: PageFacts): PhoneRegionGuess {
  if (page.phoneRegion.basis !== 'default') return page.phoneRegion;
  for (const f of facts) {
    const country = f.address === null ? null : countryOfAddress(f.address);
    if (country !== null && country !== page.phoneRegion.region) return { region: country, basis: 'address' };
  }
  return page.phoneRegion;
}

/** Where the group's lines are: the element around them, the heading above, and what was left off. */
function evidence(group: PersonGroup, emails: number, phones: number): EvidenceItem {
  const line = group.lines[0];
  const el = landmark(line?.block ?? group.block);
  const place = el === null ? null : placeOf(el);
  const heading = group.lines.find((l) => l.heading)?.text ?? line?.section ?? null;
  const cap = Math.max(emails, phones) > MAX_PER_CONTACT ? { kept: MAX_PER_CONTACT, emails, phones } : null;
  const near = heading === null ? null : heading.slice(0, MAX_EVIDENCE_HEADING);
  const link = group.lines.find((l) => l.linkKind !== null)?.linkKind;
  return link === undefined || link === null
    ? { kind: 'text', place, heading: near, cap }
    : { kind: 'link', link, place, heading: near, cap };
}

/** The nearest element worth naming: one with a class, or a landmark. */
function landmark(block: Block): ElementLike | null {
  for (let b: Block | null = block; b !== null; b = b.parent) {
    const el = b.el;
    if (el !== null && (el.getAttribute('class') || isLandmarkTag(b.tag))) return el;
  }
  return null;
}
