/**
 * The Google Sheets adapter of the job layer, through the googleapis Sheets v4 client: it reads
 * sheets as grids (one batchGet for the probes, one for the tables) and applies a job's output
 * (managed columns, or a whole sheet). Every call is retried with backoff on 429/5xx.
 */
import {
  a1Range,
  type Cell,
  columnLetter,
  contiguousColumnRuns,
  dayNumberToSerial,
  HEADER_SEARCH_ROWS,
  type ManagedColumnsWrite,
  managedBlock,
  type OutputSheet,
  quotedSheetTitle,
  type SheetGrid,
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

/** Suffix of the sheet an output is written into before it replaces the old one. */
const PENDING_SUFFIX = ' (crm pending)';

export class GoogleSpreadsheet {
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

  sheetNames(): string[] {
    return this.sheets.map((s) => s.title);
  }

  /** The first rows of every sheet, in one call: enough to locate the tables. */
  async probeSheets(rows = HEADER_SEARCH_ROWS): Promise<SheetGrid[]> {
    const names = this.sheetNames().filter((name) => !name.endsWith(PENDING_SUFFIX));
    return this.readRanges(
      names,
      names.map((name) => a1Range(name, `1:${rows}`)),
    );
  }

  /** Whole sheets as grids from A1, in one call. */
  async readSheets(names: readonly string[]): Promise<SheetGrid[]> {
    return this.readRanges(names, names.map(quotedSheetTitle));
  }

  private async readRanges(names: readonly string[], ranges: string[]): Promise<SheetGrid[]> {
    if (ranges.length === 0) return [];
    const { data } = await this.call(() =>
      this.api.spreadsheets.values.batchGet({
        spreadsheetId: this.spreadsheetId,
        ranges,
        // Numbers as numbers and dates as serial numbers: the core parses both.
        valueRenderOption: 'UNFORMATTED_VALUE',
        dateTimeRenderOption: 'SERIAL_NUMBER',
      }),
    );
    // Each range starts at row 1, so values[i] is sheet row i + 1 (the API drops only trailing blanks).
    return names.map((name, i) => ({
      name,
      rows: ((data.valueRanges?.[i]?.values ?? []) as (string | number | boolean)[][]).map((row) =>
        row.map((cell): Cell => cell),
      ),
    }));
  }

  /**
   * Writes the managed columns of the customer sheet: the header cells and one cell per sheet row
   * of the table for each column, keyed by row (see ManagedColumnsWrite), one values call for all
   * runs of adjacent columns. User columns are never written.
   */
  async writeManagedColumns(sheetName: string, write: ManagedColumnsWrite): Promise<void> {
    const meta = this.meta(sheetName);
    if (write.width > meta.columnCount) {
      await this.batchUpdate([
        {
          appendDimension: {
            sheetId: meta.sheetId,
            dimension: 'COLUMNS',
            length: write.width - meta.columnCount,
          },
        },
      ]);
    }
    const block = managedBlock(write);
    const data = contiguousColumnRuns(write.columns.map((c) => c.column)).map((run) => {
      const first = columnLetter(run.start);
      const last = columnLetter(run.start + run.indexes.length - 1);
      return {
        range: a1Range(sheetName, `${first}${write.headerRow}:${last}${write.lastRow}`),
        values: block.map((line, r) =>
          run.indexes.map((k) => {
            const cell = line[k] ?? '';
            const column = write.columns[k];
            return r > 0 && column?.kind === 'date' && typeof cell === 'string' && cell !== ''
              ? dayNumberToSerial(toDayNumber(cell))
              : toApiValue(cell);
          }),
        ),
      };
    });
    await this.call(() =>
      this.api.spreadsheets.values.batchUpdate({
        spreadsheetId: this.spreadsheetId,
        requestBody: { valueInputOption: 'RAW', data },
      }),
    );
    const formats = write.columns
      .filter((c) => c.kind === 'date')
      .map(
        (c): sheets_v4.Schema$Request => ({
          repeatCell: {
            range: {
              sheetId: meta.sheetId,
              startRowIndex: write.headerRow,
              endRowIndex: write.lastRow,
              startColumnIndex: c.column,
              endColumnIndex: c.column + 1,
            },
            cell: { userEnteredFormat: { numberFormat: { type: 'DATE', pattern: 'yyyy-mm-dd' } } },
            fields: 'userEnteredFormat.numberFormat',
          },
        }),
      );
    if (formats.length > 0) await this.batchUpdate(formats);
  }

  /**
   * Writes a whole output sheet. The new content is filled into a pending sheet first; only then
   * are the old copies deleted and the pending sheet renamed, in one batchUpdate, so a failure
   * halfway leaves the previous sheet whole. A pending sheet left by an earlier failed run is
   * removed first.
   */
  async writeSheet(sheet: OutputSheet): Promise<void> {
    const { layout } = sheet;
    const pending = `${sheet.name}${PENDING_SUFFIX}`;
    const width = Math.max(1, ...layout.rows.map((r) => r.length));
    const stale = this.sheets.find((s) => s.title === pending);
    const created = await this.batchUpdate([
      ...(stale ? [{ deleteSheet: { sheetId: stale.sheetId } }] : []),
      {
        addSheet: {
          properties: {
            title: pending,
            gridProperties: {
              rowCount: Math.max(layout.rows.length, 1),
              columnCount: width,
              frozenRowCount: layout.frozenRows,
            },
          },
        },
      },
    ]);
    const sheetId = created.replies?.[stale ? 1 : 0]?.addSheet?.properties?.sheetId ?? 0;
    await this.call(() =>
      this.api.spreadsheets.values.update({
        spreadsheetId: this.spreadsheetId,
        range: a1Range(pending, 'A1'),
        valueInputOption: 'RAW',
        requestBody: { values: layout.rows.map((row) => row.map(toApiValue)) },
      }),
    );
    const formatting = layoutRequests(sheetId, layout);
    const replaced = this.sheets.filter((s) => s.title === sheet.name || sheet.replaces.includes(s.title));
    await this.batchUpdate([
      ...formatting,
      ...replaced.map((s) => ({ deleteSheet: { sheetId: s.sheetId } })),
      { updateSheetProperties: { properties: { sheetId, title: sheet.name }, fields: 'title' } },
    ]);
    await this.refresh();
  }

  private meta(title: string): SheetMeta {
    const sheet = this.sheets.find((s) => s.title === title);
    if (!sheet) throw new Error(`The spreadsheet has no sheet named "${title}".`);
    return sheet;
  }

  private call<T>(request: () => Promise<T>): Promise<T> {
    return withBackoff(request, this.backoff);
  }

  private async batchUpdate(
    requests: sheets_v4.Schema$Request[],
  ): Promise<sheets_v4.Schema$BatchUpdateSpreadsheetResponse> {
    const { data } = await this.call(() =>
      this.api.spreadsheets.batchUpdate({ spreadsheetId: this.spreadsheetId, requestBody: { requests } }),
    );
    await this.refresh();
    return data;
  }

  /** Re-reads sheet ids and sizes after a structural change. */
  private async refresh(): Promise<void> {
    const { data } = await this.call(() =>
      this.api.spreadsheets.get({
        spreadsheetId: this.spreadsheetId,
        fields: 'sheets(properties(sheetId,title,gridProperties))',
      }),
    );
    this.sheets = sheetMetas(data);
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
