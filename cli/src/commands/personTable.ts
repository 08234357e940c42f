import { basename } from 'node:path';
import {
  type Cell,
  type CellEdit,
  type ConsentValues,
  expiredSheets,
  isIsoDate,
  LEGAL_BASES,
  type LegalBasis,
  locateTables,
  planConsentFill,
  privacyFindings,
  readCustomerTable,
  readJobTables,
  type SheetGrid,
} from '@crm/shared';
import { Command } from 'commander';
import { copyFileAtomic } from '../files/atomicWrite.ts';
import { describeFsError, tableFormatOf } from '../files/fileErrors.ts';
import { fileVersion } from '../files/fileVersion.ts';
import type { WorkbookFile } from '../files/openWorkbookFile.ts';
import { refuseOutputOverInput } from '../files/outputGuard.ts';
import { writeBytes, writeGridFile } from '../files/writeTableFile.ts';
import { cellData } from '../google/personErasure.ts';
import { runFileJob } from '../jobs/runFileJob.ts';
import { CliError } from '../support/CliError.ts';
import { say } from '../support/output.ts';
import { t } from '../texts/currentTexts.ts';
import { pt } from '../texts/personTexts.ts';
import { openSource, type PersonSource, type PersonSourceOptions, withSource } from './personSource.ts';

interface WriteOptions extends PersonSourceOptions {
  out?: string;
  inPlace?: boolean;
}

interface ConsentOptions extends WriteOptions {
  legalBasis?: string;
  purpose?: string;
  source?: string;
  informedOn?: string;
  sheet?: string;
}

/** `crm person consent`: the legal basis, purpose, source and date for every customer, in bulk. */
export function consentCommand(): Command {
  const help = pt().command;
  return withSource(new Command('consent').description(help.consent))
    .option('--sheet <name>', t().options.sheet)
    .option('--legal-basis <basis>', help.legalBasis)
    .option('--purpose <text>', help.purpose)
    .option('--source <text>', help.source)
    .option('--informed-on <YYYY-MM-DD>', help.informedOn)
    .option('--out <file>', help.out)
    .option('--in-place', help.inPlace)
    .action(async (options: ConsentOptions) => {
      await checkOutput(options);
      const source = await openSource(options);
      const values = consentValues(options, source.today);
      const location = locateTables(source.grids, {
        headerOverrides: source.config.headerOverrides,
        ...(options.sheet ? { chosen: { customers: options.sheet } } : {}),
      });
      const table = readJobTables(source.grids, location).customers;
      const rows = readCustomerTable(table.table, source.config, source.today).records.map((r) => r.row);
      const grid = source.grids.find((g) => g.name === table.sheet) as SheetGrid;
      const fill = planConsentFill(
        grid.rows,
        location.customers.headerRow,
        table.table.header,
        rows,
        values,
        source.config.language,
      );
      await applyEdits(source, options, table.sheet, fill.edits);
      say(
        pt().consentDone(
          fill.rowsFilled,
          fill.added.map((a) => a.header),
        ),
      );
    });
}

function consentValues(options: ConsentOptions, today: string): ConsentValues {
  const values: ConsentValues = {};
  if (options.legalBasis !== undefined) {
    if (!(LEGAL_BASES as readonly string[]).includes(options.legalBasis))
      throw new CliError(pt().badLegalBasis(options.legalBasis, [...LEGAL_BASES]));
    values.legalBasis = options.legalBasis as LegalBasis;
  }
  if (options.purpose?.trim()) values.purpose = options.purpose.trim();
  if (options.source?.trim()) values.source = options.source.trim();
  if (options.informedOn !== undefined) {
    if (!isIsoDate(options.informedOn.trim()))
      throw new CliError(t().errors.invalidDate('--informed-on', options.informedOn, '2026-03-05'));
    values.informedOn = options.informedOn.trim();
  }
  if (Object.keys(values).length === 0) throw new CliError(pt().consentNothing);
  // Told now, unless the user says when: a purpose or basis recorded today was given today.
  values.informedOn ??= today;
  return values;
}

interface RetentionOptions extends WriteOptions {
  deleteSheets?: boolean;
}

/** `crm person retention`: customers past the retention period, and expired backups and reports. */
export function retentionCommand(): Command {
  const help = pt().command;
  return withSource(new Command('retention').description(help.retention))
    .option('--delete-sheets', help.deleteSheets)
    .option('--out <file>', help.out)
    .option('--in-place', help.inPlace)
    .action(async (options: RetentionOptions) => {
      if (options.deleteSheets === true) await checkOutput(options);
      const source = await openSource(options);
      const months = source.config.privacy.retentionMonths;
      if (months === null) {
        say(pt().retentionOff);
        return;
      }
      if (source.file !== null && options.in !== undefined) {
        const job = await runFileJob('clean', { ...options, in: options.in, quiet: true }, { clv: false });
        const past = privacyFindings(
          job.output.analysis.customers,
          job.request.tables.customers.table.header,
          { ...source.config, privacy: { ...source.config.privacy, requireLegalBasis: false } },
          source.today,
        );
        say(pt().pastRetention(past.length, months));
        for (const f of past) {
          if (f.kind === 'past-retention') say(pt().pastRow(f.row, f.name ?? f.id ?? '', f.lastActivity));
        }
        if (past.length > 0) say(pt().eraseHint);
      }
      const expired = expiredSheets(
        source.grids.map((g) => g.name),
        source.today,
        months,
      );
      say(pt().expiredSheets(expired.length));
      for (const sheet of expired) say(pt().expiredSheet(sheet.sheet));
      if (options.deleteSheets !== true || expired.length === 0) return;
      await deleteSheets(
        source,
        options,
        expired.map((e) => e.sheet),
      );
    });
}

