import type { Config } from '../config/config.ts';
import { fillMergedCells, wideMergesBelow } from '../jobs/fillMergedCells.ts';
import type { SheetGrid } from '../jobs/sheetGrid.ts';
import { CUSTOMER_NAME_FIELDS, type CustomerField } from '../model/fields.ts';
import type { Cell } from '../model/table.ts';
import { cellToText } from '../parse/cellToText.ts';
import { accountKey, wechatKey } from '../parse/contactKeys.ts';
import { isMaskedId } from '../parse/maskedText.ts';
import { parseEmail } from '../parse/parseEmail.ts';
import { parsePhone } from '../parse/parsePhone.ts';
import { foldTraditional } from '../parse/simplifiedChinese.ts';
import { columnLetter } from '../sheets/a1.ts';
import { fillGroupedBuyers, withBuyer } from '../table/buyerGroups.ts';
import { isBlankRow } from '../table/cellReader.ts';
import { bareNameKeyOf, contactKeyOf, nameKeyOf } from '../table/contactIndex.ts';
import { CustomerIndex } from '../table/customerIndex.ts';
import { FurtherLines } from '../table/furtherLines.ts';
import { nameFromParts } from '../table/nameParts.ts';
import {
  amountColumnsOf,
  type CustomerKeys,
  customerKeysOf,
  joinKindOf,
  orderBuyerField,
} from '../table/orderHeader.ts';
import { customerRowContext } from '../table/readCustomerTable.ts';
import type { ContactKind } from '../table/readerProblem.ts';
import { rowContextOf, skippedRowReason } from '../table/skippedRows.ts';
import { asidesByRow, type CellAside } from './cellAsides.ts';
import { idKey, type PersonKey } from './personKey.ts';
import { classifyPrivacySheets, type PrivacySheet, type PrivacySheetKind } from './privacySheets.ts';
import { findMentions, type Mention, type PersonIdentity } from './textMentions.ts';

/** One cell that holds the person's data. */
export interface PersonPlace {
  sheet: string;
  /** Sheet row (1-based). */
  row: number;
  /** The column's header as written, else its letter. */
  column: string;
  /** The text that holds their data: the cell's value, or its formula or note when `part` says so. */
  value: string;
  /** Set when the data is in the cell's formula (=HYPERLINK("mailto:…","发邮件")) or its note, not its value. */
  part?: CellAside;
}

/** How a row belongs to the person. */
export type PersonRowRole = 'customer' | 'order' | 'complaint' | 'followUp';

/** A row about the person: their record, or an order, complaint or task that names them by id. */
export interface PersonRow {
  sheet: string;
  sheetKind: PrivacySheetKind;
  role: PersonRowRole;
  row: number;
  cells: Cell[];
}

/** A cell outside the person's rows whose text names them, with where. */
export interface PersonMention {
  sheet: string;
  row: number;
  /** 0-based column. */
  column: number;
  /** Set when the words are in the cell's formula or note rather than its value. */
  part?: CellAside;
  mentions: Mention[];
}

export interface PersonFindings {
  key: PersonKey;
  identity: PersonIdentity;
  /** The names of the customer rows found; more than one means the key is shared by several people. */
  names: string[];
  rows: PersonRow[];
  /** Cells naming the person in text (reviews, reports, notes, batch tasks …), outside their rows. */
  mentions: PersonMention[];
  /** Every cell that holds the person's data, sheet by sheet in workbook order, row by row. */
  places: PersonPlace[];
  /** The sheets as classified, for the adapters (headers, kinds). */
  sheets: PrivacySheet[];
}

export interface FindPersonOptions {
  headerOverrides: Config['headerOverrides'];
  /** Region of numbers written without a country code. */
  region: string;
}

const ROLE_OF: Partial<Record<PrivacySheetKind, PersonRowRole>> = {
  customers: 'customer',
  orders: 'order',
  complaints: 'complaint',
  followUps: 'followUp',
};

