/**
 * A Sheets API v4 REST double on 127.0.0.1 for tests (the real API cannot be reached here).
 * It follows Google's documented shapes and errors: values.get/batchGet/update/append/clear/
 * batchUpdate, spreadsheets.get/batchUpdate, `{error:{code,message,status}}` bodies, Bearer
 * auth, and 429/503 answers on demand for retry tests.
 * https://developers.google.com/sheets/api/reference/rest
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { formatA1, type GridRange, parseA1 } from './a1.ts';
import {
  ApiError,
  type ApiValue,
  appendTable,
  assertCellLimit,
  assertEditable,
  assertFitsCell,
  bound,
  findSheet,
  insertRows,
  NO_EDIT_MESSAGE,
  newSheet,
  PROTECTED_MESSAGE,
  type RenderOption,
  readValues,
  type StoredMerge,
  type StoredSheet,
  type StoredSpreadsheet,
  widthOf,
  writeValues,
} from './sheetsStore.ts';
import { sheetProperties, spreadsheetResource } from './spreadsheetResource.ts';

export type Operation =
  | 'get'
  | 'batchGet'
  | 'update'
  | 'append'
  | 'clear'
  | 'batchUpdateValues'
  | 'spreadsheet'
  | 'batchUpdate';

export interface LoggedRequest {
  method: string;
  operation: Operation;
  path: string;
  query: Record<string, string[]>;
  body: unknown;
  /** The request body's size in bytes (UTF-8). */
  bytes: number;
  /** The status sent, or 0 when the connection was reset instead of answering. */
  status: number;
  /** When the request arrived (epoch ms). */
  at: number;
}

interface Fault {
  operation: Operation | '*';
  status: 429 | 500 | 503;
  remaining: number;
  /** Sent as the Retry-After header (seconds), as Google's front end may on a 429. */
  retryAfterSeconds?: number;
}

interface Reset {
  operation: Operation;
  remaining: number;
}

interface Hold {
  operation: Operation;
  remaining: number;
}

/** Requests of an operation to let through first, then how many to carry out and not answer. */
interface Drop {
  operation: Operation;
  skip: number;
  remaining: number;
}

/** Something done to the spreadsheet, as a co-editor would, before a request is handled. */
interface Interference {
  /** '*': whatever request comes. */
  operation: Operation | '*';
  skip: number;
  action: (book: StoredSpreadsheet) => void;
}

/** The operations that change a spreadsheet. */
const WRITES: ReadonlySet<Operation> = new Set([
  'update',
  'append',
  'clear',
  'batchUpdateValues',
  'batchUpdate',
]);

/** The largest request body Google's front end takes, in bytes. */
export const REQUEST_PAYLOAD_LIMIT = 10 * 1024 * 1024;

const STATUS_TEXT: Record<number, string> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  429: 'RESOURCE_EXHAUSTED',
  500: 'INTERNAL',
  503: 'UNAVAILABLE',
};

const FAULT_MESSAGE: Record<number, string> = {
  429: "Quota exceeded for quota metric 'Write requests' and limit 'Write requests per minute per user' of service 'sheets.googleapis.com'.",
  500: 'Internal error encountered.',
  503: 'The service is currently unavailable.',
};

export class SheetsRestDouble {
  readonly spreadsheets = new Map<string, StoredSpreadsheet>();
  readonly requests: LoggedRequest[] = [];
  /** Access tokens the double accepts. */
  readonly tokens = new Set<string>(['test-token']);
  private faults: Fault[] = [];
  private resets: Reset[] = [];
  private holds: Hold[] = [];
  private drops: Drop[] = [];
  private interferences: Interference[] = [];
  /** Requests served per connection: a reset only makes a browser resend on a reused one. */
  private readonly served = new WeakMap<Socket, number>();
  private server: Server | null = null;
  private nextSheetId = 1;
  url = '';

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    // Kept-alive and held connections would keep close() waiting.
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Creates a spreadsheet with the given sheets (and optional initial values). */
  addSpreadsheet(
    spreadsheetId: string,
    sheets: {
      title: string;
      values?: ApiValue[][];
      rows?: number;
      columns?: number;
      hidden?: boolean;
      /** Merged ranges in A1 notation (e.g. 'A2:A5'), merged after the values are in (MERGE_ALL). */
      merges?: string[];
      /** Cells by A1 address as a user left them: a formula with the value it shows, a note. */
      cells?: Record<string, { formula?: string; value?: ApiValue; note?: string }>;
      /** Protected ranges in A1 notation (e.g. 'A:A', or the sheet's title for all of it) the caller may not edit. */
      protectedRanges?: string[];
    }[],
    properties: { title?: string; locale?: string; timeZone?: string; access?: 'edit' | 'view' } = {},
  ): StoredSpreadsheet {
    const book: StoredSpreadsheet = {
      spreadsheetId,
      title: properties.title ?? 'Customers',
      locale: properties.locale ?? 'zh_CN',
      timeZone: properties.timeZone ?? 'Asia/Shanghai',
      sheets: [],
      formatRequests: [],
      access: properties.access ?? 'edit',
    };
    sheets.forEach((s, index) => {
      const rows = Math.max(s.rows ?? 1000, s.values?.length ?? 0);
      const columns = Math.max(s.columns ?? 26, widthOf(s.values ?? []));
      const sheet = newSheet(this.nextSheetId++, s.title, index, rows, columns);
      if (s.values) writeValues(sheet, parseA1('A1') ?? never(), s.values, 'RAW');
      for (const [address, cell] of Object.entries(s.cells ?? {})) setCell(sheet, address, cell);
      for (const merge of s.merges ?? []) {
        const range = parseA1(merge) ?? never();
        mergeRange(sheet, bound(sheet, range), 'MERGE_ALL');
      }
      for (const text of s.protectedRanges ?? []) {
        const a1 = text === s.title ? `'${s.title}'` : text.includes('!') ? text : `'${s.title}'!${text}`;
        sheet.protectedRanges.push(bound(sheet, parseA1(a1) ?? never()));
      }
      sheet.hidden = s.hidden === true;
      book.sheets.push(sheet);
    });
    this.spreadsheets.set(spreadsheetId, book);
    return book;
  }

