import { describe, expect, it } from 'vitest';
import { CLIP_COLUMNS } from '../logic/clipColumnList.ts';
import { planSheetColumns, rowForClip } from '../logic/planSheetColumns.ts';
import { clipFixture } from '../testing/clipFixture.ts';
import { memorySheet } from '../testing/memorySheet.ts';
import { TEXTS } from '../texts/index.ts';
import { pushClips, type SyncItem } from './pushClips.ts';

const append = (id: string, contact = {}): SyncItem => ({
  clipId: id,
  op: 'append',
  clip: clipFixture(id, contact),
});

describe('sheet column plan', () => {
  it('gives an empty sheet the full header in the UI language', () => {
    const plan = planSheetColumns([], 'zh');
    expect(plan.headerWrites.map((w) => w.text).slice(0, 4)).toEqual(['剪藏编号', '姓名', '公司', '职位']);
    expect(planSheetColumns(['', ''], 'en').headerWrites[1]?.text).toBe('Name');
  });

  it('keeps the existing columns and adds every missing clip column, in the sheet’s language', () => {
    const plan = planSheetColumns(['Customer ID', 'E-mail', 'Full Name', 'Cell', 'Segment'], 'zh');
    expect(plan.columns).toMatchObject({ email: 1, name: 2, mobile: 3, clipId: 5 });
    const added = plan.headerWrites.map((w) => w.text);
    expect(added[0]).toBe('Clip ID');
    expect(added).toEqual(
      expect.arrayContaining(['Title', 'Address', 'Note', 'Legal basis', 'Phone', 'Company']),
    );
    // Every field the extension keeps has a column now, each exactly once.
    const used = Object.values(plan.columns);
    expect(used).toHaveLength(CLIP_COLUMNS.length);
    expect(new Set(used).size).toBe(CLIP_COLUMNS.length);
    expect(plan.width).toBe(5 + added.length);
  });

  it('adds the missing columns in Chinese to a Chinese sheet, whatever the browser language', () => {
    const plan = planSheetColumns(['姓名', '邮箱', '手机'], 'en');
    const added = plan.headerWrites.map((w) => w.text);
    expect(added).toEqual(
      CLIP_COLUMNS.filter((c) => !['name', 'email', 'mobile'].includes(c)).map(
        (c) => TEXTS.zh.clipColumns[c],
      ),
    );
  });

  it('writes a landline and a mobile each to its own column', () => {
    const plan = planSheetColumns(['姓名', '手机', '备注', '剪藏编号'], 'zh');
    const row = rowForClip(
      clipFixture('c1', { phones: ['+862161234567', '+8613912345678'], note: '展会认识' }),
      plan,
    );
    expect(row[1]).toBe('+8613912345678');
    expect(row[2]).toBe('展会认识');
    expect(row[plan.columns.phone ?? -1]).toBe('+862161234567');
  });
});

