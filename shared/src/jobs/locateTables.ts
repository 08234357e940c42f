import type { Config } from '../config/config.ts';
import type { TableRole } from '../model/table.ts';
import { isToolkitSheetName } from '../sheets/sheetNames.ts';
import { detectHeaderRow, headsSalesUnderHeadings } from './detectHeaderRow.ts';
import { locateFollowUpsSheet } from './followUpsSheet.ts';
import { JobError } from './JobError.ts';
import { isRoleSheetName } from './roleSheetNames.ts';
import { headerText, type SheetGrid } from './sheetGrid.ts';
import { headerFit, looksLikeOrders } from './tableRequirements.ts';

/** Where a table is: its sheet and its header row (1-based). */
export interface TableLocation {
  sheet: string;
  headerRow: number;
  /** Whether that row names the columns the table needs (false: the job will say what is missing). */
  usable: boolean;
  /** The combined texts of a header drawn over two rows (this row and the one above). */
  header?: string[];
}

export interface WorkbookLocation {
  customers: TableLocation;
  orders: TableLocation | null;
  complaints: TableLocation | null;
  /** The follow-up sheet of the last run, read back for its Done marks (see locateFollowUpsSheet). */
  followUps?: TableLocation | null;
  /**
   * Without an orders table: sheets whose header names an order's date and amount but no column
   * saying whose order it is (收费明细 with 日期 | 学号 | 金额), left unread. The job says so, for
   * the customers are then classified as if none of them had bought anything there.
   */
  ordersPassedOver?: readonly PassedOverSheet[];
}

/** A sheet that looks like purchases but names no buyer column, and its header texts. */
export interface PassedOverSheet {
  sheet: string;
  header: string[];
}

export interface LocateOptions {
  headerOverrides: Config['headerOverrides'];
  /** Sheets the user named (settings, --sheet, a separate --orders file); they must exist. */
  chosen?: Partial<Record<TableRole, string | null | undefined>>;
  /** The sheet the user is looking at (the add-on): tried first for the customers. */
  activeSheet?: string;
  /** Header rows the user gave (--header-row), instead of detecting them. */
  headerRows?: Partial<Record<TableRole, number | null | undefined>>;
}

/**
 * The one rule for which sheet holds which table, used by the CLI (files and Google) and the
 * add-on alike. `sheets` are probes (the first rows suffice) of every sheet, in workbook order.
 *
 * Customers: the sheet the user chose; else the active sheet, then every other sheet in order,
 * visible sheets before hidden ones, taking the first whose header names an identifying column
 * (id, name, company, mobile, phone or email). Sheets the toolkit writes (follow-ups, data quality, reports, backups), sheets named for
 * orders or complaints, and sheets whose header describes purchases are never taken for it.
 *
 * Orders and complaints: the sheet the user chose; else a sheet named for the role in either
 * language (订单 / Orders / 订单明细 …), never the customers' sheet; for the orders, else the
 * first other sheet whose header describes purchases. Without one, the customer table's own
 * summary and complaint columns are used.
 *
 * @throws JobError when a chosen sheet is missing or no customer table can be found.
 */
export function locateTables(sheets: readonly SheetGrid[], options: LocateOptions): WorkbookLocation {
  const names = sheets.map((s) => s.name);
  for (const [role, name] of Object.entries(options.chosen ?? {})) {
    if (name && !names.includes(name)) {
      throw new JobError({ code: 'sheet-missing', role: role as TableRole, sheet: name, sheets: names });
    }
  }
  const located = (role: TableRole, sheet: SheetGrid) => locateTable(role, sheet, options);
  const customers = findCustomerSheet(sheets, options);
  const chosenOrNamed = (role: 'orders' | 'complaints'): SheetGrid | undefined => {
    const chosen = options.chosen?.[role];
    return chosen
      ? sheets.find((s) => s.name === chosen)
      : sheets.find((s) => s.name !== customers.name && isRoleSheetName(s.name, role));
  };
  const complaintsSheet = chosenOrNamed('complaints');
  const named = chosenOrNamed('orders');
  const scan = named === undefined ? scanPurchaseSheets(sheets, customers, options) : null;
  const ordersSheet = named ?? scan?.found;
  const passedOver = ordersSheet === undefined ? (scan?.passedOver ?? []) : [];
  return {
    customers: located('customers', customers),
    orders: ordersSheet ? located('orders', ordersSheet) : null,
    complaints: complaintsSheet ? located('complaints', complaintsSheet) : null,
    followUps: usableFollowUps(locateFollowUpsSheet(sheets)),
    ...(passedOver.length > 0 ? { ordersPassedOver: passedOver } : {}),
  };
}