  /**
   * The next `times` requests of an operation ('*' = any) fail with `status`, with a
   * Retry-After header when `retryAfterSeconds` is given.
   */
  failNext(
    operation: Operation | '*',
    status: 429 | 500 | 503,
    times = 1,
    options: { retryAfterSeconds?: number } = {},
  ): void {
    this.faults.push({ operation, status, remaining: times, ...options });
  }

  /**
   * The next `times` requests of `operation` that arrive on a kept-alive connection already
   * used before are carried out (the write happens), and then the connection is reset instead
   * of answered: what a dropped keep-alive socket looks like to the client. Chromium resends a
   * request that fails this way on a reused socket, POSTs included (net::HttpNetworkTransaction
   * ::ShouldResendRequest), so the server sees it twice. Requests on a fresh connection are
   * answered as usual and do not use the reset up.
   */
  resetAfterWrite(operation: Operation, times = 1): void {
    this.resets.push({ operation, remaining: times });
  }

  /**
   * The next `times` requests of `operation` are carried out (the write happens) and then never
   * answered, as when the client goes away mid-request; the connection closes when the client's
   * does. Logged with status 0.
   */
  holdAfterWrite(operation: Operation, times = 1): void {
    this.holds.push({ operation, remaining: times });
  }

  /**
   * After letting `skip` requests of `operation` through, the next `times` are carried out (the
   * write happens) and then their connection is closed without an answer, on any connection:
   * a response lost on the way back, after which the client cannot know whether the request was
   * applied. Logged with status 0.
   */
  dropResponseAfterWrite(operation: Operation, options: { skip?: number; times?: number } = {}): void {
    this.drops.push({ operation, skip: options.skip ?? 0, remaining: options.times ?? 1 });
  }

  /**
   * Runs `action` on the spreadsheet just before the request of `operation` that comes after
   * `skip` others ('*': of any operation): a co-editor sorting the sheet, inserting a row or
   * renaming a sheet between two calls of a job.
   */
  beforeRequest(
    operation: Operation | '*',
    action: (book: StoredSpreadsheet) => void,
    options: { skip?: number } = {},
  ): void {
    this.interferences.push({ operation, skip: options.skip ?? 0, action });
  }

  /**
   * Protects a range of a sheet from the caller, as an owner does with Data > Protect sheets and
   * ranges without the caller among the editors: every write touching it is refused.
   */
  protectRange(spreadsheetId: string, a1: string): void {
    const book = this.spreadsheets.get(spreadsheetId);
    if (!book) throw new Error(`no spreadsheet ${spreadsheetId}`);
    const range = parseA1(a1) ?? never();
    const sheet = findSheet(book, range.sheetTitle);
    sheet.protectedRanges.push(bound(sheet, range));
  }

