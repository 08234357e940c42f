import { looksLikeOrganization } from './classifyText.ts';
import { fieldLabel, labelField } from './fieldLabel.ts';
import { type FactsContext, factsOf, type LineFacts, mailboxNamedAfter } from './lineFacts.ts';
import { type Block, type Line, lineData, linesOf } from './pageBlocks.ts';
import { namesPlace } from './placeName.ts';
import { isRoleMailbox } from './roleMailbox.ts';
import { splitPeopleLines } from './splitPeopleLines.ts';

// Lines of the page walk to people. A block that names one person and is small (a card, a table
// row, an <address>, a signature) is that person's, data and all. Anywhere else the block's
// items are read in order: a line or small block naming someone starts that person's group; the
// contact lines after it join the group until a heading, a blank line, another person, running
// text or a company label (总机, Switchboard, After hours) ends it. Contact lines that join no
// one are the company's. A block naming two or more people is read the same way on its own.
// A directory table is never one card, however short: two of its rows with data make it a list,
// and a row whose name was not read is a card of its own, joining no one.
// A line naming several people, each before their numbers, is first cut into one line per person
// (splitPeopleLines.ts); a list of names (刘敏、高鹏) gets numbers only where a cell pairs them.
// A place heading a card (石家庄, Austin Clinic: placeName.ts) starts a group as a name does, one
// without a person: the branch's lines, the company's.
// A card the markup draws (an <address>, an h-card) is all of its person's: a block holding it and
// other data (the studio's <address> beside the partner's) is read in order, not as one card, and
// nothing after it joins its person.

/** Lines that belong to one person, or (name null) to the company or one of its places. */
export interface PersonGroup {
  name: string | null;
  lines: Line[];
  /** The block it was read in, for the evidence text. */
  block: Block;
}

/** The line says who the person is or where (a title, a company, an address, a WeChat id). */
function describes(facts: LineFacts): boolean {
  return (facts.title ?? facts.organization ?? facts.address ?? facts.wechat) !== null;
}

/** A small block: a card, a row, an address, a signature. */
const COMPACT_LINES = 14;
const COMPACT_DATA = 8;
/** A profile (one person's heading, then sections of their page) is read whole up to this size. */
const PROFILE_LINES = 30;
/** Lines without contact data that may sit between a person's lines (a title, an address). */
const MAX_GAP = 2;
/** A block without a name this small may hold the previous person's numbers; larger ones are cards of their own. */
const MAX_JOINING_LINES = 3;
/** The most lines a box of another person's inside a card holds (see innerCard). */
const MAX_BOX_LINES = 4;
/** Data-less blocks this small are looked at for a name; larger ones only widen the gap. */
const SMALL_BLOCK = 2;
/**
 * A messenger button naming whom it reaches by a given name that is no word of `person`'s (WhatsApp
 * Kristine after Karen Whitfield's paragraph), its number in its link alone: someone else's.
 * WhatsApp Daniel on Daniel Koh's card is his.
 */
function buttonForSomeoneElse(line: Line, person: string | null): boolean {
  if (person === null) return false;
  const whom = buttonNames(line);
  return whom !== null && !person.split(/\s+/).includes(whom);
}

/** The given name a messenger button of a linked number alone names (MESSENGER_BUTTON), or null. */
function buttonNames(line: Line): string | null {
  if (line.emails.length > 0 || line.phones.length === 0) return null;
  if (line.phones.some((phone) => phone.start >= 0)) return null;
  return MESSENGER_BUTTON.exec(line.text)?.[1] ?? null;
}

/** A messenger button's text naming whom it reaches: WhatsApp Kristine, Viber Noel. */
const MESSENGER_BUTTON =
  /^\s*(?:WhatsApp|Viber|Telegram|LINE|Zalo|Signal|Chat with|Message)\s+(\p{Lu}\p{Ll}+)\s*$/u;

/**
 * A table cell without data this small is looked at for a name too: a directory's name cell
 * often says who they are and where under the name (Stefan Brandl / Key Account Manager /
 * Munich headquarters).
 */
const SMALL_CELL = 4;

function smallBlockLines(block: Block): number {
  return block.tag === 'td' || block.tag === 'th' ? SMALL_CELL : SMALL_BLOCK;
}
const PAGE_LEVEL = new Set(['#root', 'html', 'body', 'main']);
/** What a block names: people, and (null) places heading a card of their own. */
type CardNames = readonly (string | null)[];
const NO_NAMES: CardNames = Object.freeze([]);

