import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { CliError } from '../support/CliError.ts';
import { t } from '../texts/currentTexts.ts';

/** The formats the CLI reads and writes. */
export type TableFormat = 'csv' | 'xlsx';

/** The format of a table file from its extension, or a CliError naming what is supported. */
export function tableFormatOf(path: string, verb: 'read' | 'write'): TableFormat {
  const ext = extname(path).toLowerCase();
  if (ext === '.csv' || ext === '.tsv' || ext === '.txt') return 'csv';
  if (ext === '.xlsx') return 'xlsx';
  const cannot = verb === 'read' ? t().files.cannotRead(path) : t().files.cannotWrite(path);
  if (ext === '.xls' || ext === '.et' || ext === '.numbers' || ext === '.ods') {
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
