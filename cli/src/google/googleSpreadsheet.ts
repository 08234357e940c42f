/**
 * The Google Sheets adapter of the table ports, through the googleapis Sheets v4 client. Reads
 * are one values.get per sheet; writes are one values call plus one batchUpdate per job, each
 * retried with backoff on 429/5xx.
 */
import {
  a1Range,
  type Cell,
  columnLetter,
  dayNumberToSerial,
  placeManagedColumns,
  quotedSheetTitle,
  type SheetLayout,
  type SpreadsheetPort,
  type TableData,
  type TablePort,
  toDayNumber,
} from '@crm/shared';
import type { sheets_v4 } from '@googleapis/sheets';
import type { OAuth2Client } from 'google-auth-library';
import { layoutRequests } from './layoutRequests.ts';
import { toApiValue } from './sheetValues.ts';
import { type BackoffOptions, withBackoff } from './withBackoff.ts';

type Auth = NonNullable<sheets_v4.Options['auth']> | OAuth2Client;

export interface OpenOptions {
  auth: Auth;
  /** API root, e.g. a local double in tests (default https://sheets.googleapis.com/). */
  rootUrl?: string;
  backoff?: BackoffOptions;
}

interface SheetMeta {
  sheetId: number;
  title: string;
  rowCount: number;
  columnCount: number;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export class GoogleSpreadsheet implements SpreadsheetPort {
  private constructor(
    readonly api: sheets_v4.Sheets,
    readonly spreadsheetId: string,
    readonly locale: string,
    private sheets: SheetMeta[],
    private readonly backoff: BackoffOptions,
  ) {}

  static async open(spreadsheetId: string, options: OpenOptions): Promise<GoogleSpreadsheet> {
    // Loaded on use: only --spreadsheet runs need the Google client at start-up.
    const { sheets } = await import('@googleapis/sheets');
    const api = sheets({
      version: 'v4',
      auth: options.auth as sheets_v4.Options['auth'],
      ...(options.rootUrl ? { rootUrl: options.rootUrl } : {}),
      retry: false,
    });
    const backoff = options.backoff ?? {};
    const { data } = await withBackoff(
      () =>
        api.spreadsheets.get({
          spreadsheetId,
          fields: 'properties(title,locale),sheets(properties(sheetId,title,gridProperties))',
        }),
      backoff,
    );
    return new GoogleSpreadsheet(
      api,
      spreadsheetId,
      data.properties?.locale ?? 'en_US',
      sheetMetas(data),
      backoff,
    );
  }

  async sheetNames(): Promise<string[]> {
    return this.sheets.map((s) => s.title);
  }

  table(sheetName: string): TablePort {
    return new GoogleSheetTable(this, sheetName);
  }

  /** @internal */
  meta(title: string): SheetMeta {
    const sheet = this.sheets.find((s) => s.title === title);
    if (!sheet)
      throw new Error(
        `The spreadsheet has no sheet named "${title}" (it has: ${this.sheets.map((s) => s.title).join(', ')}).`,
      );
    return sheet;
  }

  /** @internal */
  call<T>(request: () => Promise<T>): Promise<T> {
    return withBackoff(request, this.backoff);
  }

  /** @internal Re-reads sheet ids and sizes after a structural change. */
  async refresh(): Promise<void> {
    const { data } = await this.call(() =>
      this.api.spreadsheets.get({
        spreadsheetId: this.spreadsheetId,
        fields: 'sheets(properties(sheetId,title,gridProperties))',
      }),
    );
    this.sheets = sheetMetas(data);
  }

  async writeSheet(sheetName: string, layout: SheetLayout): Promise<void> {
    const old = this.sheets.find((s) => s.title === sheetName);
    const width = Math.max(1, ...layout.rows.map((r) => r.length));
    // Replace = add a fresh sheet, drop the old one, take its name: charts, merges and formats
    // of the previous run go with it, and it works even when it is the only sheet.
    const temporary = old ? `${sheetName} (${Date.now()})` : sheetName;
    const requests: sheets_v4.Schema$Request[] = [
      {
        addSheet: {
          properties: {
            title: temporary,
            gridProperties: {
              rowCount: Math.max(layout.rows.length + 20, 100),
              columnCount: Math.max(width, 26),
              frozenRowCount: layout.frozenRows,
            },
          },
        },
      },
    ];
    if (old) requests.push({ deleteSheet: { sheetId: old.sheetId } });
    const created = await this.call(() =>
      this.api.spreadsheets.batchUpdate({ spreadsheetId: this.spreadsheetId, requestBody: { requests } }),
    );
    const sheetId = created.data.replies?.[0]?.addSheet?.properties?.sheetId ?? 0;
    if (old) {
      await this.call(() =>
        this.api.spreadsheets.batchUpdate({
          spreadsheetId: this.spreadsheetId,
          requestBody: {
            requests: [
              { updateSheetProperties: { properties: { sheetId, title: sheetName }, fields: 'title' } },
            ],
          },
        }),
      );
    }
    await this.call(() =>
      this.api.spreadsheets.values.update({
        spreadsheetId: this.spreadsheetId,
        range: a1Range(sheetName, 'A1'),
        valueInputOption: 'RAW',
        requestBody: { values: layout.rows.map((row) => row.map(toApiValue)) },
      }),
    );
    const formatting = layoutRequests(sheetId, layout);
    if (formatting.length > 0) {
      await this.call(() =>
        this.api.spreadsheets.batchUpdate({
          spreadsheetId: this.spreadsheetId,
          requestBody: { requests: formatting },
        }),
      );
    }
    await this.refresh();
  }
}

class GoogleSheetTable implements TablePort {
  private lastRead: TableData | null = null;
  constructor(
    private readonly book: GoogleSpreadsheet,
    readonly name: string,
  ) {}