/**
 * A line listing mailboxes, one of them the company's (a role mailbox, or one named after the site:
 * rfvalve@vip.163.com on rf-valve.com): the company's mailboxes, not the open person's.
 */
function listsCompanyMailbox(line: Line, site: string | null): boolean {
  if (line.emails.length < 2) return false;
  const siteName = site === null ? null : (site.split('.')[0] ?? '').replace(/[^a-z0-9]/g, '');
  return line.emails.some(
    (email) =>
      isRoleMailbox(email) ||
      (siteName !== null && email.split('@')[0]?.replace(/[^a-z0-9]/g, '') === siteName),
  );
}

/**
 * The lines sit in the table row of the open person's name: a directory's row (name | Tel | Email)
 * is one member's, its mailbox theirs even when it is a function's (sales@).
 */
function sameTableRow(person: PersonGroup, lines: readonly Line[]): boolean {
  const first = person.lines[0];
  const row = first === undefined ? null : tableRowOf(first.block);
  return row !== null && lines.every((line) => tableRowOf(line.block) === row);
}

/** What grouping needs to know of the page: what is not a name, and the site's domain. */
export interface GroupContext extends FactsContext {
  site: string | null;
}

export interface GroupOptions {
  /** The root names at most one person: all of it is theirs, however long (a selection). */
  wholeBlockPerson?: boolean;
}

/** The people (and the company's leftovers) of a page's block tree. */
export function groupPeople(root: Block, context: GroupContext, options: GroupOptions = {}): PersonGroup[] {
  splitPeopleLines(root, context);
  const reader = new GroupReader(context);
  reader.read(root, options.wholeBlockPerson === true);
  return reader.groups;
}

class GroupReader {
  readonly groups: PersonGroup[] = [];
  private readonly names = new Map<Block, CardNames>();
  private readonly rows = new Map<Block, boolean>();
  /** Lines whose name is a place's, among the lines naming someone. */
  private readonly places = new Map<Line, boolean>();
  private readonly context: GroupContext;

  constructor(context: GroupContext) {
    this.context = context;
  }

  read(block: Block, whole = false): void {
    if (block.dataCount === 0 && !whole) return;
    const names = this.namesIn(block);
    const small = whole || this.compact(block);
    if (
      names.length <= 1 &&
      small &&
      !this.personBelowData(block) &&
      !this.ownCardWithin(block) &&
      !this.companyCardBeside(block)
    ) {
      this.groups.push({ name: names[0] ?? null, lines: linesOf(block), block });
      return;
    }
    const profile = small ? null : this.profileName(block);
    if (profile !== null) {
      this.groups.push({ name: profile, lines: linesOf(block), block });
      return;
    }
    const inner = small && names.length === 2 ? this.innerCard(block, names) : null;
    if (inner !== null) {
      const theirs = new Set(linesOf(inner));
      this.groups.push({
        name: names[0] ?? null,
        lines: linesOf(block).filter((l) => !theirs.has(l)),
        block,
      });
      this.groups.push({ name: names[1] ?? null, lines: [...theirs], block: inner });
      return;
    }
    const listed = small ? this.listedPeople(block, names) : null;
    if (listed !== null) this.groups.push(...listed);
    else this.readInOrder(block);
  }

  /** Whether the block's first line names `name`: a box that opens with whose it is. */
  private opensWithName(block: Block, name: string): boolean {
    const first = firstLine(block);
    return first !== null && factsOf(first, this.context).name === name;
  }

  /**
   * A card holding a box of another person's inside it, below its own person's name (a doctor's
   * card, and in it 王主任助理：刘小燕, her mobile and WeChat): the box, opening with the second of
   * `names`, naming no one else and holding data, is that person's card; the rest of the card is
   * its person's, however far their data is below their name. Null for any other block.
   */
  private innerCard(block: Block, names: CardNames): Block | null {
    const [first, second] = names;
    if (first === null || first === undefined || second === null || second === undefined) return null;
    // The card's own person heads it (<h3>王建国 主任医师</h3>), as a card is written, not a post.
    const head = firstLine(block);
    if (head === null || !head.heading || factsOf(head, this.context).name !== first) return null;
    let found: Block | null = null;
    const look = (b: Block): void => {
      for (const item of b.items) {
        if (item.kind !== 'block' || found !== null) continue;
        const inside = this.namesIn(item);
        if (
          inside.length === 1 &&
          inside[0] === second &&
          item.dataCount > 0 &&
          item.lineCount <= MAX_BOX_LINES &&
          this.opensWithName(item, second)
        )
          found = item;
        else if (inside.length > 0) look(item);
      }
    };
    look(block);
    return found;
  }

