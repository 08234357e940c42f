import {
  type CustomerField,
  expectedHeaders,
  FIELD_LABELS,
  headerText,
  jobProblemText,
  type Language,
  mapCustomerHeader,
  namePartColumns,
} from '@crm/shared';
import { describeFailure } from './failures.ts';
import { jobContext, locateSheetTables } from './jobContext.ts';
import { probeSheet, sheetNamed } from './sheetsWorkbook.ts';

/** What the sidebar shows about the tables before any job runs. */
export interface AddonStatus {
  language: Language;
  locale: string;
  customerSheet: string | null;
  /** Row of the customer table's header. */
  headerRow: number | null;
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

/** Reads the first rows of the sheets only (one small getValues each), never whole tables. */
export function analyzeStatus(digestOn: boolean): AddonStatus {
  const ctx = jobContext();
  const status: AddonStatus = {
    language: ctx.language,
    locale: ctx.spreadsheet.getSpreadsheetLocale(),
    customerSheet: null,
    headerRow: null,
    rows: 0,
    columns: [],
    ordersSheet: null,
    complaintsSheet: null,
    digestOn,
    problem: null,
  };
  try {
    const location = locateSheetTables(ctx);
    status.ordersSheet = location.orders?.sheet ?? null;
    status.complaintsSheet = location.complaints?.sheet ?? null;
    const { sheet: name, headerRow } = location.customers;
    const sheet = sheetNamed(ctx.spreadsheet, name);
    status.customerSheet = name;
    status.headerRow = headerRow;
    status.rows = Math.max(0, sheet.getLastRow() - headerRow);
    const header = (probeSheet(sheet, ctx.dates).rows[headerRow - 1] ?? []).map(headerText);
    if (header.every((h) => h === '')) {
      status.problem = jobProblemText({ code: 'empty-sheet', sheet: name }, ctx.language);
      return status;
    }
    const mapping = mapCustomerHeader(header, ctx.config.headerOverrides.customers);
    status.columns = Object.entries(mapping.columns).map(([field, column]) => ({
      header: header[column as number] ?? '',
      field: FIELD_LABELS[field as CustomerField][ctx.language],
    }));
    // A name written in parts (First Name + Last Name) is read as the name.
    const parts = namePartColumns(mapping.nameParts);
    if (parts.length > 0)
      status.columns.push({
        header: parts.map((c) => header[c]).join(' + '),
        field: FIELD_LABELS.name[ctx.language],
      });
    if (status.columns.length === 0) {
      const found = header.filter((h) => h !== '');
      const expected = expectedHeaders('customers');
      status.problem = jobProblemText(
        { code: 'header-not-recognised', role: 'customers', sheet: name, found, expected },
        ctx.language,
      );
    }
  } catch (error) {
    // Shown in the sidebar in the user's language, Google's own words kept (see describeFailure).
    status.problem = describeFailure(error, ctx.messages);
  }
  return status;
}
