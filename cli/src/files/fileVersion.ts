import { stat } from 'node:fs/promises';

/**
 * What changes when a file is saved again (size, modification time to the nanosecond, inode: an
 * editor that saves by rename gives a new one), or null when it cannot be read.
 */
export async function fileVersion(path: string): Promise<string | null> {
  try {
    const info = await stat(path, { bigint: true });
    return `${info.dev}:${info.ino}:${info.size}:${info.mtimeNs}`;
  } catch {
    return null;
  }
}