  /**
   * The person a profile is about: a block that opens with a heading naming them and names no one
   * else, its own headings (Contact info, Phone, Email) sections of that one person's page, no
   * running text with data in it (<h1>Daniel Okafor</h1> … <h2>Contact Info</h2><h3>Phone</h3>…).
   * Null for anything else.
   */
  private profileName(block: Block): string | null {
    if (PAGE_LEVEL.has(block.tag) || block.lineCount > PROFILE_LINES || block.dataCount > COMPACT_DATA)
      return null;
    const first = firstLine(block);
    if (first === null || !first.heading) return null;
    const heading = factsOf(first, this.context);
    if (heading.name === null || heading.greeting || heading.names !== null || this.isPlace(first, heading))
      return null;
    const name = heading.name;
    for (const line of linesOf(block)) {
      if (line === first) continue;
      const facts = factsOf(line, this.context);
      if (lineData(line) > 0 && facts.prose) return null;
      if (facts.name !== null && !facts.greeting && facts.name.toLowerCase() !== name.toLowerCase())
        return null;
    }
    return name;
  }

  private readInOrder(block: Block): void {
    let current: PersonGroup | null = null;
    let gap = 0;
    // Where the last contact line went: an address or a name of a company right after one of the
    // company's lines (售后服务：…, then 地址：…) is the company's too.
    let lastToCompany = false;
    const company: Line[] = [];
    const start = (name: string | null, lines: Line[]) => {
      current = { name, lines, block };
      this.groups.push(current);
      gap = 0;
      lastToCompany = false;
    };
    const offer = (lines: Line[]) => {
      const open = current as PersonGroup | null;
      lastToCompany = !(open !== null && (this.joins(lines, gap, open.name) || sameTableRow(open, lines)));
      // WhatsApp Kristine after someone else's lines: Kristine's, where a group above is hers.
      const whom = lastToCompany && lines.length === 1 ? buttonNames(lines[0] as Line) : null;
      const theirs = whom === null ? undefined : this.groups.find((g) => g.name?.split(/\s+/).includes(whom));
      if (theirs !== undefined) theirs.lines.push(...lines);
      else if (lastToCompany) company.push(...lines);
      else {
        (current as PersonGroup | null)?.lines.push(...lines);
        gap = 0;
      }
    };
    for (const item of block.items) {
      if (item.kind === 'block' && (item.dataCount > 0 || item.lineCount > SMALL_BLOCK)) {
        if (item.dataCount === 0) {
          gap += item.lineCount;
          continue;
        }
        const names = this.namesIn(item);
        if (
          names.length === 1 &&
          this.compact(item) &&
          !this.personBelowData(item) &&
          !this.companyCardBeside(item)
        ) {
          if (this.ownCardWithin(item)) {
            this.read(item);
            current = null;
            continue;
          }
          start(names[0] ?? null, linesOf(item));
          // The card the markup draws is all of its person's: nothing after it is theirs.
          if (markupCard(item)) current = null;
          continue;
        }
        // A block under the open person's name giving their data first and then naming someone
        // else with theirs (座机, 手机, 邮箱, then 助理：沈佳怡 021-…) is read on line by line: the
        // data before that name is the open person's.
        const continues =
          current !== null && gap <= MAX_GAP && names.length === 1 && this.personBelowData(item);
        // A small block without a name may hold the open person's numbers; with no one open, or
        // larger, or a directory's row (whose name was not read), it is a card of its own.
        if (
          !continues &&
          (names.length >= 2 ||
            (names.length === 0 && this.directoryRow(item)) ||
            item.lineCount > MAX_JOINING_LINES ||
            (names.length === 0 && current === null))
        ) {
          if (names.length === 0 && this.compact(item)) {
            // A card of its own without a person (another office, a sponsor): the company's, apart.
            this.groups.push({ name: null, lines: linesOf(item), block: item });
          } else this.read(item);
          current = null;
          continue;
        }
      }
      // A line, or a small block read line by line (a paragraph with a name and a number).
      for (const line of item.kind === 'line' ? [item] : linesOf(item)) {
        const facts = factsOf(line, this.context);
        if (line.afterGap) current = null;
        if (facts.names !== null && !facts.greeting) {
          // 刘敏、高鹏 in running lines: which number after it is whose is unknown; the company's.
          current = null;
          if (lineData(line) > 0) company.push(line);
        } else if (facts.name !== null && !facts.greeting)
          start(this.isPlace(line, facts) ? null : facts.name, [line]);
        // A heading ends the person, unless it says who they are right after their name
        // (<h1>Priya Sharma</h1><h2>Head of Procurement</h2>).
        else if (line.heading && !(current !== null && gap === 0 && facts.title !== null)) current = null;
        else if (lineData(line) > 0) offer([line]);
        else if (gap === 0 && (describes(facts) || facts.wechatIsMobile)) {
          if (lastToCompany) company.push(line);
          else if (current !== null) (current as PersonGroup).lines.push(line);
          else gap++;
        } else if (!facts.fax) gap++;
      }
    }
    if (company.length > 0) this.groups.push({ name: null, lines: company, block });
  }

