/**
 * The Google Sheets adapter of the job layer, through the googleapis Sheets v4 client: it reads
 * sheets as grids (one batchGet for the probes, one for the tables) and applies a job's output
 * (managed columns, or a whole sheet). Every call is retried with backoff on 429/5xx and on a
 * dropped connection, so every write is one that may be sent twice: values are written to fixed
 * ranges, sizes are set rather than added to, and a structural batchUpdate whose answer was lost
 * is looked up (by sheet name and id) before it is sent again.
 */
import {
  a1Range,
  blocksOverlap,
  type Cell,
  type CellBlock,
  type CellNote,
  columnLetter,
  contiguousColumnRuns,
  dayNumberToSerial,
  type FormulaCell,
  fillMergedCells,
  firstHeaderChange,
  HEADER_SEARCH_ROWS,
  headerTexts,
  type ManagedColumnsWrite,
  managedBlock,
  movedRows,
  type OutputSheet,
  quotedSheetTitle,
  type RowKeys,
  type SheetGrid,
  toDayNumber,
} from '@crm/shared';
import type { sheets_v4 } from '@googleapis/sheets';
import type { OAuth2Client } from 'google-auth-library';
import { layoutRequests } from './layoutRequests.ts';
import { jsonBytes, writeParts } from './payloadParts.ts';
import {
  HeaderChangedError,
  ManagedFormulaError,
  PartlyWrittenError,
  RowsMovedError,
  SheetNameTakenError,
} from './RowsMovedError.ts';
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
  /** SheetProperties.hidden (Hide sheet): the customer table is looked for on visible sheets first. */
  hidden: boolean;
  /** Sheet.merges, 1-based. */
  merges: CellBlock[];
}

/**
 * What spreadsheets.get asks of each sheet: its properties and its merged ranges, which values.get
 * does not give (a merge's value is read in its top-left cell only, the other cells as empty).
 */
const SHEET_FIELDS = 'sheets(properties(sheetId,title,gridProperties,hidden),merges)';

/** Suffix of the sheet an output is written into before it replaces the old one. */
const PENDING_SUFFIX = ' (crm pending)';

export class GoogleSpreadsheet {
  private constructor(
    readonly api: sheets_v4.Sheets,
    readonly spreadsheetId: string,
    readonly locale: string,
    /** The spreadsheet's time zone (File > Settings), in which its users see today's date. */
    readonly timeZone: string | undefined,
    private sheets: SheetMeta[],
    private readonly backoff: BackoffOptions,
  ) {}