async function checkOutput(options: WriteOptions): Promise<void> {
  if (options.spreadsheet !== undefined) {
    if (options.inPlace === true || options.out !== undefined) throw new CliError(pt().googleNoInPlace);
    return;
  }
  if (options.inPlace === true && options.out !== undefined) throw new CliError(pt().inPlaceWithOut);
  if (options.inPlace !== true && options.out === undefined) throw new CliError(pt().needOut);
  if (options.inPlace === true && options.in !== undefined) tableFormatOf(options.in, 'write');
  if (options.out !== undefined && options.in !== undefined) {
    await refuseOutputOverInput(options.out, [{ option: '--in', path: options.in }], pt().inPlaceHint);
  }
}

/** Writes the file (to --out, or over itself after a .bak), or the Google Sheet where it is. */
async function writeFile(options: WriteOptions, file: WorkbookFile, change: (path: string) => Promise<void>) {
  if (options.inPlace === true) {
    const before = await fileVersion(file.path);
    const backup = `${file.path}.bak`;
    try {
      await copyFileAtomic(file.path, backup);
    } catch (error) {
      throw new CliError(t().files.because(t().files.cannotWrite(backup), describeFsError(error)));
    }
    if ((await fileVersion(file.path)) !== before) throw new CliError(t().errors.inputChanged(file.path));
    await change(file.path);
    say(t().summaries.wroteInPlace(file.path, backup));
    return;
  }
  await change(options.out as string);
  say(t().summaries.wrote(options.out as string));
}

async function applyEdits(source: PersonSource, options: WriteOptions, sheet: string, edits: CellEdit[]) {
  if (source.book !== null) {
    const book = source.book;
    const { data } = await book.api.spreadsheets.get({
      spreadsheetId: book.spreadsheetId,
      fields: 'sheets(properties(sheetId,title,gridProperties))',
    });
    const props = data.sheets?.find((s) => s.properties?.title === sheet)?.properties;
    const sheetId = props?.sheetId ?? 0;
    const width = Math.max(0, ...edits.map((e) => e.column + 1));
    const columns = props?.gridProperties?.columnCount ?? 26;
    await book.api.spreadsheets.batchUpdate({
      spreadsheetId: book.spreadsheetId,
      requestBody: {
        requests: [
          ...(width > columns
            ? [{ appendDimension: { sheetId, dimension: 'COLUMNS', length: width - columns } }]
            : []),
          ...edits.map((edit) => ({
            updateCells: {
              start: { sheetId, rowIndex: edit.row - 1, columnIndex: edit.column },
              rows: [{ values: [cellData(edit.value)] }],
              fields: 'userEnteredValue',
            },
          })),
        ],
      },
    });
    return;
  }
  const file = source.file as WorkbookFile;
  await writeFile(options, file, async (path) => {
    if (file.workbook && /\.xlsx$/i.test(path)) {
      const worksheet = file.workbook.getWorksheet(sheet);
      for (const edit of edits) {
        const cell = worksheet?.getRow(edit.row).getCell(edit.column + 1);
        if (cell) cell.value = edit.value as Exclude<Cell, null> | null;
      }
      await writeBytes(path, new Uint8Array(await file.workbook.xlsx.writeBuffer()));
      return;
    }
    const rows = (file.sheets.find((g) => g.name === sheet)?.rows ?? []).map((r) => [...r]);
    for (const edit of edits) {
      const row = rows[edit.row - 1] ?? [];
      rows[edit.row - 1] = row;
      row[edit.column] = edit.value;
    }
    await writeGridFile(path, rows, { isToolkitCell: () => false, headerRow: 0, sheetName: sheet });
  });
}

async function deleteSheets(source: PersonSource, options: WriteOptions, names: string[]) {
  if (source.book !== null) {
    const book = source.book;
    const { data } = await book.api.spreadsheets.get({
      spreadsheetId: book.spreadsheetId,
      fields: 'sheets(properties(sheetId,title))',
    });
    const ids = (data.sheets ?? []).filter((s) => names.includes(s.properties?.title ?? ''));
    await book.api.spreadsheets.batchUpdate({
      spreadsheetId: book.spreadsheetId,
      requestBody: { requests: ids.map((s) => ({ deleteSheet: { sheetId: s.properties?.sheetId ?? 0 } })) },
    });
    say(pt().deletedSheets(ids.length, book.spreadsheetId));
    return;
  }
  const file = source.file as WorkbookFile;
  if (!file.workbook) throw new CliError(pt().csvNoSheets);
  const workbook = file.workbook;
  await writeFile(options, file, async (path) => {
    for (const name of names) {
      const sheet = workbook.getWorksheet(name);
      if (sheet) workbook.removeWorksheet(sheet.id);
    }
    await writeBytes(path, new Uint8Array(await workbook.xlsx.writeBuffer()));
    say(pt().deletedSheets(names.length, basename(path)));
  });
}
