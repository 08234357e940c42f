import type { Config } from '../config/config.ts';
import type { IsoDate } from '../model/dates.ts';
import { CUSTOMER_FIELD_SYNONYMS, CUSTOMER_NAME_FIELDS, type CustomerField } from '../model/fields.ts';
import type { CustomerRecord } from '../model/records.ts';
import type { SkippedRow } from '../model/skippedRow.ts';
import { type Cell, type CellIssue, sheetRowOf, type TableData } from '../model/table.ts';
import { parseBirthday } from '../parse/parseBirthday.ts';
import { parseComplaintStage } from '../parse/parseComplaintStage.ts';
import type { DateParseOptions } from '../parse/parseDate.ts';
import { parseEmail } from '../parse/parseEmail.ts';
import { countCurrency } from '../parse/parseNumber.ts';
import { callingCodeOf, countryOfCallingCode, parsePhone } from '../parse/parsePhone.ts';
import { parseTags } from '../parse/parseTags.ts';
import { amountScaleOf, scaleAmount } from './amountScale.ts';
import { birthdayDayOrder } from './birthdayDayOrder.ts';
import { CellReader, isBlankRow } from './cellReader.ts';
import { CustomerIndex } from './customerIndex.ts';
import { FurtherLines } from './furtherLines.ts';
import { displayName, HeaderNotRecognisedError } from './HeaderNotRecognisedError.ts';
import type { HeaderMapping, NameParts } from './mapHeader.ts';
import { joinNameParts, mapCustomerHeader, namePartColumns } from './nameParts.ts';
import { parsePlatformAccount } from './parsePlatformAccount.ts';
import { parseRecommendScore } from './parseRecommendScore.ts';
import { parseSatisfaction } from './parseSatisfaction.ts';
import { RepeatPool } from './repeatPool.ts';
import { holdsDigit, type RowContext, rowContextOf, rowText, skippedRowReason } from './skippedRows.ts';

/** A customer table needs at least one of these to identify anyone. */
export const IDENTIFYING_CUSTOMER_FIELDS = ['id', 'name', 'company', 'mobile', 'phone', 'email'] as const;

/** What reading a customer table gives (see readCustomerTable). */
export interface CustomersRead {
  records: CustomerRecord[];
  issues: CellIssue[];
  mapping: HeaderMapping<CustomerField>;
  skipped: SkippedRow[];
  /** The records by id, as derivePurchaseStats and the complaints reader match them. */
  index: CustomerIndex;
  /**
   * How the phone cells read in the default region, where those it refused are valid, and how
   * many a spreadsheet cut short.
   */
  phoneRegions: PhoneRegions;
  /**
   * Customers whose spend cell names its currency (HK$1,200, 800 MOP), by ISO 4217 code
   * (amountCurrency): spend in two currencies is added as it stands, and the analysis says so.
   */
  spendCurrencies: Record<string, number>;
  /** Rows read as further lines of the customer above (see FurtherLines), their spend in theirs. */
  furtherLines: number;
  /** The first date written without its year (9月3日), read as the latest such day up to today. */
  yearlessDate: string | null;
}

/** See CustomersRead.phoneRegions. */
export interface PhoneRegions {
  /** Phone cells valid in the default region. */
  valid: number;
  /**
   * Phone cells not valid in the default region, counted by each nearby region in which they are
   * (a Hong Kong table read as CN: { HK: 120 }); empty when there are none.
   */
  elsewhere: Record<string, number>;
  /**
   * Valid phone cells of another country than the default region's, written with its country
   * code (+34 944 52 13 80), counted by that country: a table kept abroad shows its own country
   * so, where its other numbers lack the code.
   */
  abroad: Record<string, number>;
  /**
   * The first INVALID_PHONES_KEPT phone cells not valid in the default region, as written: to be
   * tried in the region the table's money names (zł: Poland), which the reader does not know until
   * the orders are read.
   */
  invalid: string[];
  /** Phone cells a spreadsheet saved in scientific notation, their last digits lost (1.38123E+10). */
  cut: number;
  /** Phone cells with digits masked (138****5678), as platforms export them, and the first as written. */
  masked: number;
  maskedExample: string | null;
}

/** How many invalid phone cells PhoneRegions.invalid keeps: enough to tell a whole table's region. */
const INVALID_PHONES_KEPT = 2000;

