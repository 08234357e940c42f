import { describe, expect, it } from 'vitest';
import { planSheetColumns, rowForClip } from '../logic/planSheetColumns.ts';
import { clipFixture } from '../testing/clipFixture.ts';
import { pushClips } from './pushClips.ts';
import { type SheetsClient, SheetsRequestError } from './sheetsClient.ts';

/** An in-memory sheet behind the SheetsClient port (A1 ranges as pushClips writes them). */
function memorySheet(initial: string[][] = []) {
  const rows: string[][] = initial.map((r) => [...r]);
  const calls: string[] = [];
  let failAppends = 0;
  const colIndex = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const client: SheetsClient = {
    async getValues(range) {
      calls.push(`get ${range}`);
      const a1 = range.split('!')[1] ?? '';
      if (a1 === '1:1') return rows[0] ? [rows[0]] : [];
      const m = /^([A-Z]+)2:/.exec(a1);
      const c = colIndex(m?.[1] ?? 'A');
      return rows.slice(1).map((r) => [r[c] ?? '']);
    },
    async batchUpdateValues(data) {
      calls.push(`update ${data.length}`);
      for (const d of data) {
        const m = /!([A-Z]+)(\d+)$/.exec(d.range);
        if (!m) throw new Error(`unexpected range ${d.range}`);
        const r = Number(m[2]) - 1;
        while (rows.length <= r) rows.push([]);
        const row = rows[r] ?? [];
        row[colIndex(m[1] ?? 'A')] = d.values[0]?.[0] ?? '';
        rows[r] = row;
      }
    },
    async appendValues(_range, values) {
      calls.push('append');
      rows.push(...values.map((v) => [...v]));
      if (failAppends-- > 0) throw new SheetsRequestError(0, 'connection reset after the write');
    },
  };
  return { client, rows, calls, failAfterWrite: (n: number) => (failAppends = n) };
}

describe('sheet column plan', () => {
  it('gives an empty sheet the full header in the UI language', () => {
    const plan = planSheetColumns([], 'zh');
    expect(plan.headerWrites.map((w) => w.text).slice(0, 4)).toEqual(['剪藏编号', '姓名', '公司', '职位']);
    expect(planSheetColumns(['', ''], 'en').headerWrites[1]?.text).toBe('Name');
  });

  it('respects existing columns and adds only the clip-id column, in the sheet language', () => {
    const plan = planSheetColumns(['Customer ID', 'E-mail', 'Full Name', 'Cell', 'Segment'], 'zh');
    expect(plan.columns).toMatchObject({ email: 1, name: 2, mobile: 3, clipId: 5 });
    expect(plan.headerWrites).toEqual([{ column: 5, text: 'Clip ID' }]);
    const row = rowForClip(clipFixture('c1', { phones: ['+8613912345678', '+862161234567'] }), plan);
    expect(row).toEqual(['', 'chen.jing@yuanfan-scm.cn', '陈静', '+8613912345678', '', 'c1']);
  });

  it('puts a landline in a mobile-only sheet and keeps the second number in the note', () => {
    const plan = planSheetColumns(['姓名', '手机', '备注', '剪藏编号'], 'zh');
    const row = rowForClip(
      clipFixture('c1', { phones: ['+862161234567', '+8613912345678'], note: '展会认识' }),
      plan,
    );
    expect(row).toEqual(['陈静', '+8613912345678', '展会认识\nTel: +862161234567', 'c1']);
  });
});

describe('pushClips (idempotent append)', () => {
  it('creates the header and appends new clips once', async () => {
    const sheet = memorySheet();
    const result = await pushClips(
      sheet.client,
      'Customers',
      [{ clip: clipFixture('c1'), op: 'append' }],
      'zh',
    );
    expect(result.appended).toEqual(['c1']);
    expect(sheet.rows[0]?.[0]).toBe('剪藏编号');
    expect(sheet.rows).toHaveLength(2);
  });

  it('never doubles a row when the answer to an append was lost and the batch is retried', async () => {
    const sheet = memorySheet([['姓名', '邮箱', '剪藏编号']]);
    sheet.failAfterWrite(1);
    const items = [{ clip: clipFixture('c1'), op: 'append' as const }];
    await expect(pushClips(sheet.client, 'Customers', items, 'zh')).rejects.toThrow('connection reset');
    const retry = await pushClips(sheet.client, 'Customers', items, 'zh');
    expect(retry).toEqual({ appended: [], updated: [], skipped: ['c1'] });
    expect(sheet.rows.filter((r) => r[2] === 'c1')).toHaveLength(1);
  });

  it('rewrites only the clip cells of an edited clip, leaving managed columns alone', async () => {
    const sheet = memorySheet([
      ['姓名', '职位', '客户分群', '剪藏编号'],
      ['陈静', '销售总监', '重要价值客户', 'c1'],
    ]);
    const edited = clipFixture('c1', { title: '华东区销售总监' });
    const result = await pushClips(sheet.client, 'Customers', [{ clip: edited, op: 'update' }], 'zh');
    expect(result.updated).toEqual(['c1']);
    expect(sheet.rows[1]).toEqual(['陈静', '华东区销售总监', '重要价值客户', 'c1']);
    expect(sheet.calls).not.toContain('append');
  });
});
