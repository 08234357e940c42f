import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { CliError } from '../support/CliError.ts';
import { t } from '../texts/currentTexts.ts';
import { type FileContent, sniffFileContent } from './fileSignature.ts';

/**
 * The formats the CLI reads: it writes .csv and .xlsx; a web page's tables (html) and Excel
 * 2003's XML Spreadsheet (spreadsheetml), exported under an .xls name by many systems, are read.
 */
export type TableFormat = 'csv' | 'xlsx' | 'html' | 'spreadsheetml';

/** Names Excel and WPS open whatever their content: what they hold is read off their first bytes. */
const SNIFFED_EXTENSIONS = new Set(['.xls', '.et', '.xml', '.htm', '.html']);

/**
 * The format of a table file: from its extension, or, for a file that systems export under a
 * spreadsheet name (.xls, .et, .xml, .htm), from its first bytes when it is read. A CliError
 * names what is supported.
 */
export function tableFormatOf(path: string, verb: 'read' | 'write'): TableFormat {
  const ext = extname(path).toLowerCase();
  if (ext === '.csv' || ext === '.tsv' || ext === '.txt') return 'csv';
  if (ext === '.xlsx') return 'xlsx';
  const cannot = verb === 'read' ? t().files.cannotRead(path) : t().files.cannotWrite(path);
  if (verb === 'read' && SNIFFED_EXTENSIONS.has(ext)) {
    let content: FileContent;
    try {
      content = sniffFileContent(path);
    } catch (error) {
      throw new CliError(t().files.because(cannot, describeFsError(error)));
    }
    if (content === 'zip') return 'xlsx';
    if (content === 'html') return 'html';
    if (content === 'spreadsheetml') return 'spreadsheetml';
    if (content === 'text' && ext !== '.xml' && ext !== '.htm' && ext !== '.html') return 'csv';
    if (content === 'compound') throw new CliError(t().files.because(cannot, t().files.binaryXls(ext)));
    throw new CliError(t().files.because(cannot, t().files.unsupportedType(ext)));
  }
  if (ext === '.xls' || ext === '.et')
    throw new CliError(t().files.because(cannot, t().files.writesOnly(ext)));
  if (ext === '.numbers' || ext === '.ods') {
    throw new CliError(t().files.because(cannot, t().files.oldFormat(ext)));
  }
  throw new CliError(t().files.because(cannot, t().files.unsupportedType(ext)));
}

/** The bytes of a file, or a CliError that says why not (`no such file`, `is a directory`, …). */
export async function readBytes(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    throw new CliError(t().files.because(t().files.cannotRead(path), describeFsError(error)));
  }
}

/** Why a file operation failed, in the user's language. */
export function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const texts = t().files.reasons;
  if (code === 'ENOENT') return texts.noSuchFile;
  if (code === 'EISDIR') return texts.isDirectory;
  if (code === 'EACCES' || code === 'EPERM') return texts.permissionDenied;
  if (code === 'ENOTDIR') return texts.parentNotDirectory;
  if (code === 'ENOSPC') return texts.diskFull;
  return error instanceof Error ? error.message : String(error);
}