/**
 * Reads the customer table: maps the header (bilingual synonyms + config.headerOverrides.customers),
 * then parses every data row into a CustomerRecord. A bad cell becomes an issue
 * `{row, column, value, message, kind}` and its field null; the row keeps its valid fields.
 * Rows whose every cell is empty are skipped (they are spacing, not customers); totals, note and
 * signature lines, a header pasted again and rows with nothing that identifies anyone are left
 * out and listed in `skipped` (see skippedRowReason); all other rows become records, in order,
 * with `row` = their sheet row.
 *
 * Checks beyond the parsers: purchase, contact and complaint dates after `today` (future-date),
 * negative counts and amounts (negative), fractional order counts, satisfaction outside 0–10,
 * a first purchase after the last (inconsistent: the first purchase is dropped, since recency
 * drives classification) and 0 orders with a last purchase (inconsistent: the count is dropped).
 *
 * @throws HeaderNotRecognisedError when no identifying column (id, name, company, mobile, phone,
 *   email) is found.
 */
export function readCustomerTable(
  table: TableData,
  config: Config,
  today: IsoDate,
  options: DateParseOptions = {},
): CustomersRead {
  const mapping = mapCustomerHeader(table.header, config.headerOverrides.customers);
  const c = mapping.columns;
  const parts = mapping.nameParts ?? null;
  if (parts === null && !IDENTIFYING_CUSTOMER_FIELDS.some((f) => c[f] !== undefined)) {
    throw new HeaderNotRecognisedError(
      'customers',
      table.header,
      IDENTIFYING_CUSTOMER_FIELDS.map((f) => displayName(CUSTOMER_FIELD_SYNONYMS[f])),
      'No recognisable column in the customers table: it needs at least one of id, name, company, mobile, phone or email.',
    );
  }
  const issues: CellIssue[] = [];
  const read = new CellReader(table.header, issues, 'customers', today, options, config.language, table);
  const region = config.defaultRegion;
  const phoneRegions: PhoneRegions = {
    valid: 0,
    elsewhere: {},
    abroad: {},
    invalid: [],
    cut: 0,
    masked: 0,
    maskedExample: null,
  };
  const spendCurrencies: Record<string, number> = {};
  const home = callingCodeOf(region.toUpperCase());
  const phone = (cell: Cell) => {
    const parsed = parsePhone(cell, region);
    if (parsed.ok) {
      const value = parsed.value;
      if (value !== null) {
        phoneRegions.valid++;
        if (home !== null && !value.startsWith(home)) {
          const country = countryOfCallingCode(value);
          if (country !== null) phoneRegions.abroad[country] = (phoneRegions.abroad[country] ?? 0) + 1;
        }
      }
    } else if (parsed.problem.code === 'phone-invalid') {
      const elsewhere = phoneRegions.elsewhere;
      const validIn = parsed.problem.validIn ?? [];
      for (const other of validIn) elsewhere[other] = (elsewhere[other] ?? 0) + 1;
      if (phoneRegions.invalid.length < INVALID_PHONES_KEPT) phoneRegions.invalid.push(parsed.problem.text);
    } else if (parsed.problem.code === 'phone-scientific') phoneRegions.cut++;
    else if (parsed.problem.code === 'phone-masked') {
      phoneRegions.masked++;
      phoneRegions.maskedExample ??= parsed.problem.text;
    }
    return parsed;
  };
  const birthdayOptions =
    c.birthday === undefined
      ? options
      : { ...options, dayOrder: birthdayDayOrder(table.rows, c.birthday, table.header[c.birthday] ?? '') };
  const birthday = (cell: Cell) => parseBirthday(cell, birthdayOptions);
  // The unit the spend column's header declares (销售额（万元）): its figures are read in yuan.
  const spendScale = c.totalSpend === undefined ? 1 : amountScaleOf(table.header[c.totalSpend] ?? '');
  const tags = sharedTags();
  const width = table.header.length;
  const records: CustomerRecord[] = [];
  const skipped: SkippedRow[] = [];
  const byId = new CustomerIndex([], c.id === undefined ? 0 : table.rows.length);
  const rowContext = customerRowContext(table.header, c, parts, table.rows);
  const lines = new FurtherLines(rowContext, c.totalSpend);
  let furtherLines = 0;

  table.rows.forEach((raw, index) => {
    if (isBlankRow(raw)) {
      lines.blank();
      return;
    }
    const row = sheetRowOf(table, index);
    const reason = skippedRowReason(raw, rowContext, table.formulas?.get(row), table.wideMerges?.get(row));
    const mergedDown = table.mergedDown?.get(row);
    if (lines.isLine(raw, reason, mergedDown)) {
      addLine(records[records.length - 1] as CustomerRecord, raw, row, mergedDown);
      furtherLines++;
      return;
    }
    if (reason !== null) {
      skipped.push({ table: 'customers', row, reason, text: rowText(raw) });
      return;
    }
    // The row itself when it is as wide as the header (a copy of every row of a large table
    // would be held twice for the whole run); a short row is padded in a copy, never in place.
    const cells = raw.length >= width ? raw : raw.concat(new Array<Cell>(width - raw.length).fill(null));
    read.at(row, cells);
    const record: CustomerRecord = {
      row,
      id: read.text(c.id),
      name:
        parts === null
          ? read.text(c.name)
          : (read.text(c.name) ??
            joinNameParts(read.text(parts.given), read.text(parts.middle), read.text(parts.family))),
      // A table whose only name of a business is its short name (客户简称) has it as the company.
      company: read.text(c.company ?? c.shortName),
      shortName: read.text(c.shortName),
      nickname: read.text(c.nickname),
      partner: read.text(c.partner),
      title: read.text(c.title),
      mobile: read.parsed(c.mobile, phone),
      phone: read.parsed(c.phone, phone),
      email: read.parsed(c.email, parseEmail),
      wechat: read.text(c.wechat),
      platformAccount: read.parsed(c.platformAccount, parsePlatformAccount),
      address: read.text(c.address),
      city: read.text(c.city),
      gender: read.text(c.gender),
      birthday: read.parsed(c.birthday, birthday),
      firstPurchase: read.date(c.firstPurchase, 'first-purchase'),
      lastPurchase: read.date(c.lastPurchase, 'last-purchase'),
      orderCount: read.amount(c.orderCount, 'order-count', true),
      totalSpend: scaleAmount(read.amount(c.totalSpend, 'total-spend'), spendScale),
      owner: read.text(c.owner),
      tags: tags(c.tags === undefined ? null : read.cell(c.tags)),
      source: read.text(c.source),
      lastContact: read.date(c.lastContact, 'last-contact'),
      satisfaction: read.parsed(c.satisfaction, parseSatisfaction),
      recommend: read.parsed(c.recommend, parseRecommendScore),
      complaintStatus: read.parsed(c.complaintStatus, parseComplaintStage),
      complaintDate: read.date(c.complaintDate, 'complaint-date'),
      complaintStageDate: read.date(c.complaintStageDate, 'complaint-stage-date'),
      complaintClosedDate: read.date(c.complaintClosedDate, 'complaint-closed-date'),
      complaint: read.text(c.complaint),
      note: read.text(c.note),
      cells,
    };
    checkConsistency(record, read, c);
    if (c.totalSpend !== undefined) countCurrency(spendCurrencies, read.cell(c.totalSpend));
    byId.add(record.id, records.length);
    records.push(record);
  });
  return {
    records,
    issues,
    mapping,
    skipped,
    index: byId,
    phoneRegions,
    spendCurrencies,
    furtherLines,
    yearlessDate: read.yearlessExample,
  };

  /**
   * A line of `record` (see FurtherLines) at sheet row `row`: its spend is added to the record's,
   * and its purchase dates where the table has those columns; it is one purchase more, or as
   * many as its order count says where the table has that column.
   */
  function addLine(
    record: CustomerRecord,
    raw: readonly Cell[],
    row: number,
    mergedDown: ReadonlySet<number> | undefined,
  ): void {
    read.at(row, raw);
    // A figure merged down from the record's row is the record's own, already counted (one fee
    // over two courses).
    const own = (column: number | undefined) => column !== undefined && !mergedDown?.has(column);
    const spend = own(c.totalSpend)
      ? scaleAmount(read.amount(c.totalSpend, 'total-spend'), spendScale)
      : null;
    if (spend !== null) record.totalSpend = (record.totalSpend ?? 0) + spend;
    // Each line is a purchase where the table counts none (a course paid for).
    if (c.orderCount === undefined) record.orderCount = (record.orderCount ?? 1) + 1;
    else if (own(c.orderCount)) {
      const count = read.amount(c.orderCount, 'order-count', true);
      if (count !== null && record.orderCount !== null) record.orderCount += count;
    }
    const first = read.date(c.firstPurchase, 'first-purchase');
    if (first !== null && (record.firstPurchase === null || first < record.firstPurchase))
      record.firstPurchase = first;
    const last = read.date(c.lastPurchase, 'last-purchase');
    if (last !== null && (record.lastPurchase === null || last > record.lastPurchase))
      record.lastPurchase = last;
    if (spend !== null) countCurrency(spendCurrencies, read.cell(c.totalSpend));
    if (record.lines === undefined) record.lines = [row];
    else record.lines.push(row);
  }
}

