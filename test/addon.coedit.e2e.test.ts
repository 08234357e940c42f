// A co-editor changes the customer sheet while a job runs, on the exact dist/Code.js and the Apps
// Script double. Sheets lets people edit while a script runs (LockService only keeps other
// scripts out), so a job that reads, computes and then writes can find the columns or rows moved
// under it. Each job that writes by position (classify's managed columns, the merge of
// duplicates, the consent fill) reads the sheet's layout again before its first write and, when
// anything moved, writes nothing and says what changed; run again, it writes around the change.
import { addDays, type IsoDate } from '@crm/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type AddonWorld,
  ensureAddonBuilt,
  type JobResult,
  snapshot,
  tablesWorld,
  todayIn,
} from './addonHarness.ts';
import type { SheetModel } from './doubles/appsScript/sheetModel.ts';
import type { CellValue } from './doubles/appsScript/typedInput.ts';

beforeAll(() => ensureAddonBuilt(), 120_000);

type Rows = CellValue[][];

/** A customer table as people keep it, its orders, and the job to run on it. */
interface JobCase {
  job: string;
  customers: (today: IsoDate) => Rows;
  run: (w: AddonWorld) => JobResult;
}

const ORDERS = (today: IsoDate): Rows => [
  ['客户编号', '订单日期', '金额'],
  ['C001', addDays(today, -20), 1200],
  ['C002', addDays(today, -200), 300],
  ['C003', addDays(today, -45), 860],
  ['C004', addDays(today, -45), 860],
];

const JOBS: JobCase[] = [
  {
    job: 'classify',
    customers: () => [
      ['客户编号', '姓名', '手机', '备注'],
      ['C001', '张伟', '13812345678', '大客户，月底回访'],
      ['C002', '李娜', '13912345678', '只接受邮件'],
      ['C003', '王芳', '13712345678', ''],
      ['C004', '陈静', '13612345678', '老客户介绍'],
    ],
    run: (w) => w.addon.runJob?.('classify') as JobResult,
  },
  {
    // C004 is C001 typed again (same email): C001 keeps its row and gains C004's phone.
    job: 'merge',
    customers: () => [
      ['客户编号', '姓名', '手机', '邮箱', '备注'],
      ['C001', '张伟', '', 'zhangwei@huaxin.com', '大客户，月底回访'],
      ['C002', '李娜', '13912345678', 'lina@yunfan.cn', '只接受邮件'],
      ['C003', '王芳', '13712345678', 'wangfang@xinghe.cn', ''],
      ['C004', '张伟', '13812345678', 'zhangwei@huaxin.com', ''],
    ],
    run: (w) => w.addon.runJob?.('merge') as JobResult,
  },
  {
    // 王芳 gave her separate consent on 2025-03-01; the others' cells are empty.
    job: 'consent fill',
    customers: () => [
      ['客户编号', '姓名', '手机', '合法依据', '告知日期'],
      ['C001', '赵六', '13812345678', '', ''],
      ['C002', '李娜', '13912345678', '', ''],
      ['C003', '王芳', '13712345678', '单独同意', '2025-03-01'],
      ['C004', '陈静', '13612345678', '', ''],
    ],
    run: (w) =>
      w.addon.fillConsentColumns?.({
        legalBasis: 'existing-customer',
        informedOn: '2026-12-01',
      }) as JobResult,
  },
];

/** What a co-editor does, and what the refusal says changed. */
interface CoEdit {
  name: string;
  edit: (sheet: SheetModel) => void;
  zh: RegExp;
}

/** Data → Sort range on the rows below the header, by 客户编号 descending. */
function sortById(sheet: SheetModel): void {
  const [header, ...rows] = sheet.values;
  rows.sort((a, b) => String(b[0]).localeCompare(String(a[0])));
  sheet.values = [header ?? [], ...rows];
}

const CO_EDITS: CoEdit[] = [
  {
    name: 'inserts a column right of 客户编号 and 姓名',
    edit: (sheet) => {
      sheet.insertColumns(2, 1);
      sheet.set(1, 3, '微信');
      sheet.set(2, 3, 'zw_88');
    },
    zh: /C 列的表头原为“手机”，现在是“微信”/,
  },
  {
    name: 'deletes the column 手机',
    edit: (sheet) => sheet.deleteColumns(3, 1),
    zh: /C 列的表头原为“手机”，现在是“(备注|邮箱|合法依据)”/,
  },
  { name: 'sorts the rows', edit: sortById, zh: /第 2 行已不是读取时的那位客户/ },
  {
    name: 'inserts a customer row above the others',
    edit: (sheet) => {
      sheet.insertRows(1, 1);
      for (const [i, cell] of ['C000', '周杰', '13512345678'].entries()) sheet.set(2, i + 1, cell);
    },
    zh: /最后一行原是第 5 行，现在是第 6 行/,
  },
  {
    name: 'adds a customer row at the bottom',
    edit: (sheet) => {
      for (const [i, cell] of ['C005', '吴敏', '13522223333'].entries()) sheet.set(6, i + 1, cell);
    },
    zh: /最后一行原是第 5 行，现在是第 6 行/,
  },
];