  /**
   * A small block naming its people in one list (a row: 刘敏、高鹏 | 139…<br>158…): each person
   * gets the number of the same rank in the one cell that holds one number per line for each of
   * them, with the block's lines without data (their company, a title); its other data is the
   * company's. Without such a cell whose number is whose is unknown, and all of it is the
   * company's. Null when the block's names are not all in one list, or a line names one of them
   * on its own.
   */
  private listedPeople(block: Block, names: CardNames): PersonGroup[] | null {
    if (names.includes(null)) return null;
    const lines = linesOf(block);
    const list = lines.find((line) => factsOf(line, this.context).names?.length === names.length);
    // Names on lines of their own (何伟 135…) say whose numbers are whose: read in order.
    if (
      list === undefined ||
      lines.some((line) => line !== list && factsOf(line, this.context).name !== null)
    )
      return null;
    const byCell = new Map<Block, Line[]>();
    for (const line of lines) {
      if (line === list || line.phones.length !== 1 || line.emails.length + line.laterPhones.length > 0)
        continue;
      if (factsOf(line, this.context).companyPhones.length > 0) continue;
      const cell = byCell.get(line.block);
      if (cell === undefined) byCell.set(line.block, [line]);
      else cell.push(line);
    }
    const cells = [...byCell.values()].filter((cell) => cell.length === names.length);
    const own = cells.length === 1 ? (cells[0] ?? []) : [];
    if (own.length === 0) return [{ name: null, lines, block }];
    const shared = lines.filter((line) => lineData(line) === 0);
    const groups: PersonGroup[] = names.map((name, i) => ({
      name,
      lines: [...shared, ...own.slice(i, i + 1)],
      block,
    }));
    const rest = lines.filter((line) => lineData(line) > 0 && !own.includes(line));
    if (rest.length > 0) groups.push({ name: null, lines: [...shared, ...rest], block });
    return groups;
  }

  /** Contact lines join the open person unless far away, running text after a gap, or the company's. */
  private joins(lines: readonly Line[], gap: number, person: string | null): boolean {
    if (gap > MAX_GAP) return false;
    let own = 0;
    for (const line of lines) {
      const facts = factsOf(line, this.context);
      if (facts.prose && gap > 0) return false;
      if (listsCompanyMailbox(line, this.context.site)) return false;
      if (buttonForSomeoneElse(line, person)) return false;
      own += this.personalData(line, facts, person);
    }
    return own > 0;
  }

  /**
   * The line's emails and phones that no label gives to the company (nor are fax numbers or role
   * mailboxes), and its WeChat id. A department's label before `person`'s own mailbox (Stockist
   * enquiries: sam@…) says what they answer for: the line's data is theirs.
   */
  private personalData(line: Line, facts: LineFacts, person: string | null = null): number {
    const answers = person !== null && answersFor(facts, person);
    const phones = line.phones.filter(
      (p) => (answers || !facts.companyPhones.includes(p.e164)) && !facts.faxes.includes(p.e164),
    ).length;
    const emails = line.emails.filter(
      (e) => (answers || !facts.companyEmails.includes(e)) && !isRoleMailbox(e),
    ).length;
    return emails + phones + line.laterPhones.length + (line.wechat === null ? 0 : 1);
  }