  /** The titles of the spreadsheet's sheets, as last read. */
  get sheetTitles(): string[] {
    return this.sheets.map((sheet) => sheet.title);
  }

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
          fields: `properties(title,locale,timeZone),${SHEET_FIELDS}`,
        }),
      backoff,
    );
    return new GoogleSpreadsheet(
      api,
      spreadsheetId,
      data.properties?.locale ?? 'en_US',
      data.properties?.timeZone ?? undefined,
      sheetMetas(data),
      backoff,
    );
  }

  sheetNames(): string[] {
    return this.sheets.map((s) => s.title);
  }

  /** The first rows of every sheet, in one call: enough to locate the tables. Hidden sheets say so. */
  async probeSheets(rows = HEADER_SEARCH_ROWS): Promise<SheetGrid[]> {
    const names = this.sheetNames().filter((name) => !name.endsWith(PENDING_SUFFIX));
    const grids = await this.readRanges(
      names,
      names.map((name) => a1Range(name, `1:${rows}`)),
    );
    return grids.map((grid) => (this.meta(grid.name).hidden ? { ...grid, hidden: true } : grid));
  }

  /**
   * Whole sheets as grids from A1, in one call, with their merged ranges (read with the sheets'
   * properties): the core shows a merge's value in each of the table's merged cells.
   */
  async readSheets(names: readonly string[]): Promise<SheetGrid[]> {
    const grids = await this.readRanges(names, names.map(quotedSheetTitle));
    return grids.map((grid) => {
      const merges = this.sheets.find((s) => s.title === grid.name)?.merges ?? [];
      return merges.length > 0 ? { ...grid, merges } : grid;
    });
  }

  /**
   * Whole sheets as grids from A1 with their formulas, notes and merged ranges (two calls for all of them):
   * values.get gives =HYPERLINK("mailto:…","发邮件") as 发邮件 and never gives a note, so a
   * person's email or phone in either comes from the cells' grid data (CellData.userEnteredValue
   * .formulaValue and CellData.note, asked for by the fields mask).
   */
  async readSheetsWithAsides(names: readonly string[]): Promise<SheetGrid[]> {
    const grids = await this.readRanges(names, names.map(quotedSheetTitle));
    if (names.length === 0) return grids;
    const { data } = await this.call(() =>
      this.api.spreadsheets.get({
        spreadsheetId: this.spreadsheetId,
        ranges: names.map(quotedSheetTitle),
        fields: 'sheets(properties(title),data(startRow,startColumn,rowData(values(note,userEnteredValue))))',
      }),
    );
    const asides = new Map(
      (data.sheets ?? []).map((sheet) => [sheet.properties?.title ?? '', sheet.data ?? []]),
    );
    return grids.map((grid) => {
      const merges = this.sheets.find((s) => s.title === grid.name)?.merges ?? [];
      const withNotes = withAsides(grid, asides.get(grid.name) ?? []);
      return merges.length > 0 ? { ...withNotes, merges } : withNotes;
    });
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

  /** The merged ranges of a sheet that overlap a block (1-based), in A1 notation. */
  mergesOver(sheetName: string, block: CellBlock): string[] {
    return this.meta(sheetName)
      .merges.filter((m) => blocksOverlap(m, block))
      .map(blockA1);
  }

  /**
   * Writes the managed columns of the customer sheet: the header cells and one cell per sheet row
   * of the table for each column, keyed by row (see ManagedColumnsWrite), one values call for all
   * runs of adjacent columns, or for a large table one per part of its rows (WRITE_PAYLOAD_BYTES),
   * top to bottom. User columns are never written. With `keys` (the rows as the job read them),
   * the key columns are read again before each part and nothing more is written when a row no
   * longer holds the customer it held (RowsMovedError): someone sorted the sheet or inserted or
   * deleted rows meanwhile. The parts written before stay right, as a sort moves their values with
   * their rows; a failure after the first part is a PartlyWrittenError, which says which rows got
   * their columns. The Sheets API has no conditional write, so a change in the moment between a
   * read and its part's write still goes unseen.
   */
  async writeManagedColumns(
    sheetName: string,
    write: ManagedColumnsWrite,
    keys?: RowKeys,
  ): Promise<{ mergedOver: string[] }> {
    if (keys !== undefined) await this.assertRowsUnmoved(sheetName, keys);
    await this.assertNoFormulasInManaged(sheetName, write, keys?.header?.texts ?? []);
    const meta = this.meta(sheetName);
    const widened = write.width > meta.columnCount;
    if (widened) {
      // The width is set, not added to: sent twice (an answer lost), it is still write.width.
      await this.batchUpdateOnce(
        [
          {
            updateSheetProperties: {
              properties: { sheetId: meta.sheetId, gridProperties: { columnCount: write.width } },
              fields: 'gridProperties.columnCount',
            },
          },
        ],
        (sheets) => (sheets.find((s) => s.sheetId === meta.sheetId)?.columnCount ?? 0) >= write.width,
      );
    }
    const block = managedBlock(write);
    const hidden = mergeHiddenCells(meta.merges);
    const mergedOver = this.mergesOver(sheetName, managedArea(write));
    // Per run of adjacent columns, its cells row by row (the header row first).
    const runs = contiguousColumnRuns(write.columns.map((c) => c.column)).map((run) => ({
      start: run.start,
      first: columnLetter(run.start),
      last: columnLetter(run.start + run.indexes.length - 1),
      rows: block.map((line, r) =>
        run.indexes.map((k, i) => {
          const column = write.columns[k];
          // null leaves the cell as it is (ValueRange: "Null values will be skipped"): a cell
          // hidden under a merge the user made keeps what it holds, unseen and unchanged.
          if (hidden(write.headerRow + r, run.start + i + 1)) return null;
          const cell = line[k] ?? '';
          return r > 0 && column?.kind === 'date' && typeof cell === 'string' && cell !== ''
            ? dayNumberToSerial(toDayNumber(cell))
            : toApiValue(cell);
        }),
      ),
    }));
    const rowBytes = block.map((_, r) => runs.reduce((bytes, run) => bytes + jsonBytes(run.rows[r]) + 1, 0));
    const parts = writeParts(rowBytes);
    // Sheet rows of the block written so far (0: none).
    let written = 0;
    // The parts after the first check the header as the first part left it: with the managed
    // columns' headers written.
    const keysAfter =
      keys?.header === undefined
        ? keys
        : { ...keys, header: { ...keys.header, texts: headerWritten(keys.header.texts, runs) } };
    try {
      for (const [from, to] of parts) {
        if (from > 0 && keysAfter !== undefined) await this.assertRowsUnmoved(sheetName, keysAfter);
        const top = write.headerRow + from;
        const bottom = write.headerRow + to - 1;
        await this.call(() =>
          this.api.spreadsheets.values.batchUpdate({
            spreadsheetId: this.spreadsheetId,
            requestBody: {
              valueInputOption: 'RAW',
              data: runs.map((run) => ({
                range: a1Range(sheetName, `${run.first}${top}:${run.last}${bottom}`),
                values: run.rows.slice(from, to),
              })),
            },
          }),
        );
        written = to;
      }
    } catch (error) {
      // The parts written are right and stay (taking them back would be one more write that can
      // fail); the error says which rows have their columns.
      if (written > 0)
        throw new PartlyWrittenError(
          sheetName,
          write.headerRow + 1,
          write.headerRow + written - 1,
          write.lastRow,
          error,
        );
      // Refused (a protected column, a full spreadsheet): the columns added for the write are
      // empty, and go again, so that the sheet is as it was.
      if (widened) await this.restoreWidth(meta.sheetId, meta.columnCount);
      throw error;
    }
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
    return { mergedOver };
  }

  /**
   * Refuses (ManagedFormulaError, nothing written) when a managed column that is written again
   * holds a formula below its header: values written over it would destroy it, as the add-on
   * refuses it. One values.batchGet with FORMULA for the columns the header already names.
   */
  private async assertNoFormulasInManaged(
    sheetName: string,
    write: ManagedColumnsWrite,
    /** The header row's texts as read: the columns it already names are written again. */
    header: readonly string[],
  ): Promise<void> {
    const reused = write.columns.filter((c) => c.column < header.length);
    if (reused.length === 0 || write.lastRow <= write.headerRow) return;
    const ranges = reused.map((c) => {
      const letter = columnLetter(c.column);
      return a1Range(sheetName, `${letter}${write.headerRow + 1}:${letter}${write.lastRow}`);
    });
    const { data } = await this.call(() =>
      this.api.spreadsheets.values.batchGet({
        spreadsheetId: this.spreadsheetId,
        ranges,
        majorDimension: 'COLUMNS',
        valueRenderOption: 'FORMULA',
      }),
    );
    reused.forEach((column, k) => {
      const cells = (data.valueRanges?.[k]?.values?.[0] ?? []) as Cell[];
      const r = cells.findIndex((cell) => typeof cell === 'string' && cell.startsWith('='));
      if (r >= 0)
        throw new ManagedFormulaError(
          sheetName,
          header[column.column] || column.header,
          `${columnLetter(column.column)}${write.headerRow + 1 + r}`,
        );
    });
  }

  /**
   * Reads the header row and the key columns again (one call) and throws HeaderChangedError when
   * a column's header is not the one read, RowsMovedError when any row changed hands.
   */
  private async assertRowsUnmoved(sheetName: string, keys: RowKeys): Promise<void> {
    const { header } = keys;
    if (keys.keys.length === 0 && header === undefined) return;
    // The table was read with its merges filled (fillMergedCells): a key cell under a merge is
    // compared as its merge's top-left value, read here too when it is in another column.
    const merges = this.meta(sheetName).merges.filter(
      (m) =>
        m.row >= keys.firstRow &&
        m.row <= keys.lastRow &&
        keys.columns.some((c) => c + 1 >= m.column && c + 1 < m.column + m.columns),
    );
    const read = [...new Set([...keys.columns, ...merges.map((m) => m.column - 1)])];
    const { data } = await this.call(() =>
      this.api.spreadsheets.values.batchGet({
        spreadsheetId: this.spreadsheetId,
        ranges: [
          ...read.map((column) => {
            const letter = columnLetter(column);
            return a1Range(sheetName, `${letter}${keys.firstRow}:${letter}${keys.lastRow}`);
          }),
          ...(header === undefined ? [] : [a1Range(sheetName, `${header.row}:${header.row}`)]),
        ],
        majorDimension: 'COLUMNS',
        // As the table was read (readRanges), so that equal cells compare equal.
        valueRenderOption: 'UNFORMATTED_VALUE',
        dateTimeRenderOption: 'SERIAL_NUMBER',
      }),
    );
    if (header !== undefined) {
      // Read by columns as the key cells are: one array of one cell per column.
      const cells = (data.valueRanges?.[read.length]?.values ?? []) as Cell[][];
      const now = headerTexts(cells.map((column) => column[0] ?? null));
      const changed = firstHeaderChange(header.texts, now);
      if (changed !== null)
        throw new HeaderChangedError(sheetName, columnLetter(changed.column), changed.was, changed.now);
    }
    const rows: Cell[][] = Array.from({ length: keys.lastRow }, () => []);
    read.forEach((column, k) => {
      const cells = (data.valueRanges?.[k]?.values?.[0] ?? []) as Cell[];
      cells.forEach((cell, i) => {
        (rows[keys.firstRow - 1 + i] as Cell[])[column] = cell;
      });
    });
    const filled = merges.length > 0 ? fillMergedCells(rows, merges, keys.firstRow - 1) : rows;
    const current = keys.keys.map((_, i) =>
      keys.columns.map((column) => filled[keys.firstRow - 1 + i]?.[column] ?? null),
    );
    const moved = movedRows(keys, current);
    if (moved.length > 0) throw new RowsMovedError(sheetName, moved);
  }

  /**
   * Writes a whole output sheet, all or nothing. The new content is filled into a pending sheet
   * first; only then are the old copies deleted and the pending sheet renamed, in one batchUpdate
   * (which Google applies whole or not at all), so a failure halfway leaves the previous sheet
   * whole, with whatever the user wrote in it, and the pending sheet is removed again. A pending
   * sheet left by a run that was killed is replaced.
   */
  async writeSheet(sheet: OutputSheet): Promise<void> {
    const { layout } = sheet;
    // Google keeps sheet names unique regardless of letter case, while a range names a sheet
    // exactly: a sheet of the user's named like this one in other case would refuse the rename
    // at the end, and is not this job's to replace.
    const wanted = sheet.name.toLowerCase();
    const taken = this.sheets.find(
      (s) => s.title !== sheet.name && !sheet.replaces.includes(s.title) && s.title.toLowerCase() === wanted,
    );
    if (taken) throw new SheetNameTakenError(taken.title, sheet.name);
    const pending = `${sheet.name}${PENDING_SUFFIX}`;
    const width = Math.max(1, ...layout.rows.map((r) => r.length));
    const stale = this.sheets.find((s) => s.title === pending);
    // Looked up by name after a lost answer: a pending sheet other than the stale one is ours.
    await this.batchUpdateOnce(
      [
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
      ],
      (sheets) => sheets.some((s) => s.title === pending && s.sheetId !== stale?.sheetId),
    );
    const sheetId = this.meta(pending).sheetId;
    try {
      // A large sheet goes in parts of its rows (WRITE_PAYLOAD_BYTES); it is still whole or
      // nothing, as the pending sheet is only renamed once every part is in.
      const values = layout.rows.map((row) => row.map(toApiValue));
      for (const [from, to] of writeParts(values.map((row) => jsonBytes(row) + 1))) {
        await this.call(() =>
          this.api.spreadsheets.values.update({
            spreadsheetId: this.spreadsheetId,
            range: a1Range(pending, `A${from + 1}`),
            valueInputOption: 'RAW',
            requestBody: { values: values.slice(from, to) },
          }),
        );
      }
      const formatting = layoutRequests(sheetId, layout);
      const replaced = this.sheets.filter((s) => s.title === sheet.name || sheet.replaces.includes(s.title));
      await this.batchUpdateOnce(
        [
          ...formatting,
          ...replaced.map((s) => ({ deleteSheet: { sheetId: s.sheetId } })),
          { updateSheetProperties: { properties: { sheetId, title: sheet.name }, fields: 'title' } },
        ],
        (sheets) => sheets.some((s) => s.sheetId === sheetId && s.title === sheet.name),
      );
    } catch (error) {
      await this.removeQuietly(sheetId);
      throw error;
    }
  }

  /** Sets a sheet's width back to `columns` after a failed write, once, ignoring any failure. */
  private async restoreWidth(sheetId: number, columns: number): Promise<void> {
    try {
      await this.api.spreadsheets.batchUpdate({
        spreadsheetId: this.spreadsheetId,
        requestBody: {
          requests: [
            {
              updateSheetProperties: {
                properties: { sheetId, gridProperties: { columnCount: columns } },
                fields: 'gridProperties.columnCount',
              },
            },
          ],
        },
      });
      await this.refresh();
    } catch {
      // The added columns are empty either way.
    }
  }

  /** Deletes a sheet this run created, once, ignoring any failure (it is replaced next run anyway). */
  private async removeQuietly(sheetId: number): Promise<void> {
    try {
      await this.api.spreadsheets.batchUpdate({
        spreadsheetId: this.spreadsheetId,
        requestBody: { requests: [{ deleteSheet: { sheetId } }] },
      });
      await this.refresh();
    } catch {
      // The previous sheet is whole either way; a pending sheet left here is replaced next run.
    }
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

  /**
   * A structural batchUpdate that may be retried without being applied twice. Google applies a
   * batchUpdate whole or not at all; when an attempt fails in a way that is retried (its answer
   * lost with the connection, a 5xx), the sheets are read again first, and `applied` says from
   * them whether the earlier attempt went through, in which case it is not sent again (a second
   * addSheet would fail, or leave an orphan sheet; a second deleteSheet would fail).
   */
  private async batchUpdateOnce(
    requests: sheets_v4.Schema$Request[],
    applied: (sheets: readonly SheetMeta[]) => boolean,
  ): Promise<void> {
    let attempts = 0;
    await this.call(async () => {
      if (attempts++ > 0) {
        await this.refresh();
        if (applied(this.sheets)) return;
      }
      await this.api.spreadsheets.batchUpdate({
        spreadsheetId: this.spreadsheetId,
        requestBody: { requests },
      });
    });
    await this.refresh();
  }

  /** Re-reads sheet ids and sizes after a structural change. */
  private async refresh(): Promise<void> {
    const { data } = await this.call(() =>
      this.api.spreadsheets.get({
        spreadsheetId: this.spreadsheetId,
        fields: SHEET_FIELDS,
      }),
    );
    this.sheets = sheetMetas(data);
  }
}

/**
 * A header row's texts (headerTexts) once the managed columns' header cells (each run's first
 * row, from column `start`) are written over them; a cell left as it is (null) keeps its text.
 */
function headerWritten(
  texts: readonly string[],
  runs: readonly { start: number; rows: readonly (readonly (Cell | null)[])[] }[],
): string[] {
  const cells: Cell[] = [...texts];
  for (const run of runs)
    (run.rows[0] ?? []).forEach((cell, i) => {
      if (cell !== null) cells[run.start + i] = cell;
    });
  return headerTexts(Array.from(cells, (cell) => cell ?? ''));
}

/** A grid with the formulas and notes of its grid data (0-based GridData offsets, 1-based rows). */
function withAsides(grid: SheetGrid, data: readonly sheets_v4.Schema$GridData[]): SheetGrid {
  const formulas = new Map<number, FormulaCell[]>();
  const notes = new Map<number, CellNote[]>();
  const add = <T>(rows: Map<number, T[]>, row: number, item: T) => {
    const list = rows.get(row);
    if (list) list.push(item);
    else rows.set(row, [item]);
  };
  for (const block of data) {
    (block.rowData ?? []).forEach((rowData, r) => {
      const row = (block.startRow ?? 0) + r + 1;
      (rowData.values ?? []).forEach((cell, c) => {
        const column = (block.startColumn ?? 0) + c;
        const formula = cell.userEnteredValue?.formulaValue;
        if (formula) add(formulas, row, { column, formula: formula.replace(/^=/, ''), cached: true });
        if (cell.note) add(notes, row, { column, text: cell.note });
      });
    });
  }
  return {
    ...grid,
    ...(formulas.size > 0 ? { formulas } : {}),
    ...(notes.size > 0 ? { notes } : {}),
  };
}

function sheetMetas(data: sheets_v4.Schema$Spreadsheet): SheetMeta[] {
  return (data.sheets ?? []).map((s) => ({
    sheetId: s.properties?.sheetId ?? 0,
    title: s.properties?.title ?? '',
    rowCount: s.properties?.gridProperties?.rowCount ?? 1000,
    columnCount: s.properties?.gridProperties?.columnCount ?? 26,
    hidden: s.properties?.hidden === true,
    merges: (s.merges ?? []).map(mergeBlock),
  }));
}

/** A GridRange of Sheet.merges (0-based, ends exclusive, a missing index being 0) as a 1-based block. */
function mergeBlock(range: sheets_v4.Schema$GridRange): CellBlock {
  const row = range.startRowIndex ?? 0;
  const column = range.startColumnIndex ?? 0;
  return {
    row: row + 1,
    column: column + 1,
    rows: (range.endRowIndex ?? row + 1) - row,
    columns: (range.endColumnIndex ?? column + 1) - column,
  };
}

/** The cells a managed-columns write covers: the header row down to the last row, every managed column. */
function managedArea(write: ManagedColumnsWrite): CellBlock {
  const columns = write.columns.map((c) => c.column + 1);
  const first = Math.min(...columns);
  return {
    row: write.headerRow,
    column: first,
    rows: write.lastRow - write.headerRow + 1,
    columns: Math.max(...columns) - first + 1,
  };
}

/** A block in A1 notation (D3:G3). */
function blockA1(block: CellBlock): string {
  const first = `${columnLetter(block.column - 1)}${block.row}`;
  return `${first}:${columnLetter(block.column + block.columns - 2)}${block.row + block.rows - 1}`;
}

/**
 * Whether a cell (1-based) lies under a merge but is not its top-left cell: Sheets shows only the
 * top-left cell's value there, so what is written into the others is never seen.
 */
function mergeHiddenCells(merges: readonly CellBlock[]): (row: number, column: number) => boolean {
  return (row, column) =>
    merges.some(
      (m) =>
        row >= m.row &&
        row < m.row + m.rows &&
        column >= m.column &&
        column < m.column + m.columns &&
        (row !== m.row || column !== m.column),
    );
}
