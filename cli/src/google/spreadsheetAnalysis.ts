/**
 * `crm classify|followups|report --spreadsheet ID`: the same jobs as on local files, on a real
 * Google Sheet through the googleapis adapter (issue 5). The sheet is read once per table and
 * written with one values call per block.
 */
import {
  analyzeCustomerTable,
  CUSTOMER_FIELD_SYNONYMS,
  type CustomerAnalysis,
  HeaderNotRecognisedError,
  isToolkitSheetName,
  type Language,
  mapHeader,
  sheetNames,
  type TableData,
  type TablePort,
} from '@crm/shared';
import { CliError } from '../support/CliError.ts';
import type { InputOptions } from '../support/loadAnalysis.ts';
import { loadConfig } from '../support/loadConfig.ts';
import { resolveToday } from '../support/today.ts';
import { AuthSetupError, googleAuthFromEnv } from './auth.ts';
import { GoogleSpreadsheet } from './googleSpreadsheet.ts';

export interface SpreadsheetOptions extends Omit<InputOptions, 'in'> {
  spreadsheet: string;
}

export interface SpreadsheetAnalysis {
  book: GoogleSpreadsheet;
  customers: TablePort;
  analysis: CustomerAnalysis;
  language: Language;
  sources: string[];
}

/** The spreadsheet id from an id or a full https://docs.google.com/spreadsheets/d/ID/… URL. */
export function spreadsheetIdOf(text: string): string {
  return /\/spreadsheets\/d\/([A-Za-z0-9_-]+)/.exec(text)?.[1] ?? text.trim();
}

export async function loadSpreadsheetAnalysis(
  options: SpreadsheetOptions,
  extra: { clv?: boolean } = {},
): Promise<SpreadsheetAnalysis> {
  const today = resolveToday(options.today);
  const config = await loadConfig(options);
  const book = await openBook(spreadsheetIdOf(options.spreadsheet));
  const names = await book.sheetNames();
  const { name, port, table } = await findCustomerSheet(book, names, options.sheet);
  const sources = [`customers from sheet "${name}"`];
  const other = async (role: 'orders' | 'complaints'): Promise<TableData | null> => {
    const wanted = new Set(sheetNames(role, config.language).map((n) => n.toLowerCase()));
    const found = names.find((n) => n !== name && wanted.has(n.trim().toLowerCase()));
    if (!found) return null;
    sources.push(`${role} from sheet "${found}"`);
    return book.table(found).read();
  };
  const orders = await other('orders');
  const complaints = await other('complaints');
  try {
    const analysis = analyzeCustomerTable({
      customers: table,
      orders,
      complaints,
      config,
      today,
      ...(extra.clv === undefined ? {} : { clv: extra.clv }),
    });
    return { book, customers: port, analysis, language: config.language, sources };
  } catch (error) {
    if (error instanceof HeaderNotRecognisedError) {
      throw new CliError(
        `sheet "${error.table}": no recognisable header; expected columns such as ${error.expected.join(', ')}`,
      );
    }
    throw error;
  }
}

async function openBook(id: string): Promise<GoogleSpreadsheet> {
  try {
    const auth = await googleAuthFromEnv();
    return await GoogleSpreadsheet.open(id, {
      auth,
      ...(process.env.CRM_SHEETS_ROOT_URL ? { rootUrl: process.env.CRM_SHEETS_ROOT_URL } : {}),
      backoff: {
        onRetry: (attempt, delay, reason) =>
          process.stderr.write(
            `crm: Google Sheets answered "${reason}"; retry ${attempt} in ${(delay / 1000).toFixed(1)} s\n`,
          ),
      },
    });
  } catch (error) {
    if (error instanceof AuthSetupError) throw new CliError(error.message);
    const status = (error as { status?: number }).status;
    if (status === 404)
      throw new CliError(`spreadsheet ${id} not found (check the id, and that it is shared with you)`);
    if (status === 401 || status === 403) {
      throw new CliError(`not allowed to open spreadsheet ${id} (${(error as Error).message})`);
    }
    throw error;
  }
}

/** The named sheet, else the first sheet (not one the toolkit writes) whose header is recognised. */
async function findCustomerSheet(book: GoogleSpreadsheet, names: string[], wanted: string | undefined) {
  if (wanted !== undefined && !names.includes(wanted)) {
    throw new CliError(`the spreadsheet has no sheet named "${wanted}" (it has: ${names.join(', ')})`);
  }
  const candidates = wanted !== undefined ? [wanted] : names.filter((n) => !isToolkitSheetName(n));
  const seen: string[] = [];
  for (const name of candidates) {
    const port = book.table(name);
    const table = await port.read();
    const mapping = mapHeader(table.header, CUSTOMER_FIELD_SYNONYMS);
    if (Object.keys(mapping.columns).length > 0) return { name, port, table };
    seen.push(`"${name}" (${table.header.filter(Boolean).slice(0, 6).join(', ') || 'empty'})`);
  }
  throw new CliError(
    `no sheet with a recognisable customer header; looked at ${seen.join('; ')}. Expected columns such as 客户编号/Customer ID, 姓名/Name, 手机/Mobile, 邮箱/Email.`,
  );
}
