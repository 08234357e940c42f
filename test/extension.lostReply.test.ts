// The extension's sync (runSync, pushClips and its fetch client) against the Sheets API double
// on 127.0.0.1 when the answer to a write is lost on the way back: the row is in the sheet, and
// the extension does not know it. If the user edits the clip before the retry, the retry finds
// the row holding what was sent, not what the extension last knew to be there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clip } from '../extension/src/model/clip.ts';
import { runSync } from '../extension/src/sheets/runSync.ts';
import { createSheetsClient } from '../extension/src/sheets/sheetsClient.ts';
import { clipFixture } from '../extension/src/testing/clipFixture.ts';
import { memorySyncStore } from '../extension/src/testing/memorySyncStore.ts';
import { SheetsRestDouble } from './doubles/sheetsRestDouble.ts';

const double = new SheetsRestDouble();
beforeAll(() => double.start());
afterAll(() => double.stop());

const HEADER = ['客户编号', '姓名', '公司', '手机', '邮箱'];
const LIU = ['C001', '刘洋', '杭州青禾贸易有限公司', '13912345678', 'liu.yang@example.cn'];

let books = 0;

function setUp(clips: Clip[]) {
  const id = `lost${++books}`;
  double.addSpreadsheet(id, [{ title: '客户', values: [HEADER, LIU] }]);
  const client = createSheetsClient({ baseUrl: double.url, spreadsheetId: id, accessToken: 'test-token' });
  const { store, outbox } = memorySyncStore(clips);
  let clock = 0;
  const sync = () =>
    runSync({ store, client: async () => client, sheetName: '客户', language: 'zh', now: () => clock });
  const rows = () => double.values(id, '客户').map((row) => row.map((cell) => String(cell ?? '')));
  return {
    id,
    store,
    outbox,
    sync,
    rows,
    later: (ms: number) => {
      clock += ms;
    },
  };
}

/** The user's edit of a clip in the extension, queued as the panel queues it. */
function edit(clip: Clip, contact: Partial<Clip['contact']>) {
  Object.assign(clip, { contact: { ...clip.contact, ...contact }, updatedAt: '2026-03-05T09:00:00.000Z' });
}

describe('a write whose answer was lost, then an edit in the extension', () => {
  it.each([
    { name: 'the first append', lost: 'append' as const, before: 0 },
    { name: 'an update of a synced clip', lost: 'batchUpdate' as const, before: 1 },
  ])('$name: the retry writes the edit, refuses nothing and leaves one row', async ({ lost, before }) => {
    const clip = clipFixture('c1', { phones: ['+8613912340000'], note: '展会认识' });
    const sheet = setUp([clip]);
    await sheet.store.applyOutbox({ type: 'enqueue', clipId: 'c1', op: 'append', now: 0 });
    for (let k = 0; k < before; k++) {
      expect((await sheet.sync()).synced).toEqual(['c1']);
      edit(clip, { note: `展会认识 ${k}` });
      await sheet.store.applyOutbox({ type: 'enqueue', clipId: 'c1', op: 'update', now: 0 });
    }
    double.dropResponseAfterWrite(lost === 'append' ? 'append' : 'batchUpdateValues');
    const first = await sheet.sync();
    expect(first.synced).toEqual([]);
    expect(sheet.outbox()).toMatchObject([{ clipId: 'c1', status: 'pending', problem: 'offline' }]);

    edit(clip, { phones: ['+8613700001111'], note: '展会认识，已报价' });
    await sheet.store.applyOutbox({ type: 'enqueue', clipId: 'c1', op: 'update', now: 0 });
    sheet.later(60_000);
    const retry = await sheet.sync();
    expect(retry).toMatchObject({ synced: ['c1'], failed: [] });
    expect(sheet.outbox()).toEqual([]);
    const rows = sheet.rows();
    const header = rows[0] ?? [];
    const mine = rows.filter((row) => row[header.indexOf('剪藏编号')] === 'c1');
    expect(mine).toHaveLength(1);
    expect(mine[0]?.[header.indexOf('手机')]).toBe('+8613700001111');
    expect(mine[0]?.[header.indexOf('备注')]).toBe('展会认识，已报价');
    expect(rows[1]?.slice(0, 5)).toEqual(LIU);
  });

  it('still refuses a cell the user changed in the sheet meanwhile', async () => {
    const clip = clipFixture('c1', { phones: ['+8613912340000'], note: '展会认识' });
    const sheet = setUp([clip]);
    await sheet.store.applyOutbox({ type: 'enqueue', clipId: 'c1', op: 'append', now: 0 });
    double.dropResponseAfterWrite('append');
    await sheet.sync();
    // The user types a note of their own over the clip's note in the sheet, and edits the same
    // note in the extension.
    const header = sheet.rows()[0] ?? [];
    const row = sheet.rows().findIndex((r) => r[header.indexOf('剪藏编号')] === 'c1') + 1;
    const note = `客户!${String.fromCharCode(65 + header.indexOf('备注'))}${row}`;
    const typed = await fetch(
      `${double.url}/v4/spreadsheets/${sheet.id}/values/${encodeURIComponent(note)}?valueInputOption=RAW`,
      {
        method: 'PUT',
        headers: { authorization: 'Bearer test-token', 'content-type': 'application/json' },
        body: JSON.stringify({ values: [['周三回电']] }),
      },
    );
    expect(typed.status).toBe(200);
    edit(clip, { note: '展会认识，已报价' });
    await sheet.store.applyOutbox({ type: 'enqueue', clipId: 'c1', op: 'update', now: 0 });
    sheet.later(60_000);
    const retry = await sheet.sync();
    expect(retry.failed).toEqual(['c1']);
    expect(sheet.outbox()).toMatchObject([
      { clipId: 'c1', status: 'failed', problem: 'editedInSheet', place: { row, column: '备注' } },
    ]);
    expect(sheet.rows()[row - 1]?.[header.indexOf('备注')]).toBe('周三回电');
  });
});

