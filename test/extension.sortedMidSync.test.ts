// The extension's sync (pushClips and its fetch client) against the Sheets API double when a
// co-editor sorts the sheet while a sync runs: the sync finds each clip's row by its id, then
// writes to or clears that row by its number. A sort in between puts someone else in that row.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pushClips, type SyncItem } from '../extension/src/sheets/pushClips.ts';
import { runSync } from '../extension/src/sheets/runSync.ts';
import { createSheetsClient } from '../extension/src/sheets/sheetsClient.ts';
import { clipFixture } from '../extension/src/testing/clipFixture.ts';
import { memorySyncStore } from '../extension/src/testing/memorySyncStore.ts';
import { SheetsRestDouble } from './doubles/sheetsRestDouble.ts';
import type { StoredSpreadsheet } from './doubles/sheetsStore.ts';

const double = new SheetsRestDouble();
beforeAll(() => double.start());
afterAll(() => double.stop());

let books = 0;

/** A sheet the extension synced 陈静 (c1) and 周强 (c2) into, below the user's own 刘洋 and 王芳. */
async function syncedSheet() {
  const id = `sorted${++books}`;
  double.addSpreadsheet(id, [
    {
      title: '客户',
      values: [
        ['客户编号', '姓名', '手机'],
        ['C001', '刘洋', '13912345678'],
        ['C002', '王芳', '13812345678'],
      ],
    },
  ]);
  const client = createSheetsClient({ baseUrl: double.url, spreadsheetId: id, accessToken: 'test-token' });
  const clips = {
    c1: clipFixture('c1', { name: '陈静', emails: ['chen.jing@yuanfan-scm.cn'], phones: ['+8613700001111'] }),
    c2: clipFixture('c2', { name: '周强', emails: ['zhou.qiang@example.cn'], phones: ['+8613600002222'] }),
  };
  const first = await pushClips(
    client,
    '客户',
    Object.values(clips).map((clip): SyncItem => ({ clipId: clip.id, op: 'append', clip })),
    'zh',
  );
  for (const clip of Object.values(clips))
    Object.assign(clip, { syncedAt: '2026-03-05T08:00:00.000Z', sheetCells: first.sheetCells[clip.id] });
  const rows = () => double.values(id, '客户').map((row) => row.map((cell) => String(cell ?? '')));
  const header = rows()[0] ?? [];
  const rowOf = (name: string) => rows().find((row) => row[header.indexOf('姓名')] === name) ?? [];
  return { client, clips, rows, header, rowOf };
}

/** A co-editor's Data > Sort sheet by 姓名, Z → A (the header row frozen). */
function sortByNameDescending(book: StoredSpreadsheet): void {
  sortByName(book, -1);
}

function sortByName(book: StoredSpreadsheet, order: 1 | -1): void {
  const sheet = book.sheets.find((s) => s.title === '客户');
  if (!sheet) throw new Error('no sheet 客户');
  const [header = [], ...rows] = sheet.cells;
  const name = header.findIndex((cell) => cell?.value === '姓名');
  rows.sort(
    (a, b) => order * String(a?.[name]?.value ?? '').localeCompare(String(b?.[name]?.value ?? ''), 'zh'),
  );
  sheet.cells = [header, ...rows];
}

describe('a sort by a co-editor while the extension syncs', () => {
  // The sync reads the header rows, then the clip-id column; the sort comes with the next request
  // (or the one after), whatever it is.
  it.each([
    { when: 'right after the clip ids were read', skip: 2 },
    { when: 'after the clips’ rows were read', skip: 3 },
  ])('$when: the edit lands in the clip’s own row, nobody else’s cell changes', async ({ skip }) => {
    const sheet = await syncedSheet();
    const before = sheet.rows();
    sheet.clips.c1.contact = { ...sheet.clips.c1.contact, phones: ['+8613700009999'] };
    double.beforeRequest('*', sortByNameDescending, { skip });
    const result = await pushClips(
      sheet.client,
      '客户',
      [{ clipId: 'c1', op: 'update', clip: sheet.clips.c1 }],
      'zh',
    );
    expect(result).toMatchObject({ written: ['c1'], refused: [] });
    const phone = sheet.header.indexOf('手机');
    expect(sheet.rowOf('陈静')[phone]).toBe('+8613700009999');
    // Every other row is as it was before the sync, wherever the sort put it.
    for (const name of ['刘洋', '王芳', '周强']) {
      expect(sheet.rowOf(name)).toEqual(before.find((row) => row[sheet.header.indexOf('姓名')] === name));
    }
  });

  it('a deleted clip’s row is cleared where the sort put it, and no one else’s', async () => {
    const sheet = await syncedSheet();
    const before = sheet.rows();
    double.beforeRequest('*', sortByNameDescending, { skip: 2 });
    const result = await pushClips(sheet.client, '客户', [{ clipId: 'c2', op: 'delete', clip: null }], 'zh');
    expect(result.deleted).toEqual(['c2']);
    expect(sheet.rowOf('周强')).toEqual([]);
    for (const name of ['刘洋', '王芳', '陈静']) {
      expect(sheet.rowOf(name)).toEqual(before.find((row) => row[sheet.header.indexOf('姓名')] === name));
    }
  });

  it('a sheet sorted again and again gets nothing written; the sync says why and tries again later', async () => {
    const sheet = await syncedSheet();
    const before = sheet.rows();
    const { store, outbox } = memorySyncStore([sheet.clips.c1, sheet.clips.c2]);
    sheet.clips.c1.contact = { ...sheet.clips.c1.contact, phones: ['+8613700009999'] };
    await store.applyOutbox({ type: 'enqueue', clipId: 'c1', op: 'update', now: 0 });
    // From the second request on, every request finds the rows in the other order.
    double.beforeRequest('*', (book) => sortByName(book, -1), { skip: 1 });
    for (let k = 0; k < 12; k++) double.beforeRequest('*', (book) => sortByName(book, k % 2 === 0 ? 1 : -1));
    const mark = double.requests.length;
    const report = await runSync({
      store,
      client: async () => sheet.client,
      sheetName: '客户',
      language: 'zh',
      now: () => 0,
    });
    expect(report).toMatchObject({ synced: [], failed: [], pending: 1 });
    expect(report.nextAttemptAt).toBeGreaterThan(0);
    expect(outbox()).toMatchObject([
      { clipId: 'c1', status: 'pending', problem: 'rowsMoving', place: { sheet: '客户' } },
    ]);
    const writes = double.requests.slice(mark).filter((r) => r.method !== 'GET');
    expect(writes).toEqual([]);
    const name = sheet.header.indexOf('姓名');
    expect([...sheet.rows()].sort((a, b) => (a[name] ?? '').localeCompare(b[name] ?? ''))).toEqual(
      [...before].sort((a, b) => (a[name] ?? '').localeCompare(b[name] ?? '')),
    );
  });
});