/**
 * Everything a workbook holds about one person. Their customer rows are found in every table of
 * people (the customer table, backups, any sheet with a customer header) by the key, then by the
 * other identifying values those rows give (their customer id, email, mobile, WeChat id and
 * platform account, so a backup row with an older phone is found too; a landline is matched but
 * never followed, as a company switchboard is shared). Orders, complaints and follow-up tasks are
 * theirs by customer id, and orders as the analysis matches them (by the buyer's email, phone or
 * platform account where they have no customer id, by the name beside a customer id left blank). Every other cell is searched for their
 * email, phones, WeChat id, platform account and customer id, and cells
 * of the sheets the toolkit writes (reviews, reports, tasks, copies) for their name too (see
 * findMentions); a cell's formula and note, where the grid has them, are searched as its value is.
 * The personal data log is never searched: it holds no personal data.
 */
export function findPerson(
  grids: readonly SheetGrid[],
  key: PersonKey,
  options: FindPersonOptions,
): PersonFindings {
  const sheets = classifyPrivacySheets(grids, options.headerOverrides);
  const identity = emptyIdentity(key);
  const customerRows = matchCustomerRows(sheets, identity, options.region);
  addFurtherLines(sheets, customerRows);
  identity.longerNames = longerNamesOfOthers(sheets, customerRows, identity.names);
  const isTheirId = theirIds(sheets, customerRows, identity.ids);
  const keys = customerKeysOfSheets(sheets);
  const accounts = keys.accounts;
  // Only an orders sheet naming its buyers by name, or by name where the id was left blank,
  // needs their names as the analysis matches them.
  const byName = sheets.some(
    (sheet) => buyerContactColumn(sheet, keys)?.by === 'name' || blankIdNameColumn(sheet, keys) !== undefined,
  );
  const orderNames = byName ? theirOrderNames(sheets, customerRows) : new Set<string>();
  const isTheirAccount = theirAccounts(sheets, customerRows, identity.accounts);
  const rows: PersonRow[] = [];
  const rowSet = new Set<string>();
  const names = new Set<string>();
  for (const sheet of sheets) {
    const role = ROLE_OF[sheet.kind];
    if (role === undefined) continue;
    const column = sheet.kind === 'customers' ? undefined : idColumnOf(sheet, keys);
    // An orders sheet whose 买家会员名 is compared with the customers' ids (no table of people
    // records accounts) is theirs by that account too, where the key or their rows name it.
    const idIsAccount = column !== undefined && column === accountColumnOf(sheet);
    const account = column === undefined ? buyerAccountColumn(sheet, accounts) : undefined;
    const contact =
      column === undefined && account === undefined ? buyerContactColumn(sheet, keys) : undefined;
    const buyerColumn = column ?? account ?? contact?.column;
    const nameColumn = blankIdNameColumn(sheet, keys);
    const isTheirs = (cells: readonly Cell[]) =>
      nameColumn !== undefined &&
      buyerColumn !== undefined &&
      cellToText(cells[buyerColumn] ?? null).trim() === ''
        ? isTheirContact(identity, orderNames, cells[nameColumn] ?? null, 'name', options.region)
        : column !== undefined
          ? isTheirId(cells[column] ?? null) ||
            (idIsAccount && identity.accounts.has(accountAt(cells, column) ?? '\u0000'))
          : account !== undefined
            ? isTheirAccount(cells[account] ?? null)
            : contact !== undefined &&
              isTheirContact(identity, orderNames, cells[contact.column] ?? null, contact.by, options.region);
    // A group's heading and totals rows are theirs where its orders are: read with the group's buyer.
    const ends = sheet.kind === 'orders' ? groupEndsOf(sheet, accounts) : new Map<number, string>();
    forEachDataRow(
      sheet,
      (cells, row) => {
        const end = ends.get(row);
        const linked =
          sheet.kind === 'customers'
            ? customerRows.has(`${sheet.grid.name}\u0000${row}`)
            : isTheirs(cells) ||
              (end !== undefined &&
                buyerColumn !== undefined &&
                isTheirs(withBuyer(cells, buyerColumn, end)));
        if (!linked) return;
        rows.push({ sheet: sheet.grid.name, sheetKind: sheet.kind, role, row, cells });
        rowSet.add(`${sheet.grid.name}\u0000${row}`);
        const written = sheet.kind === 'customers' ? textAt(cells, sheet.columns.name) : '';
        const name =
          written === '' && sheet.kind === 'customers' && sheet.nameParts
            ? nameFromParts(cells, sheet.nameParts)
            : written;
        if (name !== '') names.add(name);
      },
      accounts,
    );
  }
  const mentions: PersonMention[] = [];
  const places: PersonPlace[] = [];
  for (const sheet of sheets) {
    if (sheet.kind === 'log') continue;
    const name = sheet.grid.name;
    const asides = asidesByRow(sheet.grid);
    const height = Math.max(sheet.grid.rows.length, ...asides.keys());
    for (let row = 1; row <= height; row++) {
      if (row === sheet.headerRow) continue;
      const theirs = rowSet.has(`${name}\u0000${row}`);
      const whole = theirs && sheet.kind === 'customers';
      const reference = theirs ? referenceColumns(sheet, keys) : [];
      // Names only where the toolkit wrote them (reviews, reports, tasks, copies): in a table of
      // people a name inside another name (张伟 in 张伟明) is someone else.
      const withNames = sheet.kind === 'other' || sheet.kind === 'followUps' || sheet.kind === 'copy';
      const written = sheet.grid.rows[row - 1] ?? [];
      // Their row as it reads with its merged cells filled (the 客户编号 merged down over their
      // order lines is theirs on every line); other cells are searched where they are written.
      const shown = theirs ? (rowsAsRead(sheet, accounts)[row - 1] ?? written) : written;
      shown.forEach((cell, column) => {
        // The buyer a group's heading gives rows whose header has no buyer column is in no cell.
        if (column >= sheet.header.length && cell !== written[column]) return;
        const text = cellToText(cell);
        if (text.trim() === '') return;
        const place = () => places.push({ sheet: name, row, column: columnName(sheet, column), value: text });
        if (whole || reference.includes(column)) {
          place();
          return;
        }
        if (cell !== written[column]) return;
        const found = findMentions(text, identity, options.region, withNames);
        if (found.length === 0) return;
        mentions.push({ sheet: name, row, column, mentions: found });
        place();
      });
      for (const aside of asides.get(row) ?? []) {
        const place = () =>
          places.push({
            sheet: name,
            row,
            column: columnName(sheet, aside.column),
            value: aside.text,
            part: aside.part,
          });
        // A note on their own customer row is about them; the row goes, its notes with it.
        if (whole && aside.part === 'note') {
          place();
          continue;
        }
        const found = findMentions(aside.text, identity, options.region, withNames);
        if (found.length === 0) continue;
        mentions.push({ sheet: name, row, column: aside.column, part: aside.part, mentions: found });
        place();
      }
    }
  }
  return { key, identity, names: [...names], rows, mentions, places, sheets };
}

