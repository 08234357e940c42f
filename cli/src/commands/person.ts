import { basename } from 'node:path';
import {
  type Config,
  ERASURE_MARKER,
  findPerson,
  type IsoDate,
  ORDER_ERASURE_MODES,
  type OrderErasureMode,
  type PersonFindings,
  type PersonKey,
  type PersonPlace,
  parsePersonKey,
  personalDataLogAppend,
  personKeyProblemText,
  planErasure,
  type SheetErasure,
  type SheetGrid,
} from '@crm/shared';
import { Command, Option } from 'commander';
import { copyFileAtomic } from '../files/atomicWrite.ts';
import { describeFsError, tableFormatOf } from '../files/fileErrors.ts';
import { fileVersion } from '../files/fileVersion.ts';
import type { WorkbookFile } from '../files/openWorkbookFile.ts';
import { refuseOutputOverInput } from '../files/outputGuard.ts';
import { writeErasedWorkbook, writeSheetsFile } from '../files/writeErasure.ts';
import { writeBytes } from '../files/writeTableFile.ts';
import { eraseInGoogleSheet } from '../google/personErasure.ts';
import { writeRefusal } from '../google/writeRefusal.ts';
import { CliError } from '../support/CliError.ts';
import { loadConfig } from '../support/loadConfig.ts';
import { printJson, say } from '../support/output.ts';
import { t } from '../texts/currentTexts.ts';
import { pt } from '../texts/personTexts.ts';
import { openSource, type PersonSource, type PersonSourceOptions, withSource } from './personSource.ts';
import { consentCommand, retentionCommand } from './personTable.ts';

interface PersonOptions extends PersonSourceOptions {
  match: string;
  out?: string;
  inPlace?: boolean;
  dryRun?: boolean;
  json?: boolean;
  allMatches?: boolean;
  eraseOrders?: OrderErasureMode;
  log?: string;
}

/** `crm person find|export|erase|consent|retention`: a person's requests, and the data kept about people. */
export function personCommand(): Command {
  const help = pt().command;
  return new Command('person')
    .description(help.description)
    .addCommand(
      withMatch(new Command('find').description(help.find)).option('--json', help.json).action(find),
    )
    .addCommand(
      withMatch(new Command('export').description(help.export))
        .option('--out <file>', help.export)
        .action(exportPerson),
    )
    .addCommand(
      withMatch(new Command('erase').description(help.erase))
        .option('--out <file>', help.out)
        .option('--in-place', help.inPlace)
        .option('--dry-run', help.dryRun)
        .option('--json', help.json)
        .option('--all-matches', help.allMatches)
        .addOption(new Option('--erase-orders <mode>', help.eraseOrders).choices([...ORDER_ERASURE_MODES]))
        .option('--log <file>', help.log)
        .action(erase),
    )
    .addCommand(consentCommand())
    .addCommand(retentionCommand());
}

function withMatch(command: Command): Command {
  return withSource(command).requiredOption('--match <key>', pt().command.match);
}

function keyOf(text: string, config: Config): PersonKey {
  const parsed = parsePersonKey(text, config.defaultRegion);
  if (!parsed.ok) throw new CliError(personKeyProblemText(parsed.problem, config.language));
  return parsed.key;
}

function findIn(source: PersonSource, match: string): PersonFindings {
  return findPerson(source.grids, keyOf(match, source.config), {
    headerOverrides: source.config.headerOverrides,
    region: source.config.defaultRegion,
  });
}

async function find(options: PersonOptions): Promise<void> {
  const source = await openSource(options);
  const found = findIn(source, options.match);
  if (options.json === true) {
    printJson({ places: found.places });
    return;
  }
  if (found.places.length === 0) {
    say(pt().nobody);
    return;
  }
  say(pt().found(found.places.length, new Set(found.places.map((p) => p.sheet)).size));
  for (const p of found.places) say(pt().place(p.sheet, p.row, placeColumn(p), p.value));
}

/** A place's column, saying when the data is in the cell's formula or note rather than its value. */
function placeColumn(place: PersonPlace): string {
  if (place.part === 'formula') return pt().inFormula(place.column);
  if (place.part === 'note') return pt().inNote(place.column);
  return place.column;
}

/** The cells an erasure changes in a sheet, a cell whose value and note both change counted once. */
function changedCells(sheet: SheetErasure): number {
  return new Set([...sheet.edits, ...sheet.notes].map((e) => `${e.row}:${e.column}`)).size;
}

/** The person's rows with their headers, sheet by sheet, and every place: the copy they may ask for. */
async function exportPerson(options: PersonOptions): Promise<void> {
  const source = await openSource(options);
  const found = findIn(source, options.match);
  const sheets = exportSheets(found);
  const rows = found.rows.length;
  if (options.out === undefined) {
    printJson(exportJson(found, source.today));
    return;
  }
  if (source.file) await refuseOutputOverInput(options.out, [{ option: '--in', path: options.in }]);
  if (/\.json$/i.test(options.out)) {
    await writeBytes(options.out, `${JSON.stringify(exportJson(found, source.today), jsonCell, 2)}\n`);
  } else if (/\.xlsx$/i.test(options.out)) {
    await writeSheetsFile(options.out, sheets);
  } else {
    throw new CliError(pt().exportFormat(options.out));
  }
  say(pt().exported(rows, options.out));
}

