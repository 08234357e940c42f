import {
  CUSTOMER_FIELD_SYNONYMS,
  type CustomerField,
  FIELD_LABELS,
  type Language,
  mapHeader,
} from '@crm/shared';
import { AddonError } from './AddonError.ts';
import { MESSAGES } from './messages.ts';
import { effectiveConfig, effectiveLanguage, loadSettings } from './settings.ts';
import { findCustomerSheet, findRoleSheet } from './sheetTable.ts';

/** What the sidebar shows about the tables before any job runs. */
export interface AddonStatus {
  language: Language;
  locale: string;
  customerSheet: string | null;
  /** Data rows below the header. */
  rows: number;
  /** Recognised columns: header → field label. */
  columns: { header: string; field: string }[];
  ordersSheet: string | null;
  complaintsSheet: string | null;
  digestOn: boolean;
  /** Why the jobs cannot run yet, or null. */
  problem: string | null;
}

/** Reads headers only (one small getValues per candidate sheet), never the whole table. */
export function analyzeStatus(digestOn: boolean): AddonStatus {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const settings = loadSettings();
  const locale = spreadsheet.getSpreadsheetLocale();
  const language = effectiveLanguage(settings, locale);
  const config = effectiveConfig(settings, language);
  const messages = MESSAGES[language];
  const orders = findRoleSheet(spreadsheet, settings.ordersSheet, 'orders');
  const complaints = findRoleSheet(spreadsheet, settings.complaintsSheet, 'complaints');
  const status: AddonStatus = {
    language,
    locale,
    customerSheet: null,
    rows: 0,
    columns: [],
    ordersSheet: orders?.getName() ?? null,
    complaintsSheet: complaints?.getName() ?? null,
    digestOn,
    problem: null,
  };
  try {
    const sheet = findCustomerSheet(
      spreadsheet,
      settings.customerSheet,
      config.headerOverrides.customers,
      messages,
    );
    status.customerSheet = sheet.getName();
    const width = sheet.getLastColumn();
    status.rows = Math.max(0, sheet.getLastRow() - 1);
    if (width === 0) {
      status.problem = messages.emptySheet(sheet.getName());
      return status;
    }
    const header = (sheet.getRange(1, 1, 1, width).getValues()[0] ?? []).map((h) => String(h).trim());
    const mapping = mapHeader(header, CUSTOMER_FIELD_SYNONYMS, config.headerOverrides.customers);
    status.columns = Object.entries(mapping.columns).map(([field, column]) => ({
      header: header[column as number] ?? '',
      field: FIELD_LABELS[field as CustomerField][language],
    }));
    if (status.columns.length === 0)
      status.problem = messages.headerNotRecognised(sheet.getName(), header.join(', ') || '—');
  } catch (error) {
    if (!(error instanceof AddonError)) throw error;
    status.problem = error.message;
  }
  return status;
}
