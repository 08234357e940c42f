// The extension's sync (its fetch client and pushClips) against the Sheets API double on
// 127.0.0.1, on customer tables with blank rows inside them, as people keep them: a gap between
// two regions or two months. values.append finds its "table" from the range's first row down to
// the first blank row and inserts the new rows there, so an append from the header row lands in
// the middle of such a sheet and pushes the customers below the gap down.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pushClips, type SyncItem } from '../extension/src/sheets/pushClips.ts';
import { createSheetsClient } from '../extension/src/sheets/sheetsClient.ts';
import { clipFixture } from '../extension/src/testing/clipFixture.ts';
import { SheetsRestDouble } from './doubles/sheetsRestDouble.ts';

const double = new SheetsRestDouble();
beforeAll(() => double.start());
afterAll(() => double.stop());

const HEADER = ['客户编号', '姓名', '公司', '手机', '邮箱'];
const LIU = ['C001', '刘洋', '杭州青禾贸易有限公司', '13912345678', 'liu.yang@example.cn'];
const WANG = ['C002', '王芳', '苏州锦程电子有限公司', '13812345678', 'wang.fang@example.cn'];
const ZHAO = ['C003', '赵磊', '深圳恒通物流有限公司', '13612345678', 'zhao.lei@example.cn'];
const SUN = ['C004', '孙丽', '广州南粤食品有限公司', '13512345678', 'sun.li@example.cn'];

const append = (id: string, name: string, email: string): SyncItem => ({
  clipId: id,
  op: 'append',
  clip: clipFixture(id, { name, emails: [email], phones: [] }),
});

/** An edit of a synced clip: a mobile added. */
const update = (id: string, name: string, email: string, mobile: string): SyncItem => ({
  clipId: id,
  op: 'update',
  clip: clipFixture(
    id,
    { name, emails: [email], phones: [mobile] },
    { syncedAt: '2026-03-05T09:00:00.000Z' },
  ),
});

let books = 0;

/** A spreadsheet holding `rows` on its tab 客户, and the extension's client for it. */
function ledger(rows: string[][]) {
  const id = `gaps${++books}`;
  double.addSpreadsheet(id, [{ title: '客户', values: rows }]);
  const client = createSheetsClient({ baseUrl: double.url, spreadsheetId: id, accessToken: 'test-token' });
  const text = () => double.values(id, '客户').map((row) => row.map((cell) => String(cell ?? '')));
  return { client, text };
}

describe('clips synced to a customer table with blank rows inside it', () => {
  it.each([
    { name: 'one blank row between two regions', rows: [HEADER, LIU, WANG, [], ZHAO, SUN] },
    { name: 'two gaps (months kept apart)', rows: [HEADER, LIU, [], WANG, ZHAO, [], [], SUN] },
    {
      name: 'a title above the header and a gap below it',
      rows: [['2025年华东区客户台账'], HEADER, LIU, [], WANG, ZHAO, SUN],
    },
  ])('$name: the clips go below the last customer, every row above stays where it was', async ({ rows }) => {
    const sheet = ledger(rows);
    const result = await pushClips(
      sheet.client,
      '客户',
      [append('c1', '陈静', 'chen.jing@yuanfan-scm.cn'), append('c2', '周强', 'zhou.qiang@example.cn')],
      'zh',
    );
    expect(result.written).toEqual(['c1', 'c2']);
    const after = sheet.text();
    // The user's rows (blank ones too) are where they were, cell for cell; the clip columns added
    // to the header's right are the only change above the clips.
    rows.forEach((row, r) => {
      expect(after[r]?.slice(0, HEADER.length).filter((cell) => cell !== '')).toEqual(row);
    });
    const header = after[rows.indexOf(HEADER)] ?? [];
    const clipRows = after.slice(rows.length);
    expect(clipRows.map((row) => [row[header.indexOf('姓名')], row[header.indexOf('剪藏编号')]])).toEqual([
      ['陈静', 'c1'],
      ['周强', 'c2'],
    ]);
  });

  it('a second sync updates the clips where they are and appends the new one below them', async () => {
    const rows = [HEADER, LIU, [], ZHAO];
    const sheet = ledger(rows);
    await pushClips(sheet.client, '客户', [append('c1', '陈静', 'chen.jing@yuanfan-scm.cn')], 'zh');
    const edited = update('c1', '陈静', 'chen.jing@yuanfan-scm.cn', '+8613700001111');
    await pushClips(sheet.client, '客户', [edited, append('c2', '周强', 'zhou.qiang@example.cn')], 'zh');
    const after = sheet.text();
    const header = after[0] ?? [];
    expect(after.slice(0, rows.length).map((row) => row[0] ?? '')).toEqual(['客户编号', 'C001', '', 'C003']);
    expect(
      after.slice(rows.length).map((row) => [row[header.indexOf('剪藏编号')], row[header.indexOf('手机')]]),
    ).toEqual([
      ['c1', '+8613700001111'],
      ['c2', ''],
    ]);
  });
});

