import { describe, expect, it } from 'vitest';
import { clipHeaderRow } from '../logic/clipHeaderRow.ts';
import { knownCustomersFromSheet } from '../logic/knownCustomers.ts';
import { clipFixture } from '../testing/clipFixture.ts';
import { memorySheet } from '../testing/memorySheet.ts';
import { HeaderMovedError, pushClips, type SyncItem } from './pushClips.ts';

const append = (id: string, contact = {}): SyncItem => ({
  clipId: id,
  op: 'append',
  clip: clipFixture(id, contact),
});

const TITLE = ['2025年华东区客户台账', '', '', '', ''];
const NOTE = ['导出时间：2025-06-30'];
const HEADER = ['客户编号', '姓名', '公司', '手机', '邮箱'];
const LIU = ['C001', '刘洋', '杭州青禾贸易有限公司', '13912345678', 'liu.yang@example.cn'];
const WANG = ['C002', '王芳', '苏州锦程电子有限公司', '13812345678', 'wang.fang@example.cn'];

/** Ledgers as people keep them (WPS/Excel habits) and the row their header is in. */
const LEDGERS: { name: string; rows: string[][]; headerRow: number }[] = [
  { name: 'a title row above the header', rows: [TITLE, HEADER, LIU, WANG], headerRow: 2 },
  {
    name: 'a title, an export note and a blank row above the header',
    rows: [TITLE, NOTE, [], HEADER, LIU, WANG],
    headerRow: 4,
  },
  {
    name: 'a header drawn over two rows (group labels above the column names)',
    rows: [TITLE, ['', '联系人', '', '联系方式', ''], ['客户编号', '姓名', '公司', '手机', '邮箱'], LIU],
    headerRow: 3,
  },
  { name: 'the header in row 1, as before', rows: [HEADER, LIU, WANG], headerRow: 1 },
];

describe('the header row of the sync tab, found below title lines as the CLI and add-on find it', () => {
  it.each(LEDGERS)('$name: header in row $headerRow', ({ rows, headerRow }) => {
    expect(clipHeaderRow(rows).row).toBe(headerRow);
  });

  it.each([
    { name: 'an empty new sheet', rows: [], headerRow: 1 },
    { name: 'a sheet holding only a title line', rows: [TITLE], headerRow: 2 },
    {
      name: 'the extension’s own header under a title',
      rows: [TITLE, ['剪藏编号', '姓名', '邮箱']],
      headerRow: 2,
    },
  ])('$name: header in row $headerRow', ({ rows, headerRow }) => {
    expect(clipHeaderRow(rows).row).toBe(headerRow);
  });
});