function emptyIdentity(key: PersonKey): PersonIdentity & {
  ids: Set<string>;
  idTexts: string[];
  names: string[];
  longerNames: string[];
  emails: Set<string>;
  phones: Set<string>;
  wechats: Set<string>;
  accounts: Set<string>;
} {
  const identity = {
    ids: new Set<string>(),
    idTexts: [] as string[],
    names: [] as string[],
    longerNames: [] as string[],
    emails: new Set<string>(),
    phones: new Set<string>(),
    wechats: new Set<string>(),
    accounts: new Set<string>(),
  };
  if (key.kind === 'email') identity.emails.add(key.value);
  if (key.kind === 'phone') identity.phones.add(key.value);
  if (key.kind === 'wechat') identity.wechats.add(key.value);
  if (key.kind === 'account') identity.accounts.add(key.value);
  if (key.kind === 'id') {
    identity.ids.add(idKey(key.value) ?? key.value);
    identity.idTexts.push(key.value);
  }
  return identity;
}

/**
 * Adds to `found` (sheet and row keys of customer rows) the further lines of each row found: the
 * rows below a customer that name nobody and continue them (FurtherLines), as the customer reader
 * counts them for that customer. Erasing a person without them would leave their lines to be
 * read as the lines of whoever is above.
 */
