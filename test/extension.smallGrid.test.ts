// The extension's sync against the Sheets API double on sheets whose grid is no bigger than what
// they hold: a header kept alone after the empty rows below it were deleted, a few customers in a
// sheet trimmed to fit. values.get refuses a range that starts past the grid's last row, and
// values.append grows the grid by the rows it inserts.
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

const append = (id: string, name: string, email: string): SyncItem => ({
  clipId: id,
  op: 'append',
  clip: clipFixture(id, { name, emails: [email], phones: [] }),
});

let books = 0;

describe('clips synced to a sheet whose grid ends at its last row', () => {
  it.each([
    { name: 'the header alone, in a grid of one row', values: [HEADER] },
    { name: 'a header and one customer, in a grid of two rows', values: [HEADER, LIU] },
    // A header naming none of the clip's columns is checked for a sort that moved it first.
    {
      name: 'a header of other columns alone, in a grid of one row',
      values: [['客户编号', '负责人', '标签']],
    },
  ])('$name: the clips are appended below', async ({ values }) => {
    const id = `small${++books}`;
    double.addSpreadsheet(id, [{ title: '客户', values, rows: values.length, columns: HEADER.length }]);
    const client = createSheetsClient({ baseUrl: double.url, spreadsheetId: id, accessToken: 'test-token' });
    const result = await pushClips(
      client,
      '客户',
      [append('c1', '陈静', 'chen.jing@yuanfan-scm.cn'), append('c2', '周强', 'zhou.qiang@example.cn')],
      'zh',
    );
    expect(result.written).toEqual(['c1', 'c2']);
    const rows = double.values(id, '客户').map((row) => row.map((cell) => String(cell ?? '')));
    const header = rows[0] ?? [];
    expect(rows.slice(1, values.length)).toEqual(values.slice(1));
    expect(
      rows.slice(values.length).map((row) => [row[header.indexOf('姓名')], row[header.indexOf('剪藏编号')]]),
    ).toEqual([
      ['陈静', 'c1'],
      ['周强', 'c2'],
    ]);
  });
});
