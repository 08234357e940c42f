import type { SyncFailure } from '../logic/backoff.ts';

/** The Sheets API v4 calls the extension makes; a port so sync logic is tested without fetch. */
export interface SheetsClient {
  getValues(range: string): Promise<unknown[][]>;
  appendValues(range: string, rows: string[][]): Promise<void>;
  batchUpdateValues(data: { range: string; values: string[][] }[]): Promise<void>;
}

/** A failed call, carrying what the outbox needs to decide on a retry. */
export class SheetsRequestError extends Error implements SyncFailure {
  constructor(
    readonly status: number,
    readonly reason: string,
    readonly retryAfterMs?: number,
  ) {
    super(reason);
    this.name = 'SheetsRequestError';
  }
}

/**
 * fetch-based client for https://sheets.googleapis.com (or a test double). Values are written
 * RAW, so a clipped "=HYPERLINK(…)" stays text in the sheet and +86… stays a string.
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
      // Status 0: no answer at all (offline, DNS, CORS); the sync words the reason for people.
      throw new SheetsRequestError(0, String(error));
    }
    const body: unknown = await response.json().catch(() => null);
    if (!response.ok) {
      const message =
        (body as { error?: { message?: unknown } } | null)?.error?.message ?? response.statusText;
      const retryAfter = Number(response.headers.get('retry-after'));
      throw new SheetsRequestError(
        response.status,
        `${response.status} ${String(message)}`,
        Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : undefined,
      );
    }
    return body;
  };
  return {
    async getValues(range) {
      const body = (await call(
        `/values/${encodeURIComponent(range)}?majorDimension=ROWS&valueRenderOption=FORMATTED_VALUE`,
      )) as { values?: unknown[][] } | null;
      return body?.values ?? [];
    },
    async appendValues(range, rows) {
      await call(
        `/values/${encodeURIComponent(range)}:append?valueInputOption=RAW&insertDataOption=INSERT_ROWS`,
        { method: 'POST', body: JSON.stringify({ range, majorDimension: 'ROWS', values: rows }) },
      );
    },
    async batchUpdateValues(data) {
      await call('/values:batchUpdate', {
        method: 'POST',
        body: JSON.stringify({
          valueInputOption: 'RAW',
          data: data.map((d) => ({ ...d, majorDimension: 'ROWS' })),
        }),
      });
    },
  };
}
