import type { Config } from '../config/config.ts';
import type { Cell, TableRole } from '../model/table.ts';
import { groupHeading } from '../table/buyerGroups.ts';
import { isBlankRow } from '../table/cellReader.ts';
import { combineHeaderRows } from './combineHeaderRows.ts';
import { headerText } from './sheetGrid.ts';
import { headerFit, looksLikeOrders } from './tableRequirements.ts';

/** How far down a sheet the header is looked for (title, export and note lines sit above it). */
export const HEADER_SEARCH_ROWS = 30;

export interface DetectedHeader {
  /** 1-based sheet row of the header (the lower row of a two-row header); data starts below it. */
  row: number;
  /** Whether the table's required columns were found in that row. */
  usable: boolean;
  /** The header texts of a two-row header, combined (see combineHeaderRows); absent for one row. */
  combined?: string[];
}

/**
 * The header row of a sheet: among its first HEADER_SEARCH_ROWS rows, the one that names the
 * most known columns of the table (customers, orders or complaints) while naming all it needs;
 * the earliest wins a tie. Title lines (`2026年华东区客户台账`), export notes (`导出时间：…`) and
 * blank rows above the header name no column and are passed over; a header drawn over two rows
 * (group labels above column names) is taken as one when together they name more columns. When
 * no row is usable, the
 * first non-blank row is returned (usable: false) so messages can show what the sheet has.
 */
export function detectHeaderRow(
  rows: readonly (readonly Cell[] | undefined)[],
  role: TableRole,
  overrides: Config['headerOverrides'],
): DetectedHeader {
  let best: DetectedHeader | null = null;
  let bestFields = 0;
  // An orders header lacking only its buyer column, with the most fields: its date column.
  let buyerless: { row: number; fields: number; dateCol: number } | null = null;
  let firstFilled = 0;
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  const texts: (string[] | null)[] = [];
  const fields: number[] = [];
  const columns: (Readonly<Record<string, number | undefined>> | null)[] = [];
  for (let i = 0; i < limit; i++) {
    const cells = rows[i] ?? [];
    texts[i] = isBlankRow(cells) ? null : cells.map(headerText);
    const fit = texts[i] ? headerFit(role, texts[i] as string[], overrides) : null;
    fields[i] = fit?.fields ?? 0;
    columns[i] = fit?.mapping.columns ?? null;
    if (texts[i] === null) continue;
    if (firstFilled === 0) firstFilled = i + 1;
    if (fit?.usable && fit.fields > bestFields) {
      best = { row: i + 1, usable: true };
      bestFields = fit.fields;
    }
    if (fit?.buyerless && fit.fields > (buyerless?.fields ?? 0)) {
      buyerless = { row: i + 1, fields: fit.fields, dateCol: fit.mapping.columns.date as number };
    }
  }
  // Two rows as one header: taken only when together they name more columns than either row,
  // and than the best single row, and the lower row holds no record's figures (a header written
  // again above the next month's first line: 02.02.2026 | RE 2026-009 | Rechnung | … | € 693,60).
  for (let i = 0; i + 1 < limit; i++) {
    const upper = texts[i];
    const lower = texts[i + 1];
    if (!upper || !lower || holdsFigures(lower)) continue;
    const combined = combineHeaderRows(upper, lower, role, overrides);
    const pair = headerFit(role, combined, overrides);
    const alone = Math.max(fields[i] ?? 0, fields[i + 1] ?? 0);
    if (pair.usable && pair.fields > alone && pair.fields > bestFields) {
      best = { row: i + 2, usable: true, combined };
      bestFields = pair.fields;
    }
  }
  // A header written again below itself in another language (客户名称 over Customer, 联系人 over
  // Contact, as WPS ledgers of export businesses draw it; اسم العميل under Customer Name, as the
  // UAE's bilingual books do): the lower row names no column the upper one leaves without a
  // header. Both are the header; the data starts below them.
  if (best !== null && best.combined === undefined) {
    const upper = best.row - 1;
    const lower = upper + 1;
    if (
      lower < limit &&
      translates(texts[upper] ?? null, columns[upper] ?? null, columns[lower] ?? null, fields[lower] ?? 0)
    ) {
      best = {
        row: lower + 1,
        usable: true,
        combined: combineHeaderRows(texts[upper] as string[], texts[lower] as string[], role, overrides),
      };
    }
  }
  // Column names under a group label the header row spans (Datos fiscales over RFC | Uso CFDI),
  // below a header whose other names take both rows: the names of columns the upper row leaves
  // unnamed, so the lower row of the header, never a record.
  if (best !== null && best.combined === undefined) {
    const upper = texts[best.row - 1];
    const lower = texts[best.row];
    if (upper && lower && best.row < limit && namesSubColumns(upper, lower, columns[best.row - 1] ?? null)) {
      best = { row: best.row + 1, usable: true, combined: combineHeaderRows(upper, lower, role, overrides) };
    }
  }
  if (best === null && buyerless !== null) {
    // A report grouped by customer under headings (QuickBooks' sales by customer detail,
    // 管家婆's 销售明细账 by 往来单位): the header names no buyer, the headings below do. The
    // reader counts a group for its heading only where its subtotal adds up.
    const usable = headsGroups(rows, buyerless.row, buyerless.dateCol);
    return { row: buyerless.row, usable };
  }
  return best ?? { row: firstFilled || 1, usable: false };
}