function exportSheets(found: PersonFindings): SheetGrid[] {
  const sheets: SheetGrid[] = [];
  for (const sheet of found.sheets) {
    const rows = found.rows.filter((r) => r.sheet === sheet.grid.name);
    if (rows.length === 0) continue;
    sheets.push({ name: sheet.grid.name, rows: [[...sheet.header], ...rows.map((r) => r.cells)] });
  }
  sheets.push({
    name: pt().placesSheet,
    rows: [[...pt().placesHeader], ...found.places.map((p) => [p.sheet, p.row, placeColumn(p), p.value])],
  });
  return sheets;
}

function exportJson(found: PersonFindings, today: IsoDate) {
  const headers = new Map(found.sheets.map((s) => [s.grid.name, s.header]));
  return {
    exported: today,
    rows: found.rows.map((r) => ({
      sheet: r.sheet,
      row: r.row,
      kind: r.role,
      cells: Object.fromEntries(
        r.cells.flatMap((cell, i) => {
          const header = headers.get(r.sheet)?.[i] || `#${i + 1}`;
          return cell === null || cell === '' ? [] : [[header, cell]];
        }),
      ),
    })),
    places: found.places,
  };
}

/** Dates as their calendar day in JSON (exceljs reads them as UTC midnights). */
function jsonCell(_key: string, value: unknown): unknown {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/.test(value)
    ? value.slice(0, 10)
    : value;
}

async function erase(options: PersonOptions): Promise<void> {
  const config = await loadConfig(options);
  const inPlace = options.inPlace === true;
  if (options.spreadsheet !== undefined && (inPlace || options.out !== undefined))
    throw new CliError(pt().googleNoInPlace);
  if (inPlace && options.out !== undefined) throw new CliError(pt().inPlaceWithOut);
  if (options.spreadsheet === undefined && !inPlace && options.out === undefined && options.dryRun !== true)
    throw new CliError(pt().needOut);
  if (options.out !== undefined && options.in !== undefined) {
    await refuseOutputOverInput(
      options.out,
      [
        { option: '--in', path: options.in },
        { option: '--config', path: options.config },
      ],
      pt().inPlaceHint,
    );
  }
  if (inPlace && options.in !== undefined) tableFormatOf(options.in, 'write');
  const before = inPlace && options.in !== undefined ? await fileVersion(options.in) : null;
  const source = await openSource(options);
  const found = findIn(source, options.match);
  const json = options.json === true;
  if (found.names.length > 1 && options.allMatches !== true) throw new CliError(pt().several(found.names));
  const plan = planErasure(found, {
    orders: options.eraseOrders ?? config.privacy.eraseOrders,
    marker: ERASURE_MARKER[config.language],
  });
  const c = plan.counts;
  if (json)
    printJson({ places: found.places, plan: plan.sheets, counts: c, dryRun: options.dryRun === true });
  if (found.places.length === 0) {
    say(pt().nobody, json);
    return;
  }
  say(pt().plan(c.rowsDeleted, c.cellsCleared, c.cellsRedacted, c.sheets), json);
  for (const sheet of plan.sheets)
    say(pt().planSheet(sheet.sheet, sheet.deleteRows, changedCells(sheet)), json);
  for (const sheet of plan.deleteSheets) say(pt().planSheetDeleted(sheet), json);
  if (options.dryRun === true) {
    say(pt().dryRun, json);
    return;
  }
  const log = personalDataLogAppend(
    source.grids,
    {
      date: source.today,
      request: 'erase',
      key: found.key,
      secret: config.privacy.logSecret,
      places: c.places,
      rowsDeleted: c.rowsDeleted,
      cellsChanged: c.cellsCleared + c.cellsRedacted,
      sheets: c.sheets,
    },
    config.language,
  );
  if (source.book !== null) {
    const book = source.book;
    const left = await eraseInGoogleSheet(book, found.key, config, plan, log).catch((error: unknown) => {
      throw writeRefusal(error, book.spreadsheetId, []) ?? error;
    });
    say(pt().erasedGoogle(log.sheet), json);
    if (left > 0) say(pt().stillThere(left), json);
    return;
  }
  const file = source.file as WorkbookFile;
  if (inPlace) {
    if (before === null || (await fileVersion(file.path)) !== before)
      throw new CliError(t().errors.inputChanged(file.path));
    const backup = `${file.path}.bak`;
    try {
      await copyFileAtomic(file.path, backup);
    } catch (error) {
      throw new CliError(t().files.because(t().files.cannotWrite(backup), describeFsError(error)));
    }
    const logWhere = await writeErasedWorkbook(file, plan, log, file.path, options.log);
    say(pt().erasedInPlace(file.path, backup, basename(logWhere)), json);
    return;
  }
  const out = options.out as string;
  const logWhere = await writeErasedWorkbook(file, plan, log, out, options.log);
  say(pt().erased(out, basename(logWhere)), json);
}