describe('pushClips on a titled ledger', () => {
  it.each(LEDGERS)(
    '$name: the clip columns go into the header row, the clips below the table, the title untouched',
    async ({ rows, headerRow }) => {
      const sheet = memorySheet(rows);
      const result = await pushClips(
        sheet.client,
        'Customers',
        [
          append('c1'),
          append('c2', { name: '陈静', emails: ['chen.jing@yuanfan-scm.cn'], phones: ['+8613700001111'] }),
        ],
        'zh',
      );
      expect(result.written).toEqual(['c1', 'c2']);
      // Nothing above the header changed: title, note and blank lines stay as the user left them.
      expect(sheet.rows.slice(0, headerRow - 1)).toEqual(rows.slice(0, headerRow - 1));
      const header = sheet.rows[headerRow - 1] ?? [];
      expect(header.slice(0, 5)).toEqual(rows[headerRow - 1]);
      expect(header).toContain('剪藏编号');
      // The customers keep their rows, and the clips come after them under the user's columns.
      expect(sheet.rows.slice(headerRow, rows.length)).toEqual(rows.slice(headerRow));
      const clipRows = sheet.rows.slice(rows.length);
      const at = (row: string[] | undefined, name: string) => row?.[header.indexOf(name)];
      expect(clipRows.map((r) => [at(r, '姓名'), at(r, '手机'), at(r, '邮箱'), at(r, '剪藏编号')])).toEqual([
        ['陈静', '+8613912345678', 'chen.jing@yuanfan-scm.cn', 'c1'],
        ['陈静', '+8613700001111', 'chen.jing@yuanfan-scm.cn', 'c2'],
      ]);
      // values.append looks for its table from the table's last row, not from the title lines.
      expect(sheet.appendRanges).toEqual([`'Customers'!A${rows.length}:${columnOf(header.length - 1)}`]);

      // A second sync finds the clips below the header by their ids: an update rewrites in place.
      const edited = clipFixture(
        'c1',
        { title: '华东区销售总监' },
        { syncedAt: '2026-03-05T09:00:00.000Z', sheetCells: result.sheetCells.c1 ?? {} },
      );
      const again = await pushClips(
        sheet.client,
        'Customers',
        [{ clipId: 'c1', op: 'update', clip: edited }],
        'zh',
      );
      expect(again.written).toEqual(['c1']);
      expect(sheet.calls.filter((c) => c === 'append')).toHaveLength(1);
      expect(at(sheet.rows[rows.length], '职位')).toBe('华东区销售总监');
      expect(sheet.rows.slice(0, headerRow - 1)).toEqual(rows.slice(0, headerRow - 1));
    },
  );

  it.each([
    { name: 'a title line', above: [['2025年华东区客户台账']] },
    { name: 'a title with a unit note beside it', above: [['2025年华东区客户台账', '', '单位：元']] },
    { name: 'a title and an export note', above: [['2025年华东区客户台账'], NOTE, []] },
  ])(
    'writes under the extension’s own header below $name, which is no sorted customer',
    async ({ above }) => {
      const own = ['剪藏编号', '姓名', '邮箱'];
      const rows = [...above, own, ['c0', '孙立', 'sun.li@example.cn']];
      const sheet = memorySheet(rows);
      const result = await pushClips(sheet.client, 'Customers', [append('c1')], 'zh');
      expect(result.written).toEqual(['c1']);
      expect(sheet.rows.slice(0, above.length)).toEqual(above);
      expect(sheet.rows[above.length]?.slice(0, 3)).toEqual(own);
      expect(sheet.rows[rows.length]?.slice(0, 3)).toEqual(['c1', '陈静', 'chen.jing@yuanfan-scm.cn']);
    },
  );

  it('gives an empty new sheet the header in row 1', async () => {
    const sheet = memorySheet();
    await pushClips(sheet.client, 'Customers', [append('c1')], 'zh');
    expect(sheet.rows[0]?.slice(0, 2)).toEqual(['剪藏编号', '姓名']);
    expect(sheet.rows[1]?.[0]).toBe('c1');
  });

  it.each([
    {
      name: 'a customer sorted above the header of a titled ledger',
      rows: [TITLE, LIU, HEADER, WANG],
      row: 3,
    },
    {
      name: 'a clip row sorted above the extension’s header',
      rows: [
        ['c9', '孙立', '', '', ''],
        ['剪藏编号', '姓名', '公司', '手机', '邮箱'],
        ['c8', '周强', '', '', ''],
      ],
      row: 2,
    },
  ])('refuses $name, naming the header row $row, and writes nothing', async ({ rows, row }) => {
    const sheet = memorySheet(rows);
    const before = sheet.rows.map((r) => [...r]);
    const error = await pushClips(sheet.client, 'Customers', [append('c1')], 'zh').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HeaderMovedError);
    expect((error as HeaderMovedError).row).toBe(row);
    expect(sheet.rows).toEqual(before);
    expect(sheet.calls.filter((c) => !c.startsWith('get'))).toEqual([]);
  });
});

describe('known customers of a titled ledger', () => {
  it.each(LEDGERS)(
    '$name: the customers under the header are known, the header and title are not',
    ({ rows }) => {
      const known = knownCustomersFromSheet(rows, 'CN');
      expect(known).toHaveLength(rows.filter((r) => r[0]?.startsWith('C0')).length);
      expect(known.every((k) => k.keys.length === 2)).toBe(true);
    },
  );
});

function columnOf(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
