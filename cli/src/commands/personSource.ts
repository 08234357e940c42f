import type { Config, IsoDate, SheetGrid } from '@crm/shared';
import { type Command, Option } from 'commander';
import { openWorkbookFile, type WorkbookFile, workbookModel } from '../files/openWorkbookFile.ts';
import { sheetsWithNotes } from '../files/xlsxNotes.ts';
import type { GoogleSpreadsheet } from '../google/googleSpreadsheet.ts';
import { openGoogleBook } from '../google/openGoogleBook.ts';
import { spreadsheetIdOf } from '../jobs/runGoogleJob.ts';
import { CliError } from '../support/CliError.ts';
import { type ConfigOptions, loadConfig } from '../support/loadConfig.ts';
import { resolveToday, todayIn } from '../support/today.ts';
import { t } from '../texts/currentTexts.ts';
import { pt } from '../texts/personTexts.ts';

export interface PersonSourceOptions extends ConfigOptions {
  in?: string;
  spreadsheet?: string;
  today?: string;
}

/** The options every person command takes: where the workbook is, settings, language. */
export function withSource(command: Command): Command {
  const help = pt().command;
  return command
    .option('--in <file>', help.in)
    .option('--spreadsheet <id|url>', help.spreadsheet)
    .option('--today <YYYY-MM-DD>', t().options.today)
    .addOption(new Option('--lang <language>', t().options.lang).choices(['zh', 'en']))
    .option('--config <file>', t().options.config)
    .option('--region <code>', t().options.region)
    .showHelpAfterError(t().errors.helpAfterError);
}

/** The workbook a person command runs on, read whole: every sheet. */
export interface PersonSource {
  config: Config;
  today: IsoDate;
  grids: SheetGrid[];
  file: WorkbookFile | null;
  book: GoogleSpreadsheet | null;
}

export async function openSource(options: PersonSourceOptions): Promise<PersonSource> {
  const config = await loadConfig(options);
  const chosenToday = options.today === undefined ? undefined : resolveToday(options.today);
  if (options.spreadsheet !== undefined) {
    const book = await openGoogleBook(spreadsheetIdOf(options.spreadsheet));
    const grids = await book.readSheetsWithAsides(book.sheetNames());
    // The day the spreadsheet's users see, as the add-on takes it.
    return { config, today: chosenToday ?? todayIn(book.timeZone), grids, file: null, book };
  }
  if (options.in === undefined) throw new CliError(pt().needSource);
  const file = await openWorkbookFile(options.in);
  // Person commands change the workbook through exceljs (erase, remove sheets): load it now.
  const workbook = await workbookModel(file);
  const grids = workbook === null ? file.sheets : sheetsWithNotes(file.sheets, workbook);
  return { config, today: chosenToday ?? resolveToday(undefined), grids, file, book: null };
}