/** The job's customer sheet and the orders, in a spreadsheet in Shanghai's time zone. */
function world(job: JobCase, locale?: string): AddonWorld {
  const timeZone = 'Asia/Shanghai';
  const today = todayIn(timeZone);
  return tablesWorld(
    { 客户: job.customers(today), 订单: ORDERS(today) },
    { timeZone, ...(locale ? { locale } : {}) },
  );
}

/**
 * Runs `edit` as a co-editor right after the job has read the customer sheet whole: the two
 * sheets' headers are probed (two getValues), then the customer sheet is read (the third).
 * Returns the snapshot taken just after the edit (empty if it never ran).
 */
function coEditAfterRead(w: AddonWorld, edit: (sheet: SheetModel) => void): () => string {
  let after = '';
  w.env.calls.hook({
    key: 'Range.getValues',
    nth: 3,
    after: () => {
      edit(w.env.book.sheet('客户'));
      after = snapshot(w);
    },
  });
  return () => after;
}

describe('a job whose sheet a co-editor changed while it ran writes nothing', () => {
  for (const job of JOBS) {
    describe(job.job, () => {
      it.each(CO_EDITS)('refuses when a co-editor $name, and writes when run again', (coEdit) => {
        const w = world(job);
        const afterEdit = coEditAfterRead(w, coEdit.edit);
        const refused = job.run(w);
        expect(afterEdit()).not.toBe('');
        expect(refused.ok).toBe(false);
        expect(refused.message).toMatch(/^任务运行期间，工作表“客户”被人改动了：/);
        expect(refused.message).toMatch(coEdit.zh);
        expect(refused.message).toMatch(/请等其他人编辑完后重新运行。未做任何修改。$/);
        // Every cell, format and sheet as the co-editor left them: nothing written, no backup.
        expect(snapshot(w)).toBe(afterEdit());

        // Run again, as the message says: the job now reads the changed sheet and writes.
        const sheet = w.env.book.sheet('客户');
        const userCells = sheet.values.map((row) => [...row]);
        expect(job.run(w).ok).toBe(true);
        if (job.job === 'merge') return;
        // Classify and the consent fill keep every cell someone typed.
        for (const [r, row] of userCells.entries())
          for (const [c, cell] of row.entries())
            if (cell !== '') expect(sheet.values[r]?.[c], `${r + 1},${c + 1}`).toEqual(cell);
      });
    });
  }
});

describe('in a sheet whose empty columns were deleted (the grid as wide as the table)', () => {
  for (const job of JOBS) {
    it(`${job.job} refuses, saying which header changed, when a co-editor deletes the column 手机`, () => {
      const w = world(job);
      const sheet = w.env.book.sheet('客户');
      sheet.deleteColumns(sheet.lastColumn() + 1, sheet.maxColumns - sheet.lastColumn());
      const afterEdit = coEditAfterRead(w, (s) => s.deleteColumns(3, 1));
      const refused = job.run(w);
      expect(refused.ok).toBe(false);
      expect(refused.message).toMatch(/C 列的表头原为“手机”，现在是“(备注|邮箱|合法依据)”/);
      expect(snapshot(w)).toBe(afterEdit());
    });
  }
});

describe('in a sheet whose empty rows were deleted (the grid as tall as the table)', () => {
  // Classify and the merge read the table's cells again before their row guard runs.
  for (const job of JOBS.filter((j) => j.job !== 'consent fill')) {
    it(`${job.job} refuses, saying the last row moved, when a co-editor deletes the last customer`, () => {
      const w = world(job);
      const sheet = w.env.book.sheet('客户');
      // Classify writes its columns first, so that the run below re-uses them.
      if (job.job === 'classify') expect(job.run(w).ok).toBe(true);
      sheet.deleteRows(sheet.lastRow() + 1, sheet.maxRows - sheet.lastRow());
      const afterEdit = coEditAfterRead(w, (s) => s.deleteRows(5, 1));
      const refused = job.run(w);
      expect(refused.ok).toBe(false);
      expect(refused.message).toMatch(/最后一行原是第 5 行，现在是第 4 行/);
      expect(snapshot(w)).toBe(afterEdit());
    });
  }
});