function addFurtherLines(sheets: readonly PrivacySheet[], found: Set<string>): void {
  for (const sheet of sheets) {
    if (sheet.kind !== 'customers') continue;
    const columns = sheet.columns as Partial<Record<CustomerField, number>>;
    // The rows as the reader is given them: merged cells filled, formulas and wide merges known.
    const rows = tableRowsOf(sheet);
    const context = customerRowContext(
      sheet.header,
      columns,
      sheet.nameParts ?? null,
      rows.slice(sheet.headerRow),
    );
    const lines = new FurtherLines(context, columns.totalSpend);
    const wide = wideMergesBelow(sheet.grid.merges ?? [], sheet.headerRow);
    let theirs = false;
    for (let index = sheet.headerRow; index < rows.length; index++) {
      const cells = rows[index] ?? [];
      if (isBlankRow(cells)) {
        lines.blank();
        continue;
      }
      const row = index + 1;
      const at = `${sheet.grid.name}\u0000${row}`;
      const reason = skippedRowReason(cells, context, sheet.grid.formulas?.get(row), wide.get(row));
      if (lines.isLine(cells, reason)) {
        if (theirs) found.add(at);
      } else if (reason === null) theirs = found.has(at);
    }
  }
}

/**
 * The customer rows of the person, as `sheet\0row`, growing `identity` with what each row found
 * gives until no new row is found (a backup row may be reached only through the id of the row
 * the key found).
 */
function matchCustomerRows(
  sheets: readonly PrivacySheet[],
  identity: ReturnType<typeof emptyIdentity>,
  region: string,
): Set<string> {
  const found = new Set<string>();
  const tables = sheets.filter((s) => s.kind === 'customers');
  for (let grown = true; grown; ) {
    grown = false;
    for (const sheet of tables) {
      const c = sheet.columns;
      forEachDataRow(sheet, (cells, row) => {
        const at = `${sheet.grid.name}\u0000${row}`;
        if (found.has(at)) return;
        const email = parsedAt(cells, c.email, (cell) => parseEmail(cell));
        const mobile = parsedAt(cells, c.mobile, (cell) => parsePhone(cell, region));
        const landline = parsedAt(cells, c.phone, (cell) => parsePhone(cell, region));
        const wechat = wechatKey(textAt(cells, c.wechat) || null);
        const account = accountAt(cells, c.platformAccount);
        const id = c.id === undefined ? null : idKey(cells[c.id] ?? null);
        const hit =
          (email !== null && identity.emails.has(email)) ||
          (mobile !== null && identity.phones.has(mobile)) ||
          (landline !== null && identity.phones.has(landline)) ||
          (wechat !== null && identity.wechats.has(wechat)) ||
          (account !== null && identity.accounts.has(account)) ||
          (id !== null && identity.ids.has(id));
        if (!hit) return;
        found.add(at);
        grown = true;
        if (email !== null) identity.emails.add(email);
        if (mobile !== null) identity.phones.add(mobile);
        if (wechat !== null) identity.wechats.add(wechat);
        if (account !== null) identity.accounts.add(account);
        if (id !== null && !identity.ids.has(id)) {
          identity.ids.add(id);
          identity.idTexts.push(textAt(cells, c.id));
        }
        const name = textAt(cells, c.name);
        if (name !== '' && !identity.names.includes(name)) identity.names.push(name);
      });
    }
  }
  return found;
}

/**
 * Whether an order's, complaint's or task's customer id names the person, as the analysis
 * matches it to a customer (CustomerIndex): as written, else by its folded key when one
 * customer id of the tables of people folds to it (Ｃ００１ or c001 for their C001), never when
 * it could be someone else's (C001 and c001 both in the tables) or was cut short (1.23457E+11).
 * An id no customer row has is theirs when it is the id the key names.
 */
function theirIds(
  sheets: readonly PrivacySheet[],
  theirs: ReadonlySet<string>,
  ids: ReadonlySet<string>,
): (cell: Cell) => boolean {
  // Each row's id numbered 1 when the row is theirs, 0 when it is someone else's.
  const owners = new CustomerIndex();
  for (const sheet of sheets) {
    if (sheet.kind !== 'customers') continue;
    forEachDataRow(sheet, (cells, row) => {
      owners.add(textAt(cells, sheet.columns.id), theirs.has(`${sheet.grid.name}\u0000${row}`) ? 1 : 0);
    });
  }
  return (cell) => {
    const text = cellToText(cell).trim();
    if (text === '') return false;
    const owner = owners.find(text);
    if (owner >= 0) return owner === 1;
    return owners.foldOf(text) === undefined && ids.has(idKey(cell) ?? '\u0000');
  };
}

