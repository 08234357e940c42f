// Every file the CLI writes goes through here, so that a crash, a kill or a full disk leaves
// either the previous file or the new one, never a truncated mix. The recipe is the one POSIX
// rename(2) guarantees: write a temporary file in the same folder (same file system), fsync it,
// rename it over the target (atomic), then fsync the folder so the rename itself survives a
// power cut. https://pubs.opengroup.org/onlinepubs/9799919799/functions/rename.html
import { randomBytes } from 'node:crypto';
import { copyFile, mkdir, open, readdir, realpath, rename, rm, stat } from 'node:fs/promises';
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
  await removeAbandonedTemporaries(folder, basename(target));
  // A dot name, so a folder listing does not show it, and unique, so two runs never share one.
  const tempPath = join(
    folder,
    `${temporaryPrefix(basename(target))}${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
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

/** How the temporary files for a file named `name` begin; the writer's process id follows. */
function temporaryPrefix(name: string): string {
  return `.${name}.`;
}

/** The rest of a temporary file's name after its prefix: the writer's process id, 8 hex digits. */
const TEMPORARY_REST = /^(\d+)\.[0-9a-f]{8}\.tmp$/;

/**
 * A temporary file untouched for this long, of a process that is gone, is abandoned. A writer
 * that is still at work changes its file all the time; the pause keeps the files of a writer on
 * another computer (a shared or synced folder, where its process id means nothing here) safe.
 */
const ABANDONED_AFTER_MS = 60_000;

/**
 * Removes the temporary files for `name` in `folder` that earlier runs left behind: a run killed
 * outright (kill -9, the out-of-memory killer, a power cut) cannot remove its own, and at a
 * million customers one holds hundreds of megabytes, hidden by its dot name. A file is taken
 * only when the process named in it is gone and it has not changed for a minute; anything
 * unsure is left as it is, and a file that cannot be removed does not stop the write.
 */
async function removeAbandonedTemporaries(folder: string, name: string): Promise<void> {
  const prefix = temporaryPrefix(name);
  let entries: string[];
  try {
    entries = await readdir(folder);
  } catch {
    return;
  }
  for (const entry of entries) {
    if (!entry.startsWith(prefix)) continue;
    const writer = TEMPORARY_REST.exec(entry.slice(prefix.length));
    if (writer === null || processExists(Number(writer[1]))) continue;
    const path = join(folder, entry);
    try {
      if (Date.now() - (await stat(path)).mtimeMs < ABANDONED_AFTER_MS) continue;
      await rm(path);
    } catch {
      // Gone meanwhile, or not ours to remove: it stays, and the write goes on.
    }
  }
}

/** Whether a process with this id runs here (signal 0 tests without sending anything). */
function processExists(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, as another user's process.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
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