describe('what the refusal says', () => {
  it('names the column whose header changed, in English for an English sheet', () => {
    const job = JOBS[0] as JobCase;
    const w = world(job, 'en_US');
    const afterEdit = coEditAfterRead(w, CO_EDITS[0]?.edit ?? (() => {}));
    expect(job.run(w).message).toBe(
      '"客户" was changed while the job was running: the header of column C was "手机" and is now "微信" (someone inserted, deleted or moved a column). Writing now could overwrite their work or put values in the wrong places: cancelled. Run it again once others have finished editing. Nothing was changed.',
    );
    expect(snapshot(w)).toBe(afterEdit());
  });

  it('names the row that no longer holds its customer, in English', () => {
    const job = JOBS[2] as JobCase;
    const w = world(job, 'en_US');
    coEditAfterRead(w, sortById);
    expect(job.run(w).message).toMatch(
      /^"客户" was changed while the job was running: row 2 no longer holds the customer it held \(someone sorted, inserted or deleted rows\)\. .*Nothing was changed\.$/,
    );
  });
});

describe('the consent fill, when a co-editor filled one of its empty cells meanwhile', () => {
  it.each([
    { locale: 'zh_CN', message: /被人改动了：D3 原为空，现在是“单独同意”。.*未做任何修改。$/ },
    { locale: 'en_US', message: /: D3 was empty and now holds "单独同意"\. .*Nothing was changed\.$/ },
  ])('keeps what they recorded and writes nothing ($locale)', ({ locale, message }) => {
    const w = world(JOBS[2] as JobCase, locale);
    // 李娜 tells a colleague she consents separately; the colleague records it in her empty cell.
    const afterEdit = coEditAfterRead(w, (sheet) => sheet.set(3, 4, '单独同意'));
    const refused = JOBS[2]?.run(w);
    expect(refused?.ok).toBe(false);
    expect(refused?.message).toMatch(message);
    expect(snapshot(w)).toBe(afterEdit());
    // Run again: her consent stays, the other empty cells are filled.
    expect(JOBS[2]?.run(w)).toMatchObject({ ok: true, figures: { rowsFilled: 3, cellsFilled: 5 } });
    // The legal basis is worded in the sheet's language (履行合同（现有客户）, or its English label).
    const [, zhao, li, wang, chen] = w.env.book.sheet('客户').values.map((row) => row[3]);
    expect([li, wang]).toEqual(['单独同意', '单独同意']);
    expect(zhao).toMatch(locale === 'en_US' ? /contract/i : /^履行合同/);
    expect(chen).toBe(zhao);
  });
});

describe('without a co-editor', () => {
  it('classify writes its columns beside 备注, which keeps its notes', () => {
    const w = world(JOBS[0] as JobCase);
    expect(JOBS[0]?.run(w).ok).toBe(true);
    const values = w.env.book.sheet('客户').values;
    expect(values[0]?.slice(0, 5)).toEqual(['客户编号', '姓名', '手机', '备注', 'R']);
    expect(values.map((row) => row[3])).toEqual(['备注', '大客户，月底回访', '只接受邮件', '', '老客户介绍']);
  });

  it('the merge fills C001’s phone from C004 and deletes C004’s row', () => {
    const w = world(JOBS[1] as JobCase);
    expect(JOBS[1]?.run(w)).toMatchObject({ ok: true, figures: { groups: 1, rowsRemoved: 1 } });
    const values = w.env.book.sheet('客户').values;
    expect(values.map((row) => row[0])).toEqual(['客户编号', 'C001', 'C002', 'C003']);
    expect(String(values[1]?.[2])).toBe('13812345678');
    expect(values[1]?.[4]).toBe('大客户，月底回访');
  });

  it('the consent fill fills the empty cells and keeps 王芳’s recorded consent', () => {
    const w = world(JOBS[2] as JobCase);
    expect(JOBS[2]?.run(w)).toMatchObject({ ok: true, figures: { rowsFilled: 3, cellsFilled: 6 } });
    const sheet = w.env.book.sheet('客户');
    expect(sheet.values.map((row) => row[3])).toEqual([
      '合法依据',
      '履行合同（现有客户）',
      '履行合同（现有客户）',
      '单独同意',
      '履行合同（现有客户）',
    ]);
    expect([2, 3, 4, 5].map((row) => sheet.dayAt(row, 5))).toEqual([
      '2026-12-01',
      '2026-12-01',
      '2025-03-01',
      '2026-12-01',
    ]);
  });
});