/**
 * Whether an order's platform account names the person, as the analysis matches it to a
 * customer's platform account (accountIndexOf): as written, else written in other capitals by
 * one account of the tables of people alone. An account no customer row has is theirs when it is
 * the account the key names.
 */
function theirAccounts(
  sheets: readonly PrivacySheet[],
  theirs: ReadonlySet<string>,
  accounts: ReadonlySet<string>,
): (cell: Cell) => boolean {
  // Each row's account numbered 1 when the row is theirs, 0 when it is someone else's.
  const owners = new CustomerIndex();
  for (const sheet of sheets) {
    if (sheet.kind !== 'customers') continue;
    forEachDataRow(sheet, (cells, row) => {
      const account = accountAt(cells, sheet.columns.platformAccount);
      owners.add(account, theirs.has(`${sheet.grid.name}\u0000${row}`) ? 1 : 0);
    });
  }
  return (cell) => {
    const text = cellToText(cell).trim();
    if (text === '' || isMaskedId(text)) return false;
    const owner = owners.find(text);
    if (owner >= 0) return owner === 1;
    return owners.foldOf(text) === undefined && accounts.has(accountKey(text) ?? '\u0000');
  };
}

/**
 * What the tables of people offer orders to be matched by, as the analysis reads them from the
 * customer table (customerKeysOf): platform accounts (旺旺号), which orders naming their buyer by
 * the platform's account are then matched to; customer ids; names or companies, which an orders
 * column of customer ids is compared with where no table of people has ids (joinKindOf).
 */
function customerKeysOfSheets(sheets: readonly PrivacySheet[]): CustomerKeys {
  const keys = sheets
    .filter((sheet) => sheet.kind === 'customers')
    .map((sheet) => customerKeysOf(sheet.columns));
  return {
    accounts: keys.some((k) => k.accounts),
    ids: keys.some((k) => k.ids),
    names: keys.some((k) => k.names),
  };
}

/** A platform account cell as a key (accountKey), or null for none or a masked one (t**8). */
function accountAt(cells: readonly Cell[], column: number | undefined): string | null {
  const text = textAt(cells, column);
  return text === '' || isMaskedId(text) ? null : accountKey(text);
}

/** Names of the other people in the tables of people that contain one of the person's names. */
function longerNamesOfOthers(
  sheets: readonly PrivacySheet[],
  theirs: ReadonlySet<string>,
  names: readonly string[],
): string[] {
  const longer = new Set<string>();
  // Compared in either script: 陳大文 is their name, 陳大文明 a longer one.
  const keys = names.map((name) => foldTraditional(name).toLowerCase());
  for (const sheet of sheets) {
    if (sheet.kind !== 'customers') continue;
    forEachDataRow(sheet, (cells, row) => {
      if (theirs.has(`${sheet.grid.name}\u0000${row}`)) return;
      const other = textAt(cells, sheet.columns.name);
      const folded = foldTraditional(other).toLowerCase();
      if (other === '' || keys.includes(folded)) return;
      if (keys.some((key) => folded.includes(key))) longer.add(other);
    });
  }
  return [...longer];
}

/**
 * The rows of a table with its merged cells filled as the analysis reads them (fillMergedCells):
 * an order line under a 客户编号 or 手机 merged down over the customer's lines is theirs too,
 * though a spreadsheet reads its cell as empty. Filled once per sheet.
 */
const filledRows = new WeakMap<PrivacySheet, Cell[][]>();
function tableRowsOf(sheet: PrivacySheet): Cell[][] {
  const merges = sheet.grid.merges;
  if (merges === undefined || merges.length === 0) return sheet.grid.rows;
  let rows = filledRows.get(sheet);
  if (rows === undefined) {
    rows = fillMergedCells(sheet.grid.rows, merges, sheet.headerRow);
    filledRows.set(sheet, rows);
  }
  return rows;
}

/**
 * The rows of a sheet as the analysis reads them: merged cells filled (tableRowsOf) and, in an
 * orders sheet grouped by customer, each row without a buyer given the buyer at the top of its
 * group where the group's subtotal adds up (fillGroupedBuyers): those orders count for the buyer,
 * so they are the buyer's to show and erase. `accounts` as for orderBuyerField. Filled once per
 * sheet.
 */
