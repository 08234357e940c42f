import { dirname, join } from 'node:path';
import {
  appendToLogGrid,
  applyErasure,
  type Cell,
  type ErasurePlan,
  type LogAppend,
  type SheetGrid,
} from '@crm/shared';
import { openWorkbookFile, type WorkbookFile, workbookModel } from './openWorkbookFile.ts';
import { writeBytes, writeGridFile } from './writeTableFile.ts';
import { deleteRowsKeepingNotes, setCellNote } from './xlsxNotes.ts';

/**
 * Writes a workbook with a person erased (see planErasure) and the request logged. An .xlsx is
 * changed in the workbook itself, so every other cell, format, note and sheet stays as it was:
 * the planned cells and notes are set, the planned rows deleted (rows below move up with their
 * notes), the planned copies of the person's data removed, and the entry appended to the log
 * sheet, which is created when missing. A .csv is one sheet; its log goes to a file of
 * its own (`logPath`), appended to when it exists. Both are written atomically.
 */
export async function writeErasedWorkbook(
  file: WorkbookFile,
  plan: ErasurePlan,
  log: LogAppend,
  outPath: string,
  logPath?: string,
): Promise<string> {
  const model = await workbookModel(file);
  if (file.format === 'csv' || model === null || /\.csv$/i.test(outPath)) {
    const [grid] = applyErasure(file.sheets, plan);
    await writeGridFile(outPath, grid?.rows ?? [], { isToolkitCell: () => false, headerRow: 0 });
    const target = logPath ?? join(dirname(outPath), `${log.sheet}.csv`);
    let existing: SheetGrid | undefined;
    try {
      existing = (await openWorkbookFile(target)).sheets[0];
    } catch {
      existing = undefined;
    }
    const appended = appendToLogGrid(existing, existing ? { ...log, header: null } : log);
    await writeGridFile(target, appended.rows, { sheetName: log.sheet });
    return target;
  }
  const workbook = model;
  for (const sheet of plan.sheets) {
    const worksheet = workbook.getWorksheet(sheet.sheet);
    if (!worksheet) continue;
    // Setting a value replaces a formula: one that named the person becomes the text it showed.
    for (const edit of sheet.edits) {
      worksheet.getRow(edit.row).getCell(edit.column + 1).value = edit.value as
        | Exclude<Cell, boolean>
        | boolean;
    }
    for (const edit of sheet.notes)
      setCellNote(worksheet.getRow(edit.row).getCell(edit.column + 1), edit.note);
    deleteRowsKeepingNotes(worksheet, sheet.deleteRows);
  }
  for (const name of plan.deleteSheets) {
    const worksheet = workbook.getWorksheet(name);
    if (worksheet) workbook.removeWorksheet(worksheet.id);
  }
  let logSheet = workbook.getWorksheet(log.sheet);
  if (!logSheet) {
    logSheet = workbook.addWorksheet(log.sheet);
    if (log.header) {
      logSheet.addRow(log.header).font = { bold: true };
      logSheet.views = [{ state: 'frozen', ySplit: 1 }];
      log.header.forEach((_, i) => {
        (logSheet as NonNullable<typeof logSheet>).getColumn(i + 1).width = i === 3 ? 68 : 14;
      });
    }
  }
  logSheet.addRow(log.row);
  const buffer = await workbook.xlsx.writeBuffer();
  await writeBytes(outPath, new Uint8Array(buffer));
  return log.sheet;
}

/** Sheets as an .xlsx file, each with its rows from A1 (row 1 bold and frozen). */
export async function writeSheetsFile(path: string, sheets: readonly SheetGrid[]): Promise<void> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(
      safeSheetName(
        sheet.name,
        workbook.worksheets.map((w) => w.name),
      ),
      {
        views: [{ state: 'frozen', ySplit: 1 }],
      },
    );
    for (const row of sheet.rows) worksheet.addRow(row.map((cell) => cell ?? null));
    worksheet.getRow(1).font = { bold: true };
  }
  const buffer = await workbook.xlsx.writeBuffer();
  await writeBytes(path, new Uint8Array(buffer));
}

/** A worksheet name Excel accepts: at most 31 characters, none of : \ / ? * [ ], unique. */
function safeSheetName(name: string, taken: readonly string[]): string {
  const base = name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 28) || 'Sheet';
  let candidate = base;
  for (let n = 2; taken.includes(candidate); n++) candidate = `${base} ${n}`;
  return candidate;
}