  /**
   * The one line naming someone in a small block holds their numbers, or a line right after it
   * does (Encargado de sucursal: … then Cel. …), and a line before it holds numbers of its own:
   * one line per person (参会报名：赵敏 手机：… 邮箱：…, then 赞助合作：孙强 …) whose first name was
   * not read, or a branch's lines above its manager's, not one person's card. Read in order, the
   * earlier numbers stay nobody's rather than becoming the named person's.
   */
  private personBelowData(block: Block): boolean {
    if (block.dataCount < 2) return false;
    let earlier = false;
    let named = false;
    for (const line of linesOf(block)) {
      const facts = factsOf(line, this.context);
      if (named) {
        // Their numbers on the lines after their name (Encargado de sucursal: Ing. Jorge Luis
        // Ramos<br>Cel. 844 …), up to the next name.
        if (facts.name !== null && !facts.greeting) return false;
        if (this.personalData(line, facts) > 0) return true;
        continue;
      }
      if (facts.name !== null && !facts.greeting) {
        if (!earlier) return false;
        if (this.personalData(line, facts) > 0) return true;
        named = true;
        continue;
      }
      earlier ||= this.personalData(line, facts) > 0;
    }
    return false;
  }

  /**
   * The block's person is named in a card the markup draws round their data (an <address>, an
   * h-card), and the block holds data outside that card: a studio's line and mailbox in the
   * <address> next to the partner's, the company's mailbox in a sentence after the h-card. Such a
   * block is read in order rather than as one card of that person.
   */
  private ownCardWithin(block: Block): boolean {
    return this.namedMarkupCard(block, block.dataCount);
  }

  /** A markup card below `block` names a person and holds less than `total` data. */
  private namedMarkupCard(block: Block, total: number): boolean {
    for (const item of block.items) {
      if (item.kind !== 'block' || item.dataCount === 0) continue;
      if (!markupCard(item)) {
        if (this.namedMarkupCard(item, total)) return true;
      } else if (item.dataCount < total && this.namesIn(item).some((name) => name !== null)) return true;
    }
    return false;
  }

  /**
   * Distinct people named in a block, and a null for each place heading a card in it (looking
   * into data-less children only when they are small).
   */
  private namesIn(block: Block): CardNames {
    let names = this.names.get(block);
    if (names !== undefined) return names;
    // Told apart by lower case: KEVIN LIU in a heading and Kevin Liu in a signature are one
    // person. A block names a few people at most: two short lists, not a Map per block, and
    // most blocks name no one and share one empty list.
    let found: (string | null)[] | null = null;
    let keys: string[] | null = null;
    for (const item of block.items) {
      let more: CardNames;
      if (item.kind === 'line') {
        const facts = factsOf(item, this.context);
        if (facts.name === null || facts.greeting) continue;
        more = this.isPlace(item, facts) ? [null] : (facts.names ?? [facts.name]);
      } else if (item.dataCount > 0 || item.lineCount <= smallBlockLines(item)) more = this.namesIn(item);
      else {
        // A larger part without data headed by a name (a designer's <h3>林晓雯</h3>, her fees and
        // works below it, her WeChat in the card's other column) names the card's person, in a
        // block the size of a card.
        const head = block.lineCount <= COMPACT_LINES ? this.headingName(item) : null;
        if (head === null) continue;
        more = [head];
      }
      for (const name of more) {
        // Every place counts: two branches in one block are two cards.
        const key: string = name === null ? `\u0000${keys?.length ?? 0}` : name.toLowerCase();
        if (keys === null || found === null) {
          keys = [key];
          found = [name];
        } else if (!keys.includes(key)) {
          keys.push(key);
          found.push(name);
        }
      }
    }
    names = found ?? NO_NAMES;
    this.names.set(block, names);
    return names;
  }

  /**
   * Side by side in the block, a card of a company's own (a distributor's, headed by its name:
   * Great Lakes Press Systems, Inc., its phone, fax and mailbox) and a card naming a person (the
   * maker's own area manager for that market): two cards, read in order, not one person's.
   */
  private companyCardBeside(block: Block): boolean {
    let b = block;
    for (let depth = 0; depth < 4; depth++) {
      const cards: Block[] = [];
      let ownData = false;
      for (const item of b.items) {
        if (item.kind === 'line') ownData ||= lineData(item) > 0;
        else if (item.dataCount > 0) cards.push(item);
      }
      if (cards.length === 0 || ownData) return false;
      const [only] = cards;
      if (cards.length === 1 && only !== undefined) {
        b = only;
        continue;
      }
      return (
        cards.some((card) => this.namesIn(card).length > 0) &&
        cards.some((card) => this.namesIn(card).length === 0 && headedByCompany(card))
      );
    }
    return false;
  }

