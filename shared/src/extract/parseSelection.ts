import { looksLikeOrganization, looksLikeTitle } from './classifyText.ts';
import { labelField } from './fieldLabel.ts';
import { findEmails, findHiddenEmails, type HiddenEmailOptions, symbolForAt } from './findEmails.ts';
import { findPhones, type PhoneHit } from './findPhones.ts';
import { groupContacts, type PageFacts } from './groupContacts.ts';
import { groupPeople } from './groupPeople.ts';
import { mergeContacts } from './mergeContacts.ts';
import { addItem, type Block, type Line, lineData, newBlock } from './pageBlocks.ts';
import { personName } from './personName.ts';
import { pagePhoneRegion } from './phoneRegionEvidence.ts';
import { siteDomain } from './siteDomain.ts';
import { cleanWebUrl } from './socialProfile.ts';
import { collapseSpace, pushUnique, toHalfWidth } from './text.ts';
import type { ExtractedContact, ExtractOptions, PhoneRegionGuess } from './types.ts';
import { labelledWechatId } from './wechatId.ts';

// "Clip selection as contact" in the extension: an email signature or a 名片 block, one field per
// line or separated by | and /, with or without labels. The lines are read by the same rules as a
// page's (lineFacts.ts, groupPeople.ts), so a selection and the page it came from agree on who is
// who; everything selected around one person is theirs, the company's lines included.

const URL = /\bhttps?:\/\/[^\s|｜,，;；<>]+|\bwww\.[^\s|｜,，;；<>]+/gi;
/**
 * Labels that start a new field when a selection arrives with its line breaks turned into spaces,
 * in simplified and traditional characters (the selection is cut before it is read folded).
 */
const RUN_ON_LABEL =
  /\s(?=(?:Office|Mobile|Mob|Cell|Tel|Phone|Direct|Email|E-mail|Fax|Web|Website|WeChat|M|T|E|D|手机|手機|手提|电话|電話|邮箱|郵箱|电邮|電郵|微信|传真|傳真|地址|网址|網址)\s*[:：])/g;

/**
 * Parses a selected block (a signature, a 名片) into one contact: the first person in it with
 * everything around them, or the company when it names nobody; null when it holds nothing
 * contact-like (no email, phone or link, and not a name with a title or company).
 */
export function parseSelection(text: string, options: ExtractOptions): ExtractedContact | null {
  return parseSelectionContacts(text, options)[0] ?? null;
}

/** Every person in a selection (several signatures in a mail thread), first as selected first. */
export function parseSelectionContacts(text: string, options: ExtractOptions): ExtractedContact[] {
  if (typeof text !== 'string') return [];
  const phoneRegion = pagePhoneRegion(
    options.language ?? '',
    options.url,
    (options.region || 'CN').toUpperCase(),
  );
  const root = selectionBlock(text.slice(0, 5000), phoneRegion);
  const page: PageFacts = {
    notNames: new Set(),
    organization: null,
    site: siteDomain(options.url),
    phoneRegion,
    addressRegion: null,
    directory: false,
    selection: true,
  };
  const groups = groupPeople(root, page, { wholeBlockPerson: true });
  const people: ExtractedContact[] = [];
  for (const group of groups) {
    const [own, ...company] = groupContacts(group, page, true);
    if (own === undefined) continue;
    // The user chose these lines: a switchboard in the signature stays on the card.
    for (const c of company) for (const p of c.phones) pushUnique(own.phones, p);
    const cap = own.evidence.find((e) => e.kind === 'text' || e.kind === 'link')?.cap ?? null;
    people.push({ ...own, source: 'selection', evidence: [{ kind: 'selection', cap }] });
  }
  const named = people.filter((c) => c.name !== null);
  const chosen = (named.length > 0 ? named : people).filter(isContactLike);
  // A person named twice in the selection (李明 in the quoted header line, Li Ming 李明 in the
  // signature under it, one email) is one card, as on the page.
  return mergeContacts(chosen);
}

function isContactLike(c: ExtractedContact): boolean {
  const reachable = c.emails.length + c.phones.length + c.urls.length > 0 || c.wechat !== null;
  return reachable || (c.name !== null && (c.title !== null || c.organization !== null));
}

/** The selection as one block of lines; a run-on selection is cut before each label. */
function selectionBlock(text: string, region: PhoneRegionGuess): Block {
  const root = newBlock(null, '#selection', null);
  let rows = text.split(/\r?\n|\r/);
  if (rows.length === 1) rows = (rows[0] ?? '').split(RUN_ON_LABEL).flatMap(nameThenTitle);
  let gap = false;
  const mail: HiddenEmailOptions = { symbol: null, labelled: false };
  for (const row of rows) {
    const text = collapseSpace(toHalfWidth(row));
    mail.symbol = symbolForAt(text) ?? mail.symbol;
    const line = selectionLine(text, root, region, gap, mail);
    // A line that is only an email label (E-mail:, 邮箱) says the next line is an address.
    mail.labelled = emailLabelAlone(text);
    gap = line === null;
    if (line === null) continue;
    addItem(root, line);
    root.lineCount++;
    root.dataCount += lineData(line);
  }
  return root;
}

/** "Kevin Liu Regional Sales Manager" (lines run together) → the name, then the title or company. */
function nameThenTitle(run: string): string[] {
  const words = run.trim().split(/\s+/);
  for (let k = 2; k <= Math.min(4, words.length - 1); k++) {
    const rest = words.slice(k).join(' ');
    const head = words.slice(0, k).join(' ');
    if (personName(head, 'bare') !== null && (looksLikeTitle(rest) || looksLikeOrganization(rest)))
      return [head, rest];
  }
  return [run];
}

/** `E-mail:`, `邮箱：`, `電郵` on a line of its own. */
function emailLabelAlone(text: string): boolean {
  if (text.length < 1 || text.length > 16) return false;
  return labelField(text.replace(/[:：]$/, '')) === 'email';
}

/**
 * One selected line, its emails read as the page's are (blockBuilder.ts): written plainly, or in
 * words and with a stand-in for the @ (`vivian [at] kaida-trade [dot] com`, `sales#x.com` after
 * 请将#换成@) where the page would decode them, so that clipping a card and reading the page agree.
 */
function selectionLine(
  text: string,
  block: Block,
  region: PhoneRegionGuess,
  afterGap: boolean,
  mail: HiddenEmailOptions,
): Line | null {
  if (text === '') return null;
  const laterPhones: PhoneHit[] = [];
  const unresolved = region.basis === 'default' ? laterPhones : undefined;
  const emails = findEmails(text);
  for (const email of findHiddenEmails(text, mail)) pushUnique(emails, email);
  const urls: string[] = [];
  for (const m of text.matchAll(URL)) {
    const url = cleanWebUrl(m[0].startsWith('www.') ? `https://${m[0]}` : m[0]);
    if (url !== null) pushUnique(urls, url);
  }
  return {
    kind: 'line',
    text,
    heading: false,
    afterGap,
    block,
    emails,
    phones: findPhones(text, { region: region.region, lenient: true, unresolved }),
    laterPhones,
    fax: false,
    urls,
    wechat: labelledWechatId(text),
    linkKind: null,
    hints: null,
    column: null,
    section: null,
  };
}