/**
 * Where the table of `role` starts on a sheet known to hold it (chosen, or found by locateTables):
 * its header row, given or detected. What locateTables says of that sheet, for an adapter that
 * starts reading a table (a large orders file) before the other sheets are at hand.
 */
export function locateTable(role: TableRole, sheet: SheetGrid, options: LocateOptions): TableLocation {
  const given = options.headerRows?.[role];
  if (given) {
    const header = (sheet.rows[given - 1] ?? []).map(headerText);
    return {
      sheet: sheet.name,
      headerRow: given,
      usable: headerFit(role, header, options.headerOverrides).usable,
    };
  }
  const detected = detectHeaderRow(sheet.rows, role, options.headerOverrides);
  return {
    sheet: sheet.name,
    headerRow: detected.row,
    usable: detected.usable,
    ...(detected.combined ? { header: detected.combined } : {}),
  };
}

function findCustomerSheet(sheets: readonly SheetGrid[], options: LocateOptions): SheetGrid {
  const chosen = options.chosen?.customers;
  if (chosen) return sheets.find((s) => s.name === chosen) as SheetGrid;
  const candidates = sheets.filter(
    (s) =>
      !isToolkitSheetName(s.name) &&
      !isRoleSheetName(s.name, 'orders') &&
      !isRoleSheetName(s.name, 'complaints'),
  );
  const active = candidates.find((s) => s.name === options.activeSheet);
  const rest = candidates.filter((s) => s !== active);
  const ordered = [
    ...(active ? [active] : []),
    ...rest.filter((s) => s.hidden !== true),
    ...rest.filter((s) => s.hidden === true),
  ];
  for (const sheet of ordered) {
    const header = detectHeaderRow(sheet.rows, 'customers', options.headerOverrides);
    if (!header.usable) continue;
    if (looksLikeOrders((sheet.rows[header.row - 1] ?? []).map(headerText), options.headerOverrides))
      continue;
    if (headsSalesUnderHeadings(sheet.rows, header.row, options.headerOverrides)) continue;
    return sheet;
  }
  // One candidate: let reading it give the precise reason (empty, header not recognised).
  const only = ordered.length === 1 ? ordered[0] : undefined;
  if (only) return only;
  throw new JobError({
    code: 'no-customer-sheet',
    looked: ordered.map((s) => {
      const header = detectHeaderRow(s.rows, 'customers', options.headerOverrides);
      return {
        sheet: s.name,
        header: (s.rows[header.row - 1] ?? []).map(headerText).filter((h) => h !== ''),
      };
    }),
  });
}

/**
 * Without a sheet named for the orders, the first other sheet whose header describes purchases
 * (looksLikeOrders): a shop's export imported as it came, named orders_export or 导出数据; or a
 * report of sales grouped under the customers' headings (Sales by Customer Detail). Where there is
 * none, the sheets passed over for want of a buyer column: their header describes purchases (an
 * order's date and amount, more of an order's columns than a person's) and names nobody, and no
 * group headings below it name the buyers either. Each sheet's header is found once for both.
 */
function scanPurchaseSheets(
  sheets: readonly SheetGrid[],
  customers: SheetGrid,
  options: LocateOptions,
): { found: SheetGrid | undefined; passedOver: PassedOverSheet[] } {
  const passedOver: PassedOverSheet[] = [];
  for (const sheet of sheets) {
    if (sheet === customers || isToolkitSheetName(sheet.name) || isRoleSheetName(sheet.name, 'complaints'))
      continue;
    const header = detectHeaderRow(sheet.rows, 'orders', options.headerOverrides);
    // A header drawn over two rows is read as one (Kupac over Šifra | Naziv, Iznos over Osnovica).
    const texts = header.combined ?? (sheet.rows[header.row - 1] ?? []).map(headerText);
    if (!header.usable) {
      if (looksLikeOrders(texts, options.headerOverrides, { buyerless: true }))
        passedOver.push({ sheet: sheet.name, header: texts.filter((t) => t !== '') });
      continue;
    }
    // A report grouped under headings names its buyers in the headings, not in its header
    // (detectHeaderRow found it usable for them).
    if (
      looksLikeOrders(texts, options.headerOverrides) ||
      headerFit('orders', texts, options.headerOverrides).buyerless === true
    )
      return { found: sheet, passedOver };
  }
  return { found: undefined, passedOver };
}

/** The follow-up sheet is the toolkit's own: a header naming its Task ID column is all it needs. */
function usableFollowUps(found: { sheet: string; headerRow: number } | null): TableLocation | null {
  return found === null ? null : { ...found, usable: true };
}
