import {
  type Cell,
  type Config,
  dayNumberToSerial,
  ERASURE_MARKER,
  type ErasurePlan,
  findPerson,
  type LogAppend,
  type PersonKey,
  planErasure,
  toDayNumber,
  ymdToIso,
} from '@crm/shared';
import type { sheets_v4 } from '@googleapis/sheets';
import type { GoogleSpreadsheet } from './googleSpreadsheet.ts';
import { isRetryable } from './withBackoff.ts';

/**
 * Erases a person in a Google Sheet in one spreadsheets.batchUpdate, which Google applies whole
 * or not at all: the planned cells (updateCells of the value, which replaces a formula that named
 * them with the text it showed, and of the note), the planned rows (deleteDimension, bottom up per
 * sheet), the copies of the person's data the add-on exported (deleteSheet) and the log entry
 * (addSheet when new, appendCells). Such a request must not simply be sent again when its answer
 * is lost (the rows would be deleted twice, other people's with them), so after a failure the
 * sheet is read again and the plan made anew from what is there: nothing left means the first
 * request went through. Returns the places still found afterwards (0).
 */
export async function eraseInGoogleSheet(
  book: GoogleSpreadsheet,
  key: PersonKey,
  config: Config,
  plan: ErasurePlan,
  log: LogAppend,
  attempts = 3,
): Promise<number> {
  let current = plan;
  for (let attempt = 1; ; attempt++) {
    try {
      await book.api.spreadsheets.batchUpdate({
        spreadsheetId: book.spreadsheetId,
        requestBody: { requests: await erasureRequests(book, current, log) },
      });
      break;
    } catch (error) {
      if (attempt >= attempts || !isRetryable(error)) throw error;
      const found = await findAgain(book, key, config);
      if (found.places.length === 0) break;
      current = planErasure(found, {
        orders: config.privacy.eraseOrders,
        marker: ERASURE_MARKER[config.language],
      });
    }
  }
  return (await findAgain(book, key, config)).places.length;
}

async function findAgain(book: GoogleSpreadsheet, key: PersonKey, config: Config) {
  const { data } = await book.api.spreadsheets.get({
    spreadsheetId: book.spreadsheetId,
    fields: 'sheets(properties(title))',
  });
  const names = (data.sheets ?? []).map((s) => s.properties?.title ?? '');
  const grids = await book.readSheetsWithAsides(names);
  return findPerson(grids, key, { headerOverrides: config.headerOverrides, region: config.defaultRegion });
}

async function erasureRequests(
  book: GoogleSpreadsheet,
  plan: ErasurePlan,
  log: LogAppend,
): Promise<sheets_v4.Schema$Request[]> {
  const { data } = await book.api.spreadsheets.get({
    spreadsheetId: book.spreadsheetId,
    fields: 'sheets(properties(sheetId,title))',
  });
  const ids = new Map(
    (data.sheets ?? []).map((s) => [s.properties?.title ?? '', s.properties?.sheetId ?? 0]),
  );
  const requests: sheets_v4.Schema$Request[] = [];
  for (const sheet of plan.sheets) {
    const sheetId = ids.get(sheet.sheet);
    if (sheetId === undefined) continue;
    for (const edit of sheet.edits) {
      requests.push({
        updateCells: {
          start: { sheetId, rowIndex: edit.row - 1, columnIndex: edit.column },
          rows: [{ values: [cellData(edit.value)] }],
          fields: 'userEnteredValue',
        },
      });
    }
    // A note is set apart from the value (fields "note"): redacted, or removed by an empty CellData.
    for (const edit of sheet.notes) {
      requests.push({
        updateCells: {
          start: { sheetId, rowIndex: edit.row - 1, columnIndex: edit.column },
          rows: [{ values: [edit.note === null ? {} : { note: edit.note }] }],
          fields: 'note',
        },
      });
    }
    for (const row of sheet.deleteRows) {
      requests.push({
        deleteDimension: { range: { sheetId, dimension: 'ROWS', startIndex: row - 1, endIndex: row } },
      });
    }
  }
  for (const name of plan.deleteSheets) {
    const sheetId = ids.get(name);
    if (sheetId !== undefined) requests.push({ deleteSheet: { sheetId } });
  }
  let logId = ids.get(log.sheet);
  if (logId === undefined) {
    logId = Math.max(0, ...ids.values()) + 1;
    requests.push({ addSheet: { properties: { sheetId: logId, title: log.sheet } } });
  }
  const rows = log.header && !ids.has(log.sheet) ? [log.header, log.row] : [log.row];
  requests.push({
    appendCells: {
      sheetId: logId,
      rows: rows.map((r) => ({ values: r.map(cellData) })),
      fields: 'userEnteredValue',
    },
  });
  return requests;
}

/** A cell as the API's CellData: text stays text (never a formula), dates become serial numbers. */
export function cellData(cell: Cell): sheets_v4.Schema$CellData {
  if (cell === null || cell === '') return {};
  if (typeof cell === 'number') return { userEnteredValue: { numberValue: cell } };
  if (typeof cell === 'boolean') return { userEnteredValue: { boolValue: cell } };
  if (cell instanceof Date) {
    const day = toDayNumber(ymdToIso(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate()));
    return { userEnteredValue: { numberValue: dayNumberToSerial(day) } };
  }
  return { userEnteredValue: { stringValue: cell } };
}