  async read(): Promise<TableData> {
    const { data } = await this.book.call(() =>
      this.book.api.spreadsheets.values.get({
        spreadsheetId: this.book.spreadsheetId,
        range: quotedSheetTitle(this.name),
        // Numbers as numbers and dates as serial numbers: the core parses both.
        valueRenderOption: 'UNFORMATTED_VALUE',
        dateTimeRenderOption: 'SERIAL_NUMBER',
      }),
    );
    const values = (data.values ?? []) as (string | number | boolean)[][];
    const [header = [], ...rows] = values;
    this.lastRead = {
      header: header.map((h) => String(h)),
      rows: rows.map((r) => r.map((c) => (c === '' ? '' : c))),
    };
    return this.lastRead;
  }

  async writeManagedColumns(headers: string[], values: Cell[][]): Promise<void> {
    const table = this.lastRead ?? (await this.read());
    if (values.length !== table.rows.length) {
      throw new Error(
        `Expected ${table.rows.length} rows of managed values for "${this.name}", got ${values.length}.`,
      );
    }
    const userWidth = table.rows.reduce((w, r) => Math.max(w, r.length), table.header.length);
    const placement = placeManagedColumns(table.header, userWidth, headers);
    const meta = this.book.meta(this.name);
    const requests: sheets_v4.Schema$Request[] = [];
    if (placement.width > meta.columnCount) {
      requests.push({
        appendDimension: {
          sheetId: meta.sheetId,
          dimension: 'COLUMNS',
          length: placement.width - meta.columnCount,
        },
      });
    }
    const data = placement.columns.map((column, k) => {
      const cells = [headers[k] ?? '', ...values.map((row) => row[k] ?? '')];
      const isDate = cells.slice(1).some((c) => typeof c === 'string' && ISO_DATE.test(c));
      if (isDate) {
        requests.push({
          repeatCell: {
            range: {
              sheetId: meta.sheetId,
              startRowIndex: 1,
              endRowIndex: values.length + 1,
              startColumnIndex: column,
              endColumnIndex: column + 1,
            },
            cell: { userEnteredFormat: { numberFormat: { type: 'DATE', pattern: 'yyyy-mm-dd' } } },
            fields: 'userEnteredFormat.numberFormat',
          },
        });
      }
      const letter = columnLetter(column);
      return {
        range: a1Range(this.name, `${letter}1:${letter}${values.length + 1}`),
        values: cells.map((c) => [
          isDate && typeof c === 'string' && ISO_DATE.test(c)
            ? dayNumberToSerial(toDayNumber(c))
            : toApiValue(c),
        ]),
      };
    });
    if (requests.length > 0 && requests[0]?.appendDimension) {
      const [grow] = requests.splice(0, 1);
      await this.book.call(() =>
        this.book.api.spreadsheets.batchUpdate({
          spreadsheetId: this.book.spreadsheetId,
          requestBody: { requests: [grow as sheets_v4.Schema$Request] },
        }),
      );
      await this.book.refresh();
    }
    await this.book.call(() =>
      this.book.api.spreadsheets.values.batchUpdate({
        spreadsheetId: this.book.spreadsheetId,
        requestBody: { valueInputOption: 'RAW', data },
      }),
    );
    if (requests.length > 0) {
      await this.book.call(() =>
        this.book.api.spreadsheets.batchUpdate({
          spreadsheetId: this.book.spreadsheetId,
          requestBody: { requests },
        }),
      );
    }
    this.lastRead = null;
  }

  async appendRows(rows: Cell[][]): Promise<void> {
    if (rows.length === 0) return;
    await this.book.call(() =>
      this.book.api.spreadsheets.values.append({
        spreadsheetId: this.book.spreadsheetId,
        range: a1Range(this.name, 'A1'),
        valueInputOption: 'RAW',
        insertDataOption: 'INSERT_ROWS',
        requestBody: { values: rows.map((row) => row.map(toApiValue)) },
      }),
    );
    this.lastRead = null;
  }
}

function sheetMetas(data: sheets_v4.Schema$Spreadsheet): SheetMeta[] {
  return (data.sheets ?? []).map((s) => ({
    sheetId: s.properties?.sheetId ?? 0,
    title: s.properties?.title ?? '',
    rowCount: s.properties?.gridProperties?.rowCount ?? 1000,
    columnCount: s.properties?.gridProperties?.columnCount ?? 26,
  }));
}