  /** The one person the block's first line, a heading, names; null for anything else. */
  private headingName(block: Block): string | null {
    const first = firstLine(block);
    if (first === null || !first.heading) return null;
    const facts = factsOf(first, this.context);
    if (facts.name === null || facts.greeting || facts.names !== null || this.isPlace(first, facts))
      return null;
    return facts.name;
  }

  /** The line's one name (not a list's) is a place heading a card, not a person (placeName.ts). */
  private isPlace(line: Line, facts: LineFacts): boolean {
    if (facts.name === null || facts.names !== null) return false;
    let place = this.places.get(line);
    if (place === undefined) {
      place = namesPlace(line, facts.name, this.context);
      this.places.set(line, place);
    }
    return place;
  }

  /**
   * A card: small, no running text with data in it, no heading after data (a new section), and
   * not two rows of a directory each with their data (a table of people, however short).
   */
  private compact(block: Block): boolean {
    if (PAGE_LEVEL.has(block.tag) || block.lineCount > COMPACT_LINES || block.dataCount > COMPACT_DATA)
      return false;
    let seenData = false;
    let dataRow: Block | null = null;
    for (const line of linesOf(block)) {
      const facts = factsOf(line, this.context);
      const data = lineData(line) > 0;
      if (data && facts.prose) return false;
      if (line.heading && seenData && facts.name === null) return false;
      seenData ||= data;
      if (!data) continue;
      const row = tableRowOf(line.block);
      if (row === null || row === dataRow || row === block || !this.directoryRow(row)) continue;
      if (dataRow !== null) return false;
      dataRow = row;
    }
    return true;
  }

  /**
   * A row of a directory table: one entry per row (Andersen, Sarah | Principal | 555-0131), its
   * cells the entry's fields, rather than one field of a card laid out as a table (手机： | 139…,
   * Email | a link). Two cells or more, the first not a label.
   */
  private directoryRow(block: Block): boolean {
    if (block.tag !== 'tr') return false;
    let known = this.rows.get(block);
    if (known === undefined) {
      let cells = 0;
      let first: Block | null = null;
      for (const item of block.items) {
        if (item.kind !== 'block' || (item.tag !== 'td' && item.tag !== 'th')) continue;
        cells++;
        first ??= item;
      }
      const line = first === null ? undefined : linesOf(first)[0];
      known = cells >= 2 && line !== undefined && !isLabel(line);
      this.rows.set(block, known);
    }
    return known;
  }
}

/**
 * A label gives the line's mailbox to the company, and the mailbox is named after `person`
 * (Stockist enquiries: sam@… under Sam Okafor): the person answers for that function, and the
 * line is theirs.
 */
export function answersFor(facts: LineFacts, person: string): boolean {
  return facts.companyEmails.some((email) => mailboxNamedAfter(email, person));
}

/**
 * A card the markup draws round the contact details of one person or organisation: an <address>
 * (HTML: the contact information for its nearest article or body) or a microformats h-card (v1
 * vcard).
 */
function markupCard(block: Block): boolean {
  if (block.tag === 'address') return true;
  const cls = block.el === null ? null : block.el.getAttribute('class');
  return cls !== null && MARKUP_CARD_CLASS.test(cls);
}

const MARKUP_CARD_CLASS = /(?:^|\s)(?:h-card|vcard)(?:\s|$)/;

/** A heading among the block's first lines names a company (Great Lakes Press Systems, Inc.). */
function headedByCompany(block: Block): boolean {
  const lines = linesOf(block);
  for (let i = 0; i < Math.min(3, lines.length); i++) {
    const line = lines[i] as Line;
    if (line.heading && lineData(line) === 0 && looksLikeOrganization(line.text)) return true;
  }
  return false;
}

/** The first line in the block's subtree, or null. */
function firstLine(block: Block): Line | null {
  for (const item of block.items) {
    const line = item.kind === 'line' ? item : firstLine(item);
    if (line !== null) return line;
  }
  return null;
}

/** The table row a cell's line is in: the cell's, or that of a block inside the cell. */
export function tableRowOf(block: Block | null): Block | null {
  let b: Block | null = block;
  for (let up = 0; b !== null && up < 3; up++, b = b.parent) if (b.tag === 'tr') return b;
  return null;
}

/** A field's label (手机：139…, 联 系 人：, Email) rather than a value. */
function isLabel(line: Line): boolean {
  if (fieldLabel(line.text) !== null) return true;
  return lineData(line) === 0 && labelField(line.text.replace(/[:：]$/, '')) !== null;
}
