import { spawnSync } from 'node:child_process';
import {
  chmod,
  lstat,
  mkdtemp,
  readdir,
  readFile,
  rm,
  stat,
  symlink,
  utimes,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withAtomicFile, writeFileAtomic } from './atomicWrite.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crm-atomic-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('writes a new file, creating its folders, and leaves no temporary file behind', async () => {
    const path = join(dir, 'a', 'b', 'out.csv');
    await writeFileAtomic(path, '客户编号,姓名\r\n');
    expect(await readFile(path, 'utf8')).toBe('客户编号,姓名\r\n');
    expect(await readdir(join(dir, 'a', 'b'))).toEqual(['out.csv']);
  });

  it('replaces an existing file whole and keeps its permissions', async () => {
    const path = join(dir, 'out.csv');
    await writeFile(path, 'old content that is longer than the new one', { mode: 0o640 });
    await writeFileAtomic(path, 'new');
    expect(await readFile(path, 'utf8')).toBe('new');
    expect((await stat(path)).mode & 0o777).toBe(0o640);
  });

  it('creates the file with the mode asked for from its first byte, not after', async () => {
    const path = join(dir, 'secret.json');
    let modeWhileWriting = -1;
    await withAtomicFile(
      path,
      async (temp) => {
        modeWhileWriting = (await stat(temp.path)).mode & 0o777;
        await temp.writeFile('{"refresh_token":"x"}');
      },
      { mode: 0o600 },
    );
    expect(modeWhileWriting).toBe(0o600);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
  });

  it('leaves the previous file untouched and removes the temporary file when writing fails', async () => {
    const path = join(dir, 'report.html');
    await writeFile(path, '<p>previous</p>');
    await expect(
      withAtomicFile(path, async (temp) => {
        await temp.writeFile('<p>half');
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect(await readFile(path, 'utf8')).toBe('<p>previous</p>');
    expect(await readdir(dir)).toEqual(['report.html']);
  });

  it('removes the temporary files that killed runs left for the same file, and only those', async () => {
    const path = join(dir, 'classified.csv');
    // A process that has ended: its id names no process now.
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    const alive = process.ppid;
    const abandoned = `.classified.csv.${gone}.0a1b2c3d.tmp`;
    const kept = [
      // A writer still at work (its process runs), however long ago its file last changed.
      `.classified.csv.${alive}.0a1b2c3d.tmp`,
      // A writer whose process is not known here (another computer) but whose file changed now.
      `.classified.csv.${gone}.99999999.tmp`,
      // Another file's temporary, and names that are not a temporary's at all.
      `.report.csv.${gone}.0a1b2c3d.tmp`,
      `.classified.csv.${gone}.tmp`,
      '.classified.csv.notes',
    ];
    const longAgo = new Date(Date.now() - 10 * 60_000);
    for (const name of [abandoned, ...kept]) {
      await writeFile(join(dir, name), 'half written');
      if (name !== kept[1]) await utimes(join(dir, name), longAgo, longAgo);
    }
    await writeFileAtomic(path, 'new');
    expect(await readFile(path, 'utf8')).toBe('new');
    expect((await readdir(dir)).sort()).toEqual([...kept, 'classified.csv'].sort());
  });

  it('refuses to replace a file marked read-only, as writing in place would', async () => {
    const path = join(dir, 'kept.csv');
    await writeFile(path, 'keep me');
    await chmod(path, 0o444);
    await expect(writeFileAtomic(path, 'new')).rejects.toMatchObject({ code: 'EACCES' });
    expect(await readFile(path, 'utf8')).toBe('keep me');
    expect(await readdir(dir)).toEqual(['kept.csv']);
  });

  it('writes through a symbolic link to the file it points to, keeping the link', async () => {
    const real = join(dir, 'real.csv');
    const link = join(dir, 'link.csv');
    await writeFile(real, 'old');
    await symlink(real, link);
    await writeFileAtomic(link, 'new');
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readFile(real, 'utf8')).toBe('new');
  });
});
