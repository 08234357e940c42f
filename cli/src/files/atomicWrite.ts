// Every file the CLI writes goes through here, so that a crash, a kill or a full disk leaves
// either the previous file or the new one, never a truncated mix. The recipe is the one POSIX
// rename(2) guarantees: write a temporary file in the same folder (same file system), fsync it,
// rename it over the target (atomic), then fsync the folder so the rename itself survives a
// power cut. https://pubs.opengroup.org/onlinepubs/9799919799/functions/rename.html
import { randomBytes } from 'node:crypto';
import { copyFile, mkdir, open, realpath, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface AtomicWriteOptions {
  /**
   * Permission bits the new file is created with (before umask), from its first byte on.
   * Default: those of the file it replaces, else 0o666.
   */
  mode?: number;
  /** Permission bits for folders created on the way (before umask); default 0o777. */
  directoryMode?: number;
}

/**
 * Writes `bytes` to `path` atomically (see the top of this file). A symbolic link at `path` is
 * followed, so the file it points to is replaced and the link stays.
 */
export async function writeFileAtomic(
  path: string,
  bytes: Uint8Array | string,
  options: AtomicWriteOptions = {},
): Promise<void> {
  await withAtomicFile(
    path,
    async (temp) => {
      await temp.writeFile(bytes);
    },
    options,
  );
}

/** A temporary file opened for writing; `path` is where it lives until it is renamed. */
export interface TemporaryFile {
  readonly path: string;
  writeFile(bytes: Uint8Array | string): Promise<void>;
}

/**
 * Lets `fill` write the new content of `path` into a temporary file beside it (through the
 * handle, or by path for writers that open files themselves), then makes it the file at `path`
 * atomically. When `fill` throws, the temporary file is removed and `path` is untouched.
 */
export async function withAtomicFile(
  path: string,
  fill: (temp: TemporaryFile) => Promise<void>,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const target = await resolveTarget(path);
  await refuseReadOnly(target);
  const folder = dirname(target);
  await mkdir(folder, {
    recursive: true,
    ...(options.directoryMode === undefined ? {} : { mode: options.directoryMode }),
  });
  const mode = options.mode ?? (await existingMode(target)) ?? 0o666;
  // A dot name, so a folder listing does not show it, and unique, so two runs never share one.
  const tempPath = join(folder, `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  // 'wx': create, never open a file someone put there; `mode` applies from creation on.
  const handle = await open(tempPath, 'wx', mode);
  try {
    await fill({ path: tempPath, writeFile: (bytes) => handle.writeFile(bytes) });
    await handle.sync();
    await handle.close();
    await rename(tempPath, target);
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(tempPath, { force: true });
    throw error;
  }
  await syncFolder(folder);
}

/** The file a write to `path` replaces: the target of a symbolic link, else `path` itself. */
async function resolveTarget(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return path;
  }
}

/**
 * A rename replaces a file whatever its own permissions (only the folder's count), so a file
 * marked read-only (no write bit for anyone, as `chmod a-w` or Windows' read-only flag leave it)
 * is refused first, with the error writing to it would give (EACCES), even to an administrator.
 */
async function refuseReadOnly(path: string): Promise<void> {
  const mode = await existingMode(path);
  if (mode !== undefined && (mode & 0o222) === 0) {
    throw Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: 'EACCES', path });
  }
}

async function existingMode(path: string): Promise<number | undefined> {
  try {
    return (await stat(path)).mode & 0o777;
  } catch {
    return undefined;
  }
}

/**
 * Makes a rename in `folder` durable. Linux and macOS allow fsync on a folder opened for
 * reading; Windows does not, and there the rename is already flushed by the file system.
 */
async function syncFolder(folder: string): Promise<void> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch {
    // Not supported here (EISDIR/EPERM on Windows, EINVAL on some file systems): nothing to do.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** Copies `source` to `destination` atomically, with the source's permissions. */
export async function copyFileAtomic(source: string, destination: string): Promise<void> {
  const mode = (await stat(source)).mode & 0o777;
  await withAtomicFile(
    destination,
    async (temp) => {
      await copyFile(source, temp.path);
    },
    { mode },
  );
}
