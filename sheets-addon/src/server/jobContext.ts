import {
  analyzeCustomerTable,
  type Config,
  type CustomerAnalysis,
  HeaderNotRecognisedError,
  type IsoDate,
  type Language,
} from '@crm/shared';
import { AddonError } from './AddonError.ts';
import { MESSAGES, type Messages } from './messages.ts';
import { type AddonSettings, effectiveConfig, effectiveLanguage, loadSettings } from './settings.ts';
import {
  checkCustomerLayout,
  findCustomerSheet,
  findRoleSheet,
  readSheetTable,
  type SheetTable,
} from './sheetTable.ts';

/** What every job starts from: the spreadsheet, settings, language and today's date. */
export interface JobContext {
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  settings: AddonSettings;
  language: Language;
  messages: Messages;
  config: Config;
  today: IsoDate;
}

export function jobContext(): JobContext {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const settings = loadSettings();
  const language = effectiveLanguage(settings, spreadsheet.getSpreadsheetLocale());
  return {
    spreadsheet,
    settings,
    language,
    messages: MESSAGES[language],
    config: effectiveConfig(settings, language),
    // "Today" in the spreadsheet's time zone, as the user sees it in the sheet.
    today: Utilities.formatDate(new Date(), spreadsheet.getSpreadsheetTimeZone(), 'yyyy-MM-dd'),
  };
}

/** The customer table, read once and checked (changing nothing when its layout is unusable). */
export function readCustomerTable(ctx: JobContext): SheetTable {
  const sheet = findCustomerSheet(
    ctx.spreadsheet,
    ctx.settings.customerSheet,
    ctx.config.headerOverrides.customers,
    ctx.messages,
  );
  const read = readSheetTable(sheet);
  checkCustomerLayout(read, ctx.messages);
  return read;
}

/**
 * Runs the core pipeline on the customer table plus the Orders / Complaints sheets when present
 * (one getValues each), synchronously: Apps Script cells hold local-midnight Date objects.
 */
export function analyze(
  ctx: JobContext,
  customers: SheetTable,
  options: { clv?: boolean } = {},
): CustomerAnalysis {
  const orders = findRoleSheet(ctx.spreadsheet, ctx.settings.ordersSheet, 'orders');
  const complaints = findRoleSheet(ctx.spreadsheet, ctx.settings.complaintsSheet, 'complaints');
  const ordersRead = orders && orders.getLastRow() > 1 ? readSheetTable(orders) : null;
  const complaintsRead = complaints && complaints.getLastRow() > 1 ? readSheetTable(complaints) : null;
  try {
    return analyzeCustomerTable({
      customers: customers.table,
      orders: ordersRead?.table ?? null,
      complaints: complaintsRead?.table ?? null,
      config: ctx.config,
      today: ctx.today,
      dateObjects: 'local',
      clv: (options.clv ?? true) && ctx.settings.clv,
    });
  } catch (error) {
    if (error instanceof HeaderNotRecognisedError) {
      const sheet =
        error.table === 'orders' ? orders : error.table === 'complaints' ? complaints : customers.sheet;
      const found =
        error.found
          .filter((h) => h !== '')
          .map((h) => `"${h}"`)
          .join(', ') || '—';
      throw new AddonError(
        error.table === 'customers'
          ? ctx.messages.headerNotRecognised(customers.sheet.getName(), found)
          : `${sheet?.getName() ?? error.table}: ${error.message}`,
      );
    }
    throw error;
  }
}