const readRows = new WeakMap<PrivacySheet, Cell[][]>();
function rowsAsRead(sheet: PrivacySheet, accounts: boolean): Cell[][] {
  const rows = tableRowsOf(sheet);
  if (sheet.kind !== 'orders') return rows;
  let read = readRows.get(sheet);
  if (read === undefined) {
    const c = sheet.columns;
    const field = orderBuyerField(c, { accounts });
    const buyer = field === undefined ? undefined : c[field];
    const amounts = amountColumnsOf(c);
    const ends = new Map<number, string>();
    read =
      buyer === undefined || amounts === null
        ? rows
        : fillGroupedBuyers(
            rows,
            sheet.headerRow,
            rowContextOf('orders', sheet.header),
            buyer,
            amounts,
            { dateCol: c.date ?? -1, headingsAnywhere: buyer === sheet.header.length },
            ends,
          );
    readRows.set(sheet, read);
    groupEnds.set(sheet, ends);
  }
  return read;
}

/**
 * The headings and totals rows of an orders sheet's groups filled by rowsAsRead, with their
 * group's buyer, by sheet row: theirs with the group's orders (Total for Acme Dental names them).
 */
const groupEnds = new WeakMap<PrivacySheet, ReadonlyMap<number, string>>();
function groupEndsOf(sheet: PrivacySheet, accounts: boolean): ReadonlyMap<number, string> {
  rowsAsRead(sheet, accounts);
  return groupEnds.get(sheet) ?? new Map();
}

/**
 * Calls `visit` with each non-blank row below the sheet's header, merged cells filled, and an
 * orders sheet's rows as the analysis reads them where `accounts` is given (rowsAsRead).
 */
function forEachDataRow(
  sheet: PrivacySheet,
  visit: (cells: Cell[], row: number) => void,
  accounts?: boolean,
): void {
  const rows = accounts === undefined ? tableRowsOf(sheet) : rowsAsRead(sheet, accounts);
  for (let index = sheet.headerRow; index < rows.length; index++) {
    const cells = rows[index] ?? [];
    if (cells.every((cell) => cellToText(cell).trim() === '')) continue;
    visit(cells, index + 1);
  }
}

/**
 * The columns of a linked order, complaint or task row that name the person: the customer
 * reference (an orders table without a customer id names the buyer by email or phone).
 */
function referenceColumns(sheet: PrivacySheet, keys: CustomerKeys): number[] {
  const columns: number[] = [];
  for (const field of ['customerId', 'customer'] as const) {
    const column = sheet.columns[field];
    if (column !== undefined) columns.push(column);
  }
  const account =
    sheet.columns.customerId === undefined
      ? (idColumnOf(sheet, keys) ?? buyerAccountColumn(sheet, keys.accounts))
      : undefined;
  if (account !== undefined) columns.push(account);
  const contact = sheet.columns.customerId === undefined ? buyerContactColumn(sheet, keys) : undefined;
  if (contact !== undefined) columns.push(contact.column);
  return columns;
}

/**
 * The column of a sheet's customer ids: its customer-id column, or for an orders sheet whose
 * buyers only a platform's account names (买家会员名), that column, which the analysis compares
 * with the customers' ids where no table of people records accounts. An orders column of
 * customer ids that the analysis compares with names (joinKindOf) is none: see buyerContactColumn.
 */
function idColumnOf(sheet: PrivacySheet, keys: CustomerKeys): number | undefined {
  if (sheet.kind !== 'orders') return sheet.columns.customerId;
  if (sheet.columns.customerId !== undefined)
    return joinKindOf('customerId', keys) === 'customerId' ? sheet.columns.customerId : undefined;
  return !keys.accounts && orderBuyerField(sheet.columns) === 'buyerAccount'
    ? sheet.columns.buyerAccount
    : undefined;
}

/** An orders sheet's column of the platform's buyer account (买家会员名), if it has one. */
function accountColumnOf(sheet: PrivacySheet): number | undefined {
  return sheet.kind === 'orders' ? sheet.columns.buyerAccount : undefined;
}

/**
 * The platform-account column an orders sheet names its buyers by where a table of people
 * records accounts (`accounts`), as the analysis matches them (orderBuyerField); undefined
 * otherwise.
 */