/**
 * The RowContext of a customer table (see skippedRowReason), for the reader and for the person
 * search, which must tell the same rows apart: its identifying, contact and name columns, and
 * whether its ids are codes (`rows`, the table's rows below its header: see isCodedColumn).
 */
export function customerRowContext(
  header: readonly string[],
  columns: HeaderMapping<CustomerField>['columns'],
  parts: NameParts | null,
  rows: readonly (readonly Cell[])[] = [],
): RowContext {
  const columnsOf = (fields: readonly CustomerField[]): number[] =>
    fields.flatMap((f) => {
      const column = columns[f];
      return column === undefined ? [] : [column];
    });
  return rowContextOf(
    'customers',
    header,
    // A row naming its customer by the WeChat id or the platform's account alone is a customer.
    columnsOf([...IDENTIFYING_CUSTOMER_FIELDS, 'wechat', 'platformAccount']),
    columnsOf(['email', 'mobile', 'phone']),
    [...columnsOf(CUSTOMER_NAME_FIELDS), ...namePartColumns(parts)],
    columns.id !== undefined && isCodedColumn(rows, columns.id) ? [columns.id] : [],
  );
}

/**
 * Whether a column holds codes: of its filled cells, two in three hold a digit (three at least)
 * (C000123, 1047, 120.01.003). A heading in capitals alone in such a column (CLÍNICA GERAL, YURT
 * İÇİ over the customers of a group) is no one's id.
 */