describe('pushClips (rows found by clip id)', () => {
  it('creates the header and appends new clips once', async () => {
    const sheet = memorySheet();
    const result = await pushClips(sheet.client, 'Customers', [append('c1')], 'zh');
    expect(result.written).toEqual(['c1']);
    expect(sheet.rows[0]?.[0]).toBe('剪藏编号');
    expect(sheet.rows).toHaveLength(2);
  });

  it('leaves one row when the browser resends the append (connection reset after the write)', async () => {
    const sheet = memorySheet([['姓名', '邮箱', '剪藏编号']]);
    sheet.resendNextAppend();
    await pushClips(
      sheet.client,
      'Customers',
      [append('c1'), append('c2', { emails: ['b@example.com'] })],
      'zh',
    );
    const ids = sheet.rows.map((r) => r[2]);
    expect(ids.filter((id) => id === 'c1')).toHaveLength(1);
    expect(ids.filter((id) => id === 'c2')).toHaveLength(1);
    // The resent copies are cleared, not deleted: nothing else moved.
    expect(sheet.rows.slice(3).every((r) => r.every((c) => c === ''))).toBe(true);
  });

  it('never doubles a row when the answer to an append was lost and the batch is retried', async () => {
    const sheet = memorySheet([['姓名', '邮箱', '剪藏编号']]);
    await pushClips(sheet.client, 'Customers', [append('c1')], 'zh');
    const retry = await pushClips(sheet.client, 'Customers', [append('c1')], 'zh');
    expect(retry.written).toEqual(['c1']);
    expect(sheet.rows.filter((r) => r[2] === 'c1')).toHaveLength(1);
  });

  it('rewrites only the clip cells of an edited clip, leaving the user’s and managed columns alone', async () => {
    const header = ['姓名', '职位', '客户分群', '剪藏编号'];
    const sheet = memorySheet([header, ['陈静', '销售总监', '重要价值客户', 'c1']]);
    await pushClips(sheet.client, 'Customers', [append('c0')], 'zh'); // creates the missing columns
    const edited = clipFixture(
      'c1',
      { title: '华东区销售总监' },
      { syncedAt: '2026-03-05T09:00:00.000Z', sheetCells: { clipId: 'c1', name: '陈静', title: '销售总监' } },
    );
    const result = await pushClips(
      sheet.client,
      'Customers',
      [{ clipId: 'c1', op: 'update', clip: edited }],
      'zh',
    );
    expect(result.written).toEqual(['c1']);
    expect(sheet.rows[1]?.slice(0, 4)).toEqual(['陈静', '华东区销售总监', '重要价值客户', 'c1']);
    expect(sheet.calls.filter((c) => c === 'append')).toHaveLength(1);
  });

  it('widens the grid before adding columns that would not fit', async () => {
    const header = Array.from({ length: 20 }, (_, i) => `Col ${i + 1}`);
    const sheet = memorySheet([header], 20);
    await pushClips(sheet.client, 'Customers', [append('c1')], 'en');
    expect(sheet.calls).toContain(`appendColumns ${CLIP_COLUMNS.length}`);
    expect(sheet.rows[1]?.[20]).toBe('c1');
  });

  it('clears a deleted clip’s row, found by its id wherever the row now is', async () => {
    const sheet = memorySheet([
      ['姓名', '邮箱', '剪藏编号'],
      ['王芳', 'wang.fang@example.cn', ''],
      ['陈静', 'chen.jing@yuanfan-scm.cn', 'c1'],
      ['刘洋', 'liu.yang@example.cn', 'c2'],
    ]);
    // The user sorted the sheet meanwhile: c1 is no longer where it was appended.
    sheet.rows.splice(1, 3, sheet.rows[3] ?? [], sheet.rows[1] ?? [], sheet.rows[2] ?? []);
    const result = await pushClips(
      sheet.client,
      'Customers',
      [{ clipId: 'c1', op: 'delete', clip: null }],
      'zh',
    );
    expect(result.deleted).toEqual(['c1']);
    expect(sheet.rows.some((r) => r.includes('陈静') || r.includes('c1'))).toBe(false);
    expect(sheet.rows[1]?.slice(0, 3)).toEqual(['刘洋', 'liu.yang@example.cn', 'c2']);
    expect(sheet.rows[2]?.slice(0, 3)).toEqual(['王芳', 'wang.fang@example.cn', '']);
  });

  it('refuses an edit of a clip whose row the user deleted: no new row, nobody else’s row touched', async () => {
    const sheet = memorySheet([
      ['姓名', '邮箱', '备注', '剪藏编号'],
      ['刘洋', 'liu.yang@example.cn', '老客户，勿打扰', 'c2'],
    ]);
    const edited = clipFixture('c1', { title: '华东区销售总监' }, { syncedAt: '2026-03-05T09:00:00.000Z' });
    const result = await pushClips(
      sheet.client,
      'Customers',
      [
        { clipId: 'c1', op: 'update', clip: edited },
        append('c3', { name: '王芳', emails: ['wang.fang@example.cn'] }),
      ],
      'zh',
    );
    expect(result.refused).toEqual([{ clipId: 'c1', problem: 'rowDeleted', place: { sheet: 'Customers' } }]);
    expect(result.written).toEqual(['c3']);
    expect(sheet.rows.filter((r) => r.includes('c1'))).toHaveLength(0);
    expect(sheet.rows[1]?.slice(0, 4)).toEqual(['刘洋', 'liu.yang@example.cn', '老客户，勿打扰', 'c2']);
    expect(sheet.rows.filter((r) => r.includes('c3'))).toHaveLength(1);
  });

  it('appends an edited clip that never reached the sheet (no row was ever there to delete)', async () => {
    const sheet = memorySheet([['姓名', '邮箱', '剪藏编号']]);
    const result = await pushClips(
      sheet.client,
      'Customers',
      [{ clipId: 'c1', op: 'update', clip: clipFixture('c1') }],
      'zh',
    );
    expect(result).toMatchObject({ written: ['c1'], refused: [] });
    expect(sheet.rows.filter((r) => r.includes('c1'))).toHaveLength(1);
  });

  it('refuses only the clip with a cell over 50,000 characters, naming its column; the batch goes on', async () => {
    const sheet = memorySheet([['姓名', '邮箱', '备注', '剪藏编号']]);
    const minutes = '会议纪要：'.repeat(10_001); // 50,005 characters pasted into the note
    const result = await pushClips(
      sheet.client,
      'Customers',
      [append('c1', { note: minutes }), append('c2', { name: '王芳', emails: ['wang.fang@example.cn'] })],
      'zh',
    );
    expect(result.refused).toEqual([
      { clipId: 'c1', problem: 'cellTooLong', place: { sheet: 'Customers', column: '备注' } },
    ]);
    expect(result.written).toEqual(['c2']);
    expect(sheet.rows.filter((r) => r.includes('c2'))).toHaveLength(1);
    expect(sheet.rows.some((r) => r.includes('c1'))).toBe(false);
  });

  describe('a row the user edited in the sheet since the last sync', () => {
    const header = ['姓名', '职位', '手机', '备注', '剪藏编号'];
    const synced = { syncedAt: '2026-03-05T09:00:00.000Z' };
    /** The row as the extension wrote it, by clip column (what Clip.sheetCells keeps). */
    const written = {
      clipId: 'c1',
      name: '陈静',
      title: '销售总监',
      mobile: '+8613912345678',
      note: '展会认识',
    };
    const sheetWith = (row: string[]) =>
      memorySheet([header, row, ['刘洋', '采购经理', '+8613700001111', '', 'c2']]);
    const update = (
      contact: Record<string, unknown>,
      extra = {},
      op: 'update' | 'overwrite' = 'update',
    ): SyncItem => ({
      clipId: 'c1',
      op,
      clip: clipFixture('c1', { note: '展会认识', ...contact }, { ...synced, sheetCells: written, ...extra }),
    });

    it.each([
      {
        case: 'the user fixed the mobile in the sheet, the extension changed the note: both kept',
        row: ['陈静', '销售总监', '+8613912340000', '展会认识', 'c1'],
        contact: { note: '展会认识，已报价' },
        expected: ['陈静', '销售总监', '+8613912340000', '展会认识，已报价', 'c1'],
      },
      {
        case: 'the user retitled her in the sheet, the extension changed nothing there: the user’s title stays',
        row: ['陈静', '华东区销售总监', '+8613912345678', '展会认识', 'c1'],
        contact: { phones: ['+8613912345678'], note: '展会认识' },
        expected: ['陈静', '华东区销售总监', '+8613912345678', '展会认识', 'c1'],
      },
      {
        case: 'nobody touched the row: the extension’s change is written',
        row: ['陈静', '销售总监', '+8613912345678', '展会认识', 'c1'],
        contact: { title: '华东区销售总监' },
        expected: ['陈静', '华东区销售总监', '+8613912345678', '展会认识', 'c1'],
      },
    ])('$case', async ({ row, contact, expected }) => {
      const sheet = sheetWith(row);
      const result = await pushClips(sheet.client, 'Customers', [update(contact)], 'zh');
      expect(result).toMatchObject({ written: ['c1'], refused: [] });
      expect(sheet.rows[1]?.slice(0, 5)).toEqual(expected);
      expect(sheet.rows[2]?.slice(0, 5)).toEqual(['刘洋', '采购经理', '+8613700001111', '', 'c2']);
    });

    it('refuses a cell changed on both sides, naming the row and column, and writes none of the clip', async () => {
      const sheet = sheetWith([
        '陈静',
        '销售总监',
        '+8613912345678',
        '展会认识。2026-03-10 电话回访：下月下单',
        'c1',
      ]);
      const before = sheet.rows.map((r) => [...r]);
      const result = await pushClips(
        sheet.client,
        'Customers',
        [update({ title: '华东区销售总监', note: '展会认识，已报价' })],
        'zh',
      );
      expect(result.written).toEqual([]);
      expect(result.refused).toEqual([
        { clipId: 'c1', problem: 'editedInSheet', place: { sheet: 'Customers', row: 2, column: '备注' } },
      ]);
      // The header gained the clip columns it lacked; no customer's cell changed.
      expect(sheet.rows.slice(1)).toEqual(before.slice(1));
      // The user chose to write the clip over the sheet.
      const forced = await pushClips(
        sheet.client,
        'Customers',
        [update({ title: '华东区销售总监', note: '展会认识，已报价' }, {}, 'overwrite')],
        'zh',
      );
      expect(forced.written).toEqual(['c1']);
      expect(sheet.rows[1]?.slice(0, 5)).toEqual([
        '陈静',
        '华东区销售总监',
        '+8613912345678',
        '展会认识，已报价',
        'c1',
      ]);
    });

    it('takes a differing cell of a clip synced before its cells were kept as the user’s', async () => {
      const sheet = sheetWith(['陈静', '销售总监', '+8613912340000', '展会认识', 'c1']);
      const result = await pushClips(
        sheet.client,
        'Customers',
        [update({ note: '展会认识，已报价' }, { sheetCells: undefined })],
        'zh',
      );
      expect(result.refused).toMatchObject([{ problem: 'editedInSheet', place: { row: 2, column: '手机' } }]);
      expect(sheet.rows[1]?.[2]).toBe('+8613912340000');
    });

    // A sheet an earlier version made, without 处理目的, 告知日期 and 来源; the user jots a call note
    // in the empty column to its right, on 陈静's row. The next sync adds 处理目的 there.
    it.each([
      {
        case: 'the clip has no purpose: the rest of the clip is written',
        purpose: undefined,
        refused: false,
      },
      { case: 'the clip has a purpose: it waits for the user’s choice', purpose: '报价跟进', refused: true },
    ])(
      'keeps a note beside the table in a column a newer version adds ($case)',
      async ({ purpose, refused }) => {
        const older = CLIP_COLUMNS.filter((c) => !['purpose', 'informedOn', 'source'].includes(c));
        const olderHeader = older.map((c) => TEXTS.zh.clipColumns[c]);
        const cells = rowForClip(
          clipFixture('c1', { note: '展会认识' }),
          planSheetColumns(olderHeader, 'zh'),
        );
        const sheet = memorySheet([olderHeader, [...cells.slice(0, older.length), '周三回电']]);
        const sheetCells = Object.fromEntries(older.map((c, i) => [c, cells[i] ?? '']));
        const contact = { note: '展会认识，已报价', ...(purpose ? { purpose } : {}) };
        const item: SyncItem = {
          clipId: 'c1',
          op: 'update',
          clip: clipFixture('c1', contact, { ...synced, sheetCells }),
        };
        const result = await pushClips(sheet.client, 'Customers', [item], 'zh');
        expect(sheet.rows[0]?.[older.length]).toBe('处理目的');
        expect(sheet.rows[1]?.[older.length]).toBe('周三回电');
        expect(sheet.rows[1]?.[older.indexOf('note')]).toBe(refused ? '展会认识' : '展会认识，已报价');
        expect(result.refused).toEqual(
          refused
            ? [
                {
                  clipId: 'c1',
                  problem: 'editedInSheet',
                  place: { sheet: 'Customers', row: 2, column: '处理目的' },
                },
              ]
            : [],
        );
      },
    );

    it('keeps what the extension wrote for a cell the user changed, so a later change there is a conflict', async () => {
      const sheet = sheetWith(['陈静', '华东区销售总监', '+8613912345678', '展会认识', 'c1']);
      const result = await pushClips(sheet.client, 'Customers', [update({ note: '展会认识，已报价' })], 'zh');
      expect(result.sheetCells.c1).toMatchObject({ title: '销售总监', note: '展会认识，已报价' });
    });
  });
});
