import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { CliError } from '../support/CliError.ts';
import { t } from '../texts/currentTexts.ts';

/** A file a command reads, with the option that named it (for the message). */
export interface NamedInput {
  option: string;
  path: string | undefined;
}

interface FileIdentity {
  /** The path with every symbolic link resolved. */
  real: string;
  /** Device and inode of an existing file: the same file under another name (a hard link). */
  inode: string | null;
}

/**
 * Refuses an output path that is one of the inputs: the same path, the same file through a
 * symbolic link or `..`, or another hard link to it. Writing there would replace what the user
 * keeps with what the command made of it. `hint` is added to the message (e.g. how to write in
 * place on purpose).
 */
export async function refuseOutputOverInput(
  out: string,
  inputs: readonly NamedInput[],
  hint?: string,
): Promise<void> {
  const target = await identify(out);
  for (const input of inputs) {
    if (input.path === undefined) continue;
    const source = await identify(input.path);
    const same = source.real === target.real || (source.inode !== null && source.inode === target.inode);
    if (same) {
      const message = t().errors.outIsInput(out, input.option, input.path);
      throw new CliError(hint === undefined ? message : `${message}\n${hint}`);
    }
  }
}

async function identify(path: string): Promise<FileIdentity> {
  try {
    const [real, info] = await Promise.all([realpath(path), stat(path)]);
    return { real, inode: `${info.dev}:${info.ino}` };
  } catch {
    // Not there yet: its folder may still be a link to an input's folder.
    let folder: string;
    try {
      folder = await realpath(dirname(path));
    } catch {
      folder = resolve(dirname(path));
    }
    return { real: join(folder, basename(path)), inode: null };
  }
}