/**
 * Whether a row (`lower`) names the columns under a group label of the header row above it
 * (`upper`, `known` the columns it names): each of its texts is a word or a few, without digits,
 * under a column the upper row does not name as a field, and one at least under an empty upper
 * cell (the label's merged span).
 */
function namesSubColumns(
  upper: readonly string[],
  lower: readonly string[],
  known: Readonly<Record<string, number | undefined>> | null,
): boolean {
  const named = new Set(Object.values(known ?? {}));
  let texts = 0;
  let underEmpty = false;
  for (let c = 0; c < lower.length; c++) {
    const text = lower[c] ?? '';
    if (text === '') continue;
    if (named.has(c) || text.length > 30 || /\d/.test(text)) return false;
    texts++;
    if ((upper[c] ?? '') === '') underEmpty = true;
  }
  return texts >= 2 && underEmpty;
}

/**
 * Whether a row holds two figures or more, as a record does and a header does not: cells of three
 * digits or more with at most three letters beside them (02.02.2026, € 693,60, 1 104,00 лв.), a
 * year alone (2025, a column's heading over its years) not counted.
 */
function holdsFigures(texts: readonly string[]): boolean {
  let figures = 0;
  for (const text of texts) {
    if (BARE_YEAR.test(text)) continue;
    const digits = text.replace(/\D/g, '').length;
    if (digits >= 3 && text.replace(/[\d\s.,:/+\-–—()%]/g, '').length <= 3 && ++figures >= 2) return true;
  }
  return false;
}

const BARE_YEAR = /^\s*(?:19|20)\d{2}\s*$/;

/**
 * Whether a row (`lower`, the columns its texts name, `named` of them) repeats the header above
 * it (`upperTexts`, `upper` the columns they name) in other words: it names two columns or more,
 * at least half as many as the upper row, each under a header text of the upper row that names
 * the same field, one of its kin, or none. Two languages' words need not name the same field:
 * Customer Name, a company where a column of the person's name stands beside it, over اسم العميل;
 * Mobile / Tel over الجوال; Inv. No., which names none, over رقم الفاتورة.
 */
function translates(
  upperTexts: readonly string[] | null,
  upper: Readonly<Record<string, number | undefined>> | null,
  lower: Readonly<Record<string, number | undefined>> | null,
  named: number,
): boolean {
  if (upperTexts === null || upper === null || lower === null || named < 2) return false;
  const above = Object.keys(upper).length;
  if (named * 2 < above) return false;
  const fieldAt = new Map<number, string>();
  for (const [field, column] of Object.entries(upper)) if (column !== undefined) fieldAt.set(column, field);
  return Object.entries(lower).every(([field, column]) => {
    if (column === undefined || (upperTexts[column] ?? '') === '') return false;
    const above = fieldAt.get(column);
    return above === undefined || kinOf(above) === kinOf(field);
  });
}

/** Fields one column may be named as in two languages: a name or a company, a mobile or a phone. */
const KIN: Readonly<Record<string, string>> = {
  company: 'name',
  shortName: 'name',
  customerName: 'customerId',
  mobile: 'phone',
};

function kinOf(field: string): string {
  return KIN[field] ?? field;
}

/**
 * Whether the header at 1-based `row` heads a report of sales grouped under the customers'
 * headings (QuickBooks' Sales by Customer Detail: Type, Date, Num, Name, Amount under a heading
 * line per customer): an orders header lacking only its buyer column that describes purchases
 * more than people (looksLikeOrders), above groups under headings. Its Name column would do for a
 * customer table; it is the orders, never the customers.
 */
export function headsSalesUnderHeadings(
  rows: readonly (readonly Cell[] | undefined)[],
  row: number,
  overrides: Config['headerOverrides'],
): boolean {
  const texts = (rows[row - 1] ?? []).map(headerText);
  const fit = headerFit('orders', texts, overrides);
  return (
    fit.buyerless === true &&
    looksLikeOrders(texts, overrides, { buyerless: true }) &&
    headsGroups(rows, row, fit.mapping.columns.date as number)
  );
}

/** How far below a header the first group's heading is looked for. */
const HEADING_SEARCH_ROWS = 50;

/**
 * Whether the rows below the header at 1-based `headerRow` begin groups under headings: a row
 * with nothing but a name (groupHeading) above a dated row, within HEADING_SEARCH_ROWS rows.
 */
function headsGroups(
  rows: readonly (readonly Cell[] | undefined)[],
  headerRow: number,
  dateCol: number,
): boolean {
  const limit = Math.min(rows.length, headerRow + HEADING_SEARCH_ROWS);
  for (let i = headerRow; i + 1 < limit; i++) {
    if (groupHeading(rows[i] ?? [], -1) === null) continue;
    const next = rows[i + 1]?.[dateCol];
    if (next !== null && next !== undefined && next !== '') return true;
  }
  return false;
}