// values.append writes "starting with the first column of the table" it finds, and the table the
// push finds from the last filled row starts at that row's first filled column. A clip's row has
// no customer id, and a column A inserted and left blank is empty in every row: the append would
// put the clips one column right of their headers.
describe('clips appended after a row whose first cells are empty', () => {
  const columnsOf = (after: string[][], headerRow: number, names: string[]) => {
    const header = after[headerRow] ?? [];
    return (row: string[]) => names.map((name) => row[header.indexOf(name)] ?? '');
  };

  it.each([
    {
      name: 'a column A inserted before the header and left blank',
      rows: [
        ['', ...HEADER],
        ['', ...LIU],
        ['', ...WANG],
      ],
    },
    { name: 'the last customer without a customer id', rows: [HEADER, LIU, ['', ...WANG.slice(1)]] },
    {
      name: 'a title above, column A blank below it',
      rows: [
        ['', '2025年华东区客户台账'],
        ['', ...HEADER],
        ['', ...LIU],
      ],
    },
  ])('$name: each clip is under its headers, the rows above untouched', async ({ rows }) => {
    const sheet = ledger(rows);
    await pushClips(sheet.client, '客户', [append('c1', '陈静', 'chen.jing@yuanfan-scm.cn')], 'zh');
    // The second sync appends below the first clip, whose row has no customer id.
    await pushClips(sheet.client, '客户', [append('c2', '周强', 'zhou.qiang@example.cn')], 'zh');
    const after = sheet.text();
    const headerRow = after.findIndex((row) => row.includes('客户编号'));
    rows.forEach((row, r) => {
      expect(after[r]?.slice(0, row.length)).toEqual(row);
    });
    const cells = columnsOf(after, headerRow, ['姓名', '邮箱', '剪藏编号', '客户编号']);
    expect(after.slice(rows.length).map(cells)).toEqual([
      ['陈静', 'chen.jing@yuanfan-scm.cn', 'c1', ''],
      ['周强', 'zhou.qiang@example.cn', 'c2', ''],
    ]);
    // Nothing was left to the right of the header's last column.
    const width = (after[headerRow] ?? []).length;
    for (const row of after.slice(rows.length)) expect(row.slice(width).filter(Boolean)).toEqual([]);
  });

  it('a third sync updates both clips in place, each found by its id', async () => {
    const sheet = ledger([
      ['', ...HEADER],
      ['', ...LIU],
    ]);
    await pushClips(sheet.client, '客户', [append('c1', '陈静', 'chen.jing@yuanfan-scm.cn')], 'zh');
    await pushClips(sheet.client, '客户', [append('c2', '周强', 'zhou.qiang@example.cn')], 'zh');
    const edited = update('c2', '周强', 'zhou.qiang@example.cn', '+8613700002222');
    const result = await pushClips(sheet.client, '客户', [edited], 'zh');
    expect(result.written).toEqual(['c2']);
    const after = sheet.text();
    const cells = columnsOf(after, 0, ['姓名', '手机', '剪藏编号']);
    expect(after.slice(2).map(cells)).toEqual([
      ['陈静', '', 'c1'],
      ['周强', '+8613700002222', 'c2'],
    ]);
  });
});

describe('a sort between the append and the read after it', () => {
  it('the clip the append put right of column A is moved back where the sort put it', async () => {
    const sheet = ledger([
      ['', ...HEADER],
      ['', ...LIU],
    ]);
    await pushClips(sheet.client, '客户', [append('c1', '陈静', 'chen.jing@yuanfan-scm.cn')], 'zh');
    // A co-editor's sort puts the newest row (the second clip's, one column right) at the top.
    double.beforeRequest('spreadsheet', (book) => {
      const cells = book.sheets[0]?.cells ?? [];
      const [moved] = cells.splice(cells.length - 1, 1);
      cells.splice(1, 0, moved ?? []);
    });
    await pushClips(sheet.client, '客户', [append('c2', '周强', 'zhou.qiang@example.cn')], 'zh');
    const after = sheet.text();
    const header = after[0] ?? [];
    const cells = (row: string[]) => ['姓名', '邮箱', '剪藏编号'].map((name) => row[header.indexOf(name)]);
    expect(after.slice(1).map(cells)).toEqual([
      ['周强', 'zhou.qiang@example.cn', 'c2'],
      [LIU[1], LIU[4], undefined],
      ['陈静', 'chen.jing@yuanfan-scm.cn', 'c1'],
    ]);
  });
});