function buyerAccountColumn(sheet: PrivacySheet, accounts: boolean): number | undefined {
  if (!accounts || sheet.kind !== 'orders') return undefined;
  return orderBuyerField(sheet.columns, { accounts }) === 'buyerAccount'
    ? sheet.columns.buyerAccount
    : undefined;
}

/**
 * The email, phone or name column an orders sheet names its buyers by where the analysis
 * compares it with the customers' contacts or names (orderBuyerField, joinKindOf): an orders
 * sheet without a customer-id column, or one whose customer ids are compared with names; else
 * undefined, as for any other sheet.
 */
function buyerContactColumn(
  sheet: PrivacySheet,
  keys: CustomerKeys,
): { column: number; by: ContactKind } | undefined {
  if (sheet.kind !== 'orders') return undefined;
  const field = orderBuyerField(sheet.columns, { accounts: keys.accounts });
  const column = field === undefined ? undefined : sheet.columns[field];
  if (field === undefined || column === undefined) return undefined;
  const by = joinKindOf(field, keys);
  return by === 'customerId' || by === 'account' ? undefined : { column, by };
}

/**
 * The name column by which an orders sheet names the buyer of an order whose customer id was left
 * blank, as the analysis reads such an order (namedBuyerId): the customer's name beside the
 * customer-id column the orders are matched by; else undefined.
 */
function blankIdNameColumn(sheet: PrivacySheet, keys: CustomerKeys): number | undefined {
  if (sheet.kind !== 'orders') return undefined;
  return orderBuyerField(sheet.columns, { accounts: keys.accounts }) === 'customerId'
    ? sheet.columns.customerName
    : undefined;
}

/**
 * Whether an order's email, phone or customer-name cell is one of the person's, compared as the
 * analysis does (`names`: see theirOrderNames).
 */
function isTheirContact(
  identity: ReturnType<typeof emptyIdentity>,
  names: ReadonlySet<string>,
  cell: Cell,
  by: ContactKind,
  region: string,
): boolean {
  const text = cellToText(cell).trim();
  if (text === '') return false;
  const key = contactKeyOf(text, by, region);
  if (by === 'name') return names.has(key);
  return by === 'email' ? identity.emails.has(key) : identity.phones.has(key);
}

/**
 * The names (nameKeyOf) by which orders without a customer id, email or phone are the person's,
 * as the analysis matches them (nameIndexesOf): the name or company of one of their customer rows
 * that no other customer row has. A name two people share names neither: their orders counted
 * for no one, and erasing one 张伟 must not touch the other's.
 */
function theirOrderNames(sheets: readonly PrivacySheet[], theirs: ReadonlySet<string>): Set<string> {
  const mine = new Set<string>();
  const others = new Set<string>();
  // Their names without a remark in brackets (小鹿家 of 小鹿家（淘宝店）), which orders match where
  // no row has the name itself and no other row has it bare too.
  const mineBare = new Set<string>();
  const othersBare = new Set<string>();
  for (const sheet of sheets) {
    if (sheet.kind !== 'customers') continue;
    forEachDataRow(sheet, (cells, row) => {
      const own = theirs.has(`${sheet.grid.name}\u0000${row}`);
      for (const field of CUSTOMER_NAME_FIELDS) {
        const key = nameKeyOf(textAt(cells, sheet.columns[field]));
        if (key === '') continue;
        (own ? mine : others).add(key);
        const bare = bareNameKeyOf(key);
        if (bare !== null) (own ? mineBare : othersBare).add(bare);
      }
    });
  }
  for (const key of others) mine.delete(key);
  for (const bare of mineBare)
    if (!othersBare.has(bare) && !others.has(bare) && !mine.has(bare)) mine.add(bare);
  return mine;
}

function textAt(cells: readonly Cell[], column: number | undefined): string {
  return column === undefined ? '' : cellToText(cells[column] ?? null).trim();
}

function parsedAt(
  cells: readonly Cell[],
  column: number | undefined,
  parse: (cell: Cell) => { ok: true; value: string | null } | { ok: false },
): string | null {
  if (column === undefined) return null;
  const parsed = parse(cells[column] ?? null);
  return parsed.ok ? parsed.value : null;
}

function columnName(sheet: PrivacySheet, column: number): string {
  const header = sheet.header[column]?.trim();
  return header ? header : columnLetter(column);
}