  /** Current values of a sheet as UNFORMATTED_VALUE rows (for assertions). */
  values(spreadsheetId: string, title: string): ApiValue[][] {
    const book = this.spreadsheets.get(spreadsheetId);
    if (!book) throw new Error(`no spreadsheet ${spreadsheetId}`);
    const sheet = findSheet(book, title);
    return (
      readValues(sheet, parseA1(title) ?? never(), 'UNFORMATTED_VALUE', 'SERIAL_NUMBER', 'ROWS').values ?? []
    );
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = Date.now();
    const served = (this.served.get(req.socket) ?? 0) + 1;
    this.served.set(req.socket, served);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const query: Record<string, string[]> = {};
    for (const [k, v] of url.searchParams) query[k] = [...(query[k] ?? []), v];
    const raw = await readBody(req);
    let operation: Operation = 'spreadsheet';
    let status = 200;
    let payload: unknown;
    let retryAfter: number | undefined;
    let body: unknown;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      body = raw;
    }
    try {
      const match = /^\/v4\/spreadsheets\/([^/:]+)(.*)$/.exec(url.pathname);
      if (!match) throw new ApiError(404, 'NOT_FOUND', `Requested entity was not found.`);
      const [, spreadsheetId = '', rest = ''] = match;
      operation = operationOf(req.method ?? 'GET', rest);
      // Google's front end refuses a request body over 10 MiB before the API reads it
      // ("Request payload size exceeds the limit: 10485760 bytes.", 400 INVALID_ARGUMENT, as
      // googleworkspace/dotnet-samples#23 and jlolling/talendcomp_tGoogleSheet#1 show it).
      if (Buffer.byteLength(raw, 'utf8') > REQUEST_PAYLOAD_LIMIT)
        throw new ApiError(
          400,
          'INVALID_ARGUMENT',
          `Request payload size exceeds the limit: ${REQUEST_PAYLOAD_LIMIT} bytes.`,
        );
      this.authorize(req);
      this.injectFault(operation);
      const book = this.spreadsheets.get(decodeURIComponent(spreadsheetId));
      if (!book) throw new ApiError(404, 'NOT_FOUND', 'Requested entity was not found.');
      // Shared with the caller to view or comment only: reads are answered, every write refused.
      if (book.access === 'view' && WRITES.has(operation))
        throw new ApiError(403, 'PERMISSION_DENIED', NO_EDIT_MESSAGE);
      this.interfere(operation, book);
      payload = this.dispatch(book, operation, decodeURIComponent(rest), url.searchParams, body);
    } catch (error) {
      const e = error instanceof ApiError ? error : new ApiError(500, 'INTERNAL', String(error));
      if (error instanceof InjectedFault) retryAfter = error.retryAfterSeconds;
      status = e.code;
      payload = { error: { code: e.code, message: e.message, status: STATUS_TEXT[e.code] ?? e.status } };
    }
    const reset = status === 200 && served > 1 ? this.takeReset(operation) : false;
    const dropped = status === 200 && !reset ? this.takeDrop(operation) : false;
    const held = status === 200 && !reset && !dropped ? this.take(this.holds, operation) : false;
    this.requests.push({
      method: req.method ?? 'GET',
      operation,
      path: url.pathname,
      query,
      body,
      bytes: Buffer.byteLength(raw, 'utf8'),
      status: reset || held || dropped ? 0 : status,
      at,
    });
    if (reset || dropped) {
      req.socket.resetAndDestroy();
      return;
    }
    if (held) return;
    res.writeHead(status, {
      'content-type': 'application/json; charset=UTF-8',
      ...(retryAfter !== undefined && status !== 200 ? { 'retry-after': String(retryAfter) } : {}),
    });
    res.end(JSON.stringify(payload));
  }

  private takeDrop(operation: Operation): boolean {
    const drop = this.drops.find((d) => d.operation === operation && d.remaining > 0);
    if (!drop) return false;
    if (drop.skip > 0) {
      drop.skip--;
      return false;
    }
    drop.remaining--;
    return true;
  }

  private interfere(operation: Operation, book: StoredSpreadsheet): void {
    const index = this.interferences.findIndex((i) => i.operation === operation || i.operation === '*');
    const interference = this.interferences[index];
    if (!interference) return;
    if (interference.skip > 0) {
      interference.skip--;
      return;
    }
    this.interferences.splice(index, 1);
    interference.action(book);
  }

  private takeReset(operation: Operation): boolean {
    return this.take(this.resets, operation);
  }

  private take(armed: { operation: Operation; remaining: number }[], operation: Operation): boolean {
    const one = armed.find((r) => r.remaining > 0 && r.operation === operation);
    if (!one) return false;
    one.remaining--;
    return true;
  }

  private authorize(req: IncomingMessage): void {
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (!token || !this.tokens.has(token)) {
      throw new ApiError(
        401,
        'UNAUTHENTICATED',
        'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.',
      );
    }
  }

  /** Throws the next armed fault for `operation`, if any. */
  private injectFault(operation: Operation): void {
    const fault = this.faults.find(
      (f) => f.remaining > 0 && (f.operation === '*' || f.operation === operation),
    );
    if (!fault) return;
    fault.remaining--;
    throw new InjectedFault(
      fault.status,
      STATUS_TEXT[fault.status] ?? 'INTERNAL',
      FAULT_MESSAGE[fault.status] ?? 'error',
      fault.retryAfterSeconds,
    );
  }

  private dispatch(
    book: StoredSpreadsheet,
    operation: Operation,
    rest: string,
    params: URLSearchParams,
    body: unknown,
  ): unknown {
    const render = (params.get('valueRenderOption') ?? 'FORMATTED_VALUE') as RenderOption;
    const dates = params.get('dateTimeRenderOption') ?? 'SERIAL_NUMBER';
    const major = (params.get('majorDimension') ?? 'ROWS') as 'ROWS' | 'COLUMNS';
    // values:batchUpdate carries valueInputOption in its body; the others in the query.
    const bodyOption = (body as { valueInputOption?: string } | undefined)?.valueInputOption ?? null;
    const input = inputOption(
      operation === 'batchUpdateValues' ? bodyOption : params.get('valueInputOption'),
      operation,
    );
    const rangeOf = (text: string) => {
      const range = parseA1(text);
      if (!range) throw new ApiError(400, 'INVALID_ARGUMENT', `Unable to parse range: ${text}`);
      return { range, sheet: findSheet(book, range.sheetTitle) };
    };
    switch (operation) {
      case 'spreadsheet':
        return spreadsheetResource(book, params);
      case 'get': {
        const text = rest.replace(/^\/values\//, '');
        const { range, sheet } = rangeOf(text);
        assertReadable(sheet, range, text);
        return readValues(sheet, range, render, dates, major);
      }
      case 'batchGet':
        return {
          spreadsheetId: book.spreadsheetId,
          valueRanges: params.getAll('ranges').map((text) => {
            const { range, sheet } = rangeOf(text);
            assertReadable(sheet, range, text);
            return readValues(sheet, range, render, dates, major);
          }),
        };
      case 'update': {
        const { range, sheet } = rangeOf(rest.replace(/^\/values\//, ''));
        return { spreadsheetId: book.spreadsheetId, ...writeValues(sheet, range, valuesOf(body), input) };
      }
      case 'batchUpdateValues': {
        const data = (body as { data?: { range: string; values: unknown[][] }[] }).data ?? [];
        // Like spreadsheets.batchUpdate, all ranges are written or none (a protected one refuses all).
        const before = structuredClone(book.sheets);
        const restore = (error: unknown): never => {
          book.sheets = before;
          throw error;
        };
        const responses = data.map((d) => {
          const { range, sheet } = rangeOf(d.range);
          try {
            return { spreadsheetId: book.spreadsheetId, ...writeValues(sheet, range, d.values, input) };
          } catch (error) {
            return restore(error);
          }
        });
        return {
          spreadsheetId: book.spreadsheetId,
          totalUpdatedRows: responses.reduce((n, r) => n + r.updatedRows, 0),
          totalUpdatedCells: responses.reduce((n, r) => n + r.updatedCells, 0),
          responses,
        };
      }
      case 'append': {
        const { range, sheet } = rangeOf(rest.replace(/^\/values\//, '').replace(/:append$/, ''));
        const b = bound(sheet, range);
        const values = valuesOf(body);
        const table = appendTable(sheet, b);
        const startRow = table ? table.end : b.startRow;
        // INSERT_ROWS: "Rows are inserted for the new data", so rows below the table (after a
        // blank row) move down. OVERWRITE writes over what is there, and like INSERT_ROWS grows
        // the grid when the data does not fit. Both within the spreadsheet's cell limit.
        const inserting = params.get('insertDataOption') === 'INSERT_ROWS';
        const grid = { rowCount: sheet.rowCount, columnCount: sheet.columnCount };
        sheet.rowCount = inserting
          ? Math.max(sheet.rowCount, startRow) + values.length
          : Math.max(sheet.rowCount, startRow + values.length);
        const width = widthOf(values);
        const startColumn = table ? table.startColumn : b.startColumn;
        sheet.columnCount = Math.max(sheet.columnCount, startColumn + width);
        try {
          assertCellLimit(book);
          assertEditable(sheet, {
            startRow,
            endRow: startRow + values.length,
            startColumn,
            endColumn: startColumn + width,
          });
        } catch (error) {
          Object.assign(sheet, grid);
          throw error;
        }
        if (inserting) insertRows(sheet, startRow, values.length);
        const target = {
          sheetTitle: sheet.title,
          startRow,
          endRow: null,
          startColumn,
          endColumn: null,
        };
        // tableRange: the existing table the rows were appended to (its used width).
        const existing = table
          ? readValues(sheet, { ...target, startRow: table.start, endRow: table.end }, render, dates, 'ROWS')
          : { values: [] };
        const tableWidth = Math.max(0, ...(existing.values ?? []).map((r) => r.length));
        const tableRange = table
          ? formatA1(sheet.title, table.start, startColumn, table.end, startColumn + tableWidth)
          : undefined;
        const updates = writeValues(sheet, target, values, input);
        return {
          spreadsheetId: book.spreadsheetId,
          ...(tableRange ? { tableRange } : {}),
          updates: { spreadsheetId: book.spreadsheetId, ...updates },
        };
      }
      case 'clear': {
        const text = rest.replace(/^\/values\//, '').replace(/:clear$/, '');
        const { range, sheet } = rangeOf(text);
        const b = bound(sheet, range);
        assertEditable(sheet, b);
        // values.clear: "Only values are cleared -- all other properties of the cell (such as
        // formatting and data validation) are kept", the note among them.
        for (let r = b.startRow; r < Math.min(b.endRow, sheet.cells.length); r++) {
          const row = sheet.cells[r];
          if (!row) continue;
          for (let c = b.startColumn; c < b.endColumn; c++) {
            const note = row[c]?.note;
            row[c] = note === undefined ? undefined : { value: '', note };
          }
        }
        return {
          spreadsheetId: book.spreadsheetId,
          clearedRange: readValues(sheet, range, render, dates, 'ROWS').range,
        };
      }
      case 'batchUpdate':
        return this.batchUpdate(book, body);
    }
  }

  /**
   * spreadsheets.batchUpdate applies its requests in order, all or none: "if any request is not
   * valid, then the entire update will fail and nothing will be applied" (Sheets API v4,
   * spreadsheets/batchUpdate). The spreadsheet is restored when a request fails.
   */
  private batchUpdate(book: StoredSpreadsheet, body: unknown) {
    const before = {
      sheets: structuredClone(book.sheets),
      formatRequests: book.formatRequests.length,
      nextSheetId: this.nextSheetId,
    };
    try {
      return this.applyBatchUpdate(book, body);
    } catch (error) {
      book.sheets = before.sheets;
      book.formatRequests.length = before.formatRequests;
      this.nextSheetId = before.nextSheetId;
      throw error;
    }
  }

  private applyBatchUpdate(book: StoredSpreadsheet, body: unknown) {
    const requests = (body as { requests?: Record<string, unknown>[] })?.requests;
    if (!Array.isArray(requests) || requests.length === 0) {
      throw new ApiError(400, 'INVALID_ARGUMENT', 'Must specify at least one request.');
    }
    const replies = requests.map((request, i) => {
      const [kind] = Object.keys(request);
      const spec = (request[kind ?? ''] ?? {}) as Record<string, unknown>;
      switch (kind) {
        case 'addSheet': {
          const props = (spec.properties ?? {}) as {
            title?: string;
            gridProperties?: { rowCount?: number; columnCount?: number };
          };
          const title = props.title ?? `Sheet${book.sheets.length + 1}`;
          if (book.sheets.some((s) => sameSheetName(s.title, title))) {
            throw new ApiError(
              400,
              'INVALID_ARGUMENT',
              `Invalid requests[${i}].addSheet: A sheet with the name "${title}" already exists. Please enter another name.`,
            );
          }
          const sheet = newSheet(
            this.nextSheetId++,
            title,
            book.sheets.length,
            props.gridProperties?.rowCount,
            props.gridProperties?.columnCount,
          );
          book.sheets.push(sheet);
          assertCellLimit(book, `Invalid requests[${i}].addSheet: `);
          return { addSheet: { properties: sheetProperties(sheet) } };
        }
        case 'deleteSheet': {
          const id = (spec as { sheetId?: number }).sheetId;
          const index = book.sheets.findIndex((s) => s.sheetId === id);
          if (index < 0)
            throw new ApiError(
              400,
              'INVALID_ARGUMENT',
              `Invalid requests[${i}].deleteSheet: No grid with id: ${id}`,
            );
          // Deleting a sheet edits every cell of it: a protected range the caller may not edit
          // refuses it, as the Sheets UI refuses "Delete" on such a sheet.
          if ((book.sheets[index] as StoredSheet).protectedRanges.length > 0)
            throw new ApiError(403, 'PERMISSION_DENIED', PROTECTED_MESSAGE);
          book.sheets.splice(index, 1);
          return {};
        }
        case 'appendDimension': {
          const { sheetId, dimension, length } = spec as {
            sheetId: number;
            dimension: 'ROWS' | 'COLUMNS';
            length: number;
          };
          const sheet = book.sheets.find((s) => s.sheetId === sheetId);
          if (!sheet)
            throw new ApiError(
              400,
              'INVALID_ARGUMENT',
              `Invalid requests[${i}].appendDimension: No grid with id: ${sheetId}`,
            );
          if (protectsWholeSheet(sheet)) throw new ApiError(403, 'PERMISSION_DENIED', PROTECTED_MESSAGE);
          if (dimension === 'ROWS') sheet.rowCount += length;
          else sheet.columnCount += length;
          assertCellLimit(book, `Invalid requests[${i}].appendDimension: `);
          return {};
        }
        case 'updateSheetProperties': {
          const props = spec.properties as {
            sheetId: number;
            title?: string;
            gridProperties?: { frozenRowCount?: number; rowCount?: number; columnCount?: number };
          };
          const sheet = book.sheets.find((s) => s.sheetId === props.sheetId);
          if (!sheet)
            throw new ApiError(
              400,
              'INVALID_ARGUMENT',
              `Invalid requests[${i}].updateSheetProperties: No grid with id: ${props.sheetId}`,
            );
          if (props.title) {
            if (
              book.sheets.some(
                (s) => sameSheetName(s.title, props.title ?? '') && s.sheetId !== sheet.sheetId,
              )
            ) {
              throw new ApiError(
                400,
                'INVALID_ARGUMENT',
                `Invalid requests[${i}].updateSheetProperties: A sheet with the name "${props.title}" already exists. Please enter another name.`,
              );
            }
            sheet.title = props.title;
          }
          const fields = String(spec.fields ?? '');
          if ((props as { hidden?: boolean }).hidden !== undefined || /\bhidden\b/.test(fields))
            sheet.hidden = (props as { hidden?: boolean }).hidden === true;
          const grid = props.gridProperties ?? {};
          // A protected sheet (the whole sheet, 保护工作表) takes no new rows or columns from a
          // caller it does not let edit; a protected range within it leaves the grid free.
          const resized =
            (grid.rowCount !== undefined && grid.rowCount !== sheet.rowCount) ||
            (grid.columnCount !== undefined && grid.columnCount !== sheet.columnCount);
          if (resized && protectsWholeSheet(sheet))
            throw new ApiError(403, 'PERMISSION_DENIED', PROTECTED_MESSAGE);
          if (grid.frozenRowCount !== undefined) sheet.frozenRowCount = grid.frozenRowCount;
          if (grid.rowCount !== undefined) sheet.rowCount = grid.rowCount;
          if (grid.columnCount !== undefined) sheet.columnCount = grid.columnCount;
          if (resized) assertCellLimit(book, `Invalid requests[${i}].updateSheetProperties: `);
          return {};
        }
        case 'deleteDimension': {
          // https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#DeleteDimensionRequest
          const range = spec.range as {
            sheetId: number;
            dimension: 'ROWS' | 'COLUMNS';
            startIndex: number;
            endIndex: number;
          };
          const sheet = book.sheets.find((s) => s.sheetId === range.sheetId);
          if (!sheet)
            throw new ApiError(
              400,
              'INVALID_ARGUMENT',
              `Invalid requests[${i}].deleteDimension: No grid with id: ${range.sheetId}`,
            );
          const limit = range.dimension === 'ROWS' ? sheet.rowCount : sheet.columnCount;
          if (!(range.startIndex >= 0 && range.endIndex > range.startIndex && range.endIndex <= limit))
            throw new ApiError(
              400,
              'INVALID_ARGUMENT',
              `Invalid requests[${i}].deleteDimension: Invalid range.`,
            );
          const count = range.endIndex - range.startIndex;
          if (range.dimension === 'ROWS') {
            if (count >= sheet.rowCount - sheet.frozenRowCount)
              throw new ApiError(
                400,
                'INVALID_ARGUMENT',
                `Invalid requests[${i}].deleteDimension: You can't delete all the rows on the sheet.`,
              );
            sheet.cells.splice(range.startIndex, count);
            sheet.rowCount -= count;
          } else {
            for (const row of sheet.cells) row?.splice(range.startIndex, count);
            sheet.columnCount -= count;
          }
          sheet.merges = shrinkMerges(sheet.merges, range.dimension, range.startIndex, range.endIndex);
          return {};
        }
        case 'updateCells':
        case 'appendCells': {
          // UpdateCellsRequest / AppendCellsRequest: values only when `fields` names userEnteredValue;
          // an empty CellData clears the cell. Appended rows go below the last row with data.
          // UpdateCellsRequest / AppendCellsRequest change the parts of CellData that `fields`
          // names: userEnteredValue (the value or formula), note; an empty CellData clears them.
          const fields = String(spec.fields ?? '')
            .split(',')
            .map((f) => f.trim());
          book.formatRequests.push(request);
          const setsValue = fields.some((f) => f === '*' || f.startsWith('userEnteredValue'));
          const setsNote = fields.some((f) => f === '*' || f === 'note');
          if (!setsValue && !setsNote) return {};
          const sheetId =
            kind === 'appendCells' ? (spec.sheetId as number) : (spec.start as { sheetId: number }).sheetId;
          const sheet = book.sheets.find((s) => s.sheetId === sheetId);
          if (!sheet)
            throw new ApiError(
              400,
              'INVALID_ARGUMENT',
              `Invalid requests[${i}].${kind}: No grid with id: ${sheetId}`,
            );
          const rows = (spec.rows ?? []) as {
            values?: { userEnteredValue?: Record<string, unknown>; note?: string }[];
          }[];
          let startRow: number;
          let startColumn = 0;
          if (kind === 'appendCells') {
            startRow = sheet.cells.length;
            while (startRow > 0 && !(sheet.cells[startRow - 1] ?? []).some((c) => c !== undefined))
              startRow--;
            if (startRow + rows.length > sheet.rowCount) sheet.rowCount = startRow + rows.length;
          } else {
            const start = spec.start as { rowIndex?: number; columnIndex?: number };
            startRow = start.rowIndex ?? 0;
            startColumn = start.columnIndex ?? 0;
          }
          rows.forEach((row, r) => {
            const target = sheet.cells[startRow + r] ?? [];
            sheet.cells[startRow + r] = target;
            (row.values ?? []).forEach((cell, c) => {
              const was = target[startColumn + c];
              const value = cell.userEnteredValue;
              const formula = value?.formulaValue as string | undefined;
              const raw = value?.stringValue ?? value?.numberValue ?? value?.boolValue;
              const next: { value: ApiValue; formula?: string; note?: string } = setsValue
                ? { value: (raw as ApiValue | undefined) ?? '', ...(formula ? { formula } : {}) }
                : { value: was?.value ?? '', ...(was?.formula ? { formula: was.formula } : {}) };
              if (typeof raw === 'string') assertFitsCell(raw, `Invalid requests[${i}].${kind}: `);
              if (formula) assertFitsCell(formula, `Invalid requests[${i}].${kind}: `);
              const note = setsNote ? cell.note : was?.note;
              if (note) assertFitsCell(note, `Invalid requests[${i}].${kind}: `);
              if (note !== undefined && note !== '') next.note = note;
              const empty = next.value === '' && next.formula === undefined && next.note === undefined;
              target[startColumn + c] = empty ? undefined : next;
            });
          });
          return {};
        }
        case 'mergeCells':
        case 'unmergeCells': {
          const range = spec.range as {
            sheetId: number;
            startRowIndex?: number;
            endRowIndex?: number;
            startColumnIndex?: number;
            endColumnIndex?: number;
          };
          const sheet = book.sheets.find((s) => s.sheetId === range.sheetId);
          if (!sheet)
            throw new ApiError(
              400,
              'INVALID_ARGUMENT',
              `Invalid requests[${i}].${kind}: No grid with id: ${range.sheetId}`,
            );
          book.formatRequests.push(request);
          const block = {
            startRow: range.startRowIndex ?? 0,
            endRow: range.endRowIndex ?? sheet.rowCount,
            startColumn: range.startColumnIndex ?? 0,
            endColumn: range.endColumnIndex ?? sheet.columnCount,
          };
          if (kind === 'unmergeCells') sheet.merges = sheet.merges.filter((m) => !overlaps(m, block));
          else mergeRange(sheet, block, (spec.mergeType as MergeType | undefined) ?? 'MERGE_ALL', i);
          return {};
        }
        case 'repeatCell':
        case 'autoResizeDimensions':
        case 'updateDimensionProperties':
        case 'setDataValidation':
        case 'addConditionalFormatRule':
        case 'updateBorders':
          book.formatRequests.push(request);
          return {};
        case 'addChart':
          book.formatRequests.push(request);
          return { addChart: { chart: { chartId: book.formatRequests.length, ...(spec.chart as object) } } };
        default:
          throw new ApiError(
            400,
            'INVALID_ARGUMENT',
            `Invalid JSON payload received. Unknown name "${kind}" at 'requests[${i}]': Cannot find field.`,
          );
      }
    });
    return { spreadsheetId: book.spreadsheetId, replies };
  }
}

/** A fault a test asked for, answered like the API's own error (plus its Retry-After). */
class InjectedFault extends ApiError {
  constructor(
    code: number,
    status: string,
    message: string,
    readonly retryAfterSeconds: number | undefined,
  ) {
    super(code, status, message);
  }
}

function operationOf(method: string, rest: string): Operation {
  if (rest === '' && method === 'GET') return 'spreadsheet';
  if (rest === ':batchUpdate') return 'batchUpdate';
  if (rest === '/values:batchGet') return 'batchGet';
  if (rest === '/values:batchUpdate') return 'batchUpdateValues';
  if (rest.endsWith(':append')) return 'append';
  if (rest.endsWith(':clear')) return 'clear';
  if (rest.startsWith('/values/') && method === 'PUT') return 'update';
  if (rest.startsWith('/values/') && method === 'GET') return 'get';
  throw new ApiError(404, 'NOT_FOUND', 'Requested entity was not found.');
}

function inputOption(value: string | null, operation: Operation): 'RAW' | 'USER_ENTERED' {
  if (value === 'RAW' || value === 'USER_ENTERED') return value;
  if (['update', 'append', 'batchUpdateValues'].includes(operation)) {
    throw new ApiError(400, 'INVALID_ARGUMENT', "'valueInputOption' is required but not specified");
  }
  return 'RAW';
}

function valuesOf(body: unknown): unknown[][] {
  const values = (body as { values?: unknown })?.values;
  if (!Array.isArray(values) || !values.every(Array.isArray)) {
    throw new ApiError(
      400,
      'INVALID_ARGUMENT',
      'Invalid values: expected a list of rows (ValueRange.values).',
    );
  }
  return values as unknown[][];
}

type MergeType = 'MERGE_ALL' | 'MERGE_COLUMNS' | 'MERGE_ROWS';

/**
 * MergeCellsRequest: MERGE_ALL makes one merge of the range, MERGE_COLUMNS one per column,
 * MERGE_ROWS one per row. Like the UI ("merging cells will only preserve the top-left value"),
 * each merge keeps its top-left cell's value and drops the others'.
 */
function mergeRange(sheet: StoredSheet, block: StoredMerge, type: MergeType, request = 0): void {
  const merges: StoredMerge[] = [];
  if (type === 'MERGE_COLUMNS')
    for (let c = block.startColumn; c < block.endColumn; c++)
      merges.push({ ...block, startColumn: c, endColumn: c + 1 });
  else if (type === 'MERGE_ROWS')
    for (let r = block.startRow; r < block.endRow; r++) merges.push({ ...block, startRow: r, endRow: r + 1 });
  else merges.push(block);
  for (const merge of merges) {
    if (sheet.merges.some((m) => overlaps(m, merge)))
      throw new ApiError(
        400,
        'INVALID_ARGUMENT',
        `Invalid requests[${request}].mergeCells: You can't merge cells that overlap an existing merge.`,
      );
    for (let r = merge.startRow; r < merge.endRow; r++)
      for (let c = merge.startColumn; c < merge.endColumn; c++) {
        const cells = sheet.cells[r];
        if (cells && (r !== merge.startRow || c !== merge.startColumn)) cells[c] = undefined;
      }
    sheet.merges.push(merge);
  }
}

function overlaps(a: StoredMerge, b: StoredMerge): boolean {
  return (
    a.startRow < b.endRow &&
    b.startRow < a.endRow &&
    a.startColumn < b.endColumn &&
    b.startColumn < a.endColumn
  );
}

/** Merges after rows or columns [start, end) are deleted: moved up or left, cut, or gone. */
function shrinkMerges(
  merges: readonly StoredMerge[],
  dimension: 'ROWS' | 'COLUMNS',
  start: number,
  end: number,
): StoredMerge[] {
  const [from, to] =
    dimension === 'ROWS' ? (['startRow', 'endRow'] as const) : (['startColumn', 'endColumn'] as const);
  const at = (i: number) => (i <= start ? i : i >= end ? i - (end - start) : start);
  return merges
    .map((m) => ({ ...m, [from]: at(m[from]), [to]: at(m[to]) }))
    .filter((m) => m.endRow - m.startRow > 0 && m.endColumn - m.startColumn > 0)
    .filter((m) => (m.endRow - m.startRow) * (m.endColumn - m.startColumn) > 1);
}

/** A cell as a user left it (see addSpreadsheet's `cells`). */
function setCell(
  sheet: StoredSheet,
  address: string,
  cell: { formula?: string; value?: ApiValue; note?: string },
) {
  const range = parseA1(address) ?? never();
  const r = range.startRow ?? 0;
  const c = range.startColumn ?? 0;
  const row = sheet.cells[r] ?? [];
  sheet.cells[r] = row;
  const was = row[c];
  row[c] = {
    value: cell.value ?? was?.value ?? '',
    ...(cell.formula ? { formula: cell.formula } : was?.formula ? { formula: was.formula } : {}),
    ...(cell.note !== undefined ? { note: cell.note } : was?.note !== undefined ? { note: was.note } : {}),
  };
}

/**
 * Whether two sheet names are one to Google: names are unique regardless of letter case ("orders"
 * stops a new "Orders", from the UI, a script or the API), while a range names a sheet exactly.
 * https://github.com/socialpoint-labs/sheetfu/pull/26
 */
function sameSheetName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Whether a protected range covers the sheet's whole grid (the sheet itself is protected). */
function protectsWholeSheet(sheet: StoredSheet): boolean {
  return sheet.protectedRanges.some(
    (p) =>
      p.startRow === 0 &&
      p.startColumn === 0 &&
      p.endRow >= sheet.rowCount &&
      p.endColumn >= sheet.columnCount,
  );
}

function never(): never {
  throw new Error('unreachable');
}

/**
 * A read must start within the grid: a range that starts below the last row or right of the last
 * column is refused ("Range (Mass!151154:151354) exceeds grid limits. Max rows: 151000, max
 * columns: 26"). Its end may run past the grid's edge and stops there: readers ask for B2:ZZZ and
 * 2:5000000 to mean "to the end" (googlesheets4 does).
 */
function assertReadable(sheet: StoredSheet, range: GridRange, text: string): void {
  if ((range.startRow ?? 0) < sheet.rowCount && (range.startColumn ?? 0) < sheet.columnCount) return;
  const a1 = text.slice(text.lastIndexOf('!') + 1);
  throw new ApiError(
    400,
    'INVALID_ARGUMENT',
    `Range (${sheet.title}!${a1}) exceeds grid limits. Max rows: ${sheet.rowCount}, max columns: ${sheet.columnCount}`,
  );
}
