import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { CliError } from '../support/CliError.ts';

/** The formats the CLI reads and writes. */
export type TableFormat = 'csv' | 'xlsx';

/** The format of a table file from its extension, or a CliError naming what is supported. */
export function tableFormatOf(path: string, verb: 'read' | 'write'): TableFormat {
  const ext = extname(path).toLowerCase();
  if (ext === '.csv' || ext === '.tsv' || ext === '.txt') return 'csv';
  if (ext === '.xlsx') return 'xlsx';
  if (ext === '.xls' || ext === '.et' || ext === '.numbers' || ext === '.ods') {
    throw new CliError(`cannot ${verb} ${path}: ${ext} files are not supported; save it as .xlsx or .csv`);
  }
  throw new CliError(
    `cannot ${verb} ${path}: unsupported file type "${ext || '(none)'}" (expected .csv or .xlsx)`,
  );
}

/** The bytes of a file, or a CliError that says why not (`no such file`, `is a directory`, …). */
export async function readBytes(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    throw new CliError(`cannot read ${path}: ${describeFsError(error)}`);
  }
}

export function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOTDIR') return 'a parent of it is not a directory';
  return error instanceof Error ? error.message : String(error);
}