// values.append after a row whose first cell is empty writes "starting with the first column of
// the table", right of column A; the push moves the row back. When the answer is lost, it cannot
// do that then, and the retry must find the row where the append put it.
describe('a lost answer to an append that landed right of column A', () => {
  it('the retry moves the row back under its headers and writes the edit into it', async () => {
    const id = `shifted${++books}`;
    double.addSpreadsheet(id, [
      {
        title: '客户',
        values: [
          ['', ...HEADER],
          ['', ...LIU],
        ],
      },
    ]);
    const client = createSheetsClient({ baseUrl: double.url, spreadsheetId: id, accessToken: 'test-token' });
    const first = clipFixture('c1', { name: '陈静', emails: ['chen.jing@yuanfan-scm.cn'] });
    const second = clipFixture('c2', { name: '周强', phones: ['+8613912340000'], note: '展会认识' });
    const { store, outbox } = memorySyncStore([first, second]);
    let clock = 0;
    const sync = () =>
      runSync({ store, client: async () => client, sheetName: '客户', language: 'zh', now: () => clock });
    await store.applyOutbox({ type: 'enqueue', clipId: 'c1', op: 'append', now: 0 });
    expect((await sync()).synced).toEqual(['c1']);
    // c1's row has no customer id: the next append lands one column right, and its answer is lost.
    await store.applyOutbox({ type: 'enqueue', clipId: 'c2', op: 'append', now: 0 });
    double.dropResponseAfterWrite('append');
    expect((await sync()).synced).toEqual([]);
    edit(second, { note: '展会认识，已报价' });
    await store.applyOutbox({ type: 'enqueue', clipId: 'c2', op: 'update', now: 0 });
    clock += 60_000;
    expect(await sync()).toMatchObject({ synced: ['c2'], failed: [] });
    expect(outbox()).toEqual([]);
    const rows = double.values(id, '客户').map((row) => row.map((cell) => String(cell ?? '')));
    const header = rows[0] ?? [];
    const cell = (row: string[], name: string) => row[header.indexOf(name)];
    const clipRows = rows.filter((row) => row.some((c) => c === 'c1' || c === 'c2'));
    expect(
      clipRows.map((row) => [cell(row, '剪藏编号'), cell(row, '姓名'), cell(row, '备注') ?? '']),
    ).toEqual([
      ['c1', '陈静', ''],
      ['c2', '周强', '展会认识，已报价'],
    ]);
    for (const row of clipRows) expect(row.slice(header.length).filter(Boolean)).toEqual([]);
  });
});