function isCodedColumn(rows: readonly (readonly Cell[])[], column: number): boolean {
  let filled = 0;
  let coded = 0;
  for (let r = 0; r < rows.length; r++) {
    const cell = (rows[r] as readonly Cell[])[column];
    if (cell === null || cell === undefined || cell === '') continue;
    filled++;
    if (typeof cell === 'number' || (typeof cell === 'string' && holdsDigit(cell))) coded++;
  }
  return coded >= 3 && coded >= (2 / 3) * filled;
}

/**
 * parseTags with one frozen array per distinct tags cell: a table repeats a few hundred tag texts
 * over all its customers, and a million customers would otherwise hold a million arrays.
 */
function sharedTags(): (cell: Cell) => readonly string[] {
  const pool = new RepeatPool<readonly string[]>();
  return (cell) => {
    if (typeof cell !== 'string') return parseTags(cell);
    return pool.find(cell) ?? pool.keep(cell, Object.freeze(parseTags(cell)));
  };
}

function checkConsistency(
  record: CustomerRecord,
  read: CellReader,
  c: Partial<Record<CustomerField, number>>,
): void {
  if (
    record.birthday !== null &&
    !record.birthday.startsWith('--') &&
    // A lunar birthday (L1990-03-05) counts lunar years; only a Gregorian date is checked.
    !record.birthday.startsWith('L') &&
    record.birthday > read.today &&
    c.birthday !== undefined
  ) {
    read.report(c.birthday, 'future-date', {
      code: 'future-date',
      value: 'birthday',
      date: record.birthday,
      today: read.today,
    });
    record.birthday = null;
  }
  const { firstPurchase, lastPurchase } = record;
  if (
    firstPurchase !== null &&
    lastPurchase !== null &&
    firstPurchase > lastPurchase &&
    c.firstPurchase !== undefined
  ) {
    read.report(c.firstPurchase, 'inconsistent', {
      code: 'first-after-last',
      first: firstPurchase,
      last: lastPurchase,
    });
    record.firstPurchase = null;
  }
  const purchase = lastPurchase ?? firstPurchase;
  if (record.orderCount === 0 && purchase !== null && c.orderCount !== undefined) {
    read.report(c.orderCount, 'inconsistent', { code: 'no-orders-yet-purchase', date: purchase });
    record.orderCount = null;
  }
  const { complaintDate, complaintClosedDate } = record;
  if (complaintDate !== null && complaintClosedDate !== null && complaintClosedDate < complaintDate) {
    if (c.complaintClosedDate !== undefined) {
      read.report(c.complaintClosedDate, 'inconsistent', {
        code: 'closed-before-opened',
        closed: complaintClosedDate,
        opened: complaintDate,
      });
    }
    record.complaintClosedDate = null;
  }
}
