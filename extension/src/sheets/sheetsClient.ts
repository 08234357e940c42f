/** One sheet's identity and grid size, from spreadsheets.get. */
export interface SheetProperties {
  sheetId: number;
  columnCount: number;
}

/** The Sheets API v4 calls the extension makes; a port so sync logic is tested without fetch. */
export interface SheetsClient {
  getValues(range: string): Promise<unknown[][]>;
  appendValues(range: string, rows: string[][]): Promise<void>;
  batchUpdateValues(data: { range: string; values: string[][] }[]): Promise<void>;
  clearValues(range: string): Promise<void>;
  /** The sheet's properties, or null when the spreadsheet has no sheet of that title. */
  getSheetProperties(title: string): Promise<SheetProperties | null>;
  appendColumns(sheetId: number, count: number): Promise<void>;
}

/** A failed call, carrying what the outbox needs to decide on a retry. */
export class SheetsRequestError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly retryAfterMs?: number,
  ) {
    super(detail);
    this.name = 'SheetsRequestError';
  }
}

/**
 * Retry-After in ms: delay-seconds or an HTTP date (RFC 9110 §10.2.3); undefined when absent
 * or unreadable.
 */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return seconds > 0 ? seconds * 1000 : undefined;
  const at = Date.parse(header);
  return Number.isFinite(at) && at > now ? at - now : undefined;
}

/**
 * fetch-based client for https://sheets.googleapis.com (or the test build's double). Values are
 * written RAW, so a clipped "=HYPERLINK(…)" stays text in the sheet and +86… stays a string.
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.values
 */
export function createSheetsClient(options: {
  baseUrl: string;
  spreadsheetId: string;
  accessToken: string;
  fetch?: typeof fetch;
}): SheetsClient {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const root = `${options.baseUrl.replace(/\/+$/, '')}/v4/spreadsheets/${encodeURIComponent(options.spreadsheetId)}`;
  const call = async (path: string, init: RequestInit = {}): Promise<unknown> => {
    let response: Response;
    try {
      response = await doFetch(`${root}${path}`, {
        ...init,
        headers: {
          authorization: `Bearer ${options.accessToken}`,
          'content-type': 'application/json',
        },
      });
    } catch (error) {
      // Status 0: no answer at all (offline, DNS, a reset connection).
      throw new SheetsRequestError(0, String(error));
    }
    const body: unknown = await response.json().catch(() => null);
    if (!response.ok) {
      const message =
        (body as { error?: { message?: unknown } } | null)?.error?.message ?? response.statusText;
      throw new SheetsRequestError(
        response.status,
        `${response.status} ${String(message)}`,
        retryAfterMs(response.headers.get('retry-after')),
      );
    }
    return body;
  };
  const post = (path: string, body: unknown) => call(path, { method: 'POST', body: JSON.stringify(body) });
  return {
    async getValues(range) {
      const body = (await call(
        `/values/${encodeURIComponent(range)}?majorDimension=ROWS&valueRenderOption=FORMATTED_VALUE`,
      )) as { values?: unknown[][] } | null;
      return body?.values ?? [];
    },
    async appendValues(range, rows) {
      await post(
        `/values/${encodeURIComponent(range)}:append?valueInputOption=RAW&insertDataOption=INSERT_ROWS`,
        { range, majorDimension: 'ROWS', values: rows },
      );
    },
    async batchUpdateValues(data) {
      await post('/values:batchUpdate', {
        valueInputOption: 'RAW',
        data: data.map((d) => ({ ...d, majorDimension: 'ROWS' })),
      });
    },
    async clearValues(range) {
      await post(`/values/${encodeURIComponent(range)}:clear`, {});
    },
    async getSheetProperties(title) {
      const body = (await call('?fields=sheets.properties')) as {
        sheets?: {
          properties?: { sheetId?: number; title?: string; gridProperties?: { columnCount?: number } };
        }[];
      } | null;
      const sheet = body?.sheets?.find((s) => s.properties?.title === title)?.properties;
      if (sheet?.sheetId === undefined) return null;
      return { sheetId: sheet.sheetId, columnCount: sheet.gridProperties?.columnCount ?? 26 };
    },
    async appendColumns(sheetId, count) {
      await post(':batchUpdate', {
        requests: [{ appendDimension: { sheetId, dimension: 'COLUMNS', length: count } }],
      });
    },
  };
}
