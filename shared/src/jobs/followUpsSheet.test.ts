import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../config/config.ts';
import { addDays } from '../model/dates.ts';
import type { Cell } from '../model/table.ts';
import { locateFollowUpsSheet } from './followUpsSheet.ts';
import { locatedSheetNames } from './locatedSheetNames.ts';
import { locateTables } from './locateTables.ts';
import { readJobTables } from './readJobTables.ts';
import { runJob } from './runJob.ts';
import type { SheetGrid } from './sheetGrid.ts';

const TODAY = '2026-03-02';
const customers: SheetGrid = {
  name: '客户',
  rows: [
    ['客户编号', '姓名', '负责人', '最近购买日期', '购买次数', '消费金额'],
    ['C001', '张伟', '李娜', '2025-12-20', 12, 28600],
    ['C002', '王芳', '李娜', '2026-01-02', 3, 1980],
    ['C003', 'Emily Chen', '张强', '2025-11-01', 5, 7300],
  ] as Cell[][],
};

function followUps(sheets: SheetGrid[], today = TODAY) {
  const config = resolveConfig({ language: 'zh' });
  const location = locateTables(sheets, { headerOverrides: config.headerOverrides });
  return runJob('followups', {
    tables: readJobTables(sheets, location),
    config,
    today,
    sheetNames: sheets.map((s) => s.name),
  });
}

/** The follow-up sheet as a spreadsheet would hold what the job wrote. */
function written(output: ReturnType<typeof followUps>, name = '跟进任务'): SheetGrid {
  const layout = output.sheet?.layout;
  return { name, rows: (layout?.rows ?? []).map((r) => [...r]) };
}

describe('the follow-up sheet of the last run', () => {
  it('is found by its name in either language, below any title rows, and read with the other tables', () => {
    const sheet = (name: string, ...rows: Cell[][]): SheetGrid => ({ name, rows });
    expect(locateFollowUpsSheet([customers, sheet('Follow-ups', ['Done', 'Due', 'Task ID'])])).toEqual({
      sheet: 'Follow-ups',
      headerRow: 1,
    });
    expect(locateFollowUpsSheet([sheet('跟进任务', ['三月计划'], [], ['完成', '任务编号'])])?.headerRow).toBe(
      3,
    );
    // A sheet of that name without a Task ID column is the user's own: left alone.
    expect(locateFollowUpsSheet([sheet('跟进任务', ['日期', '备注'])])).toBeNull();
    const location = locateTables([customers, sheet('跟进任务', ['任务编号'])], {
      headerOverrides: resolveConfig().headerOverrides,
    });
    expect(locatedSheetNames(location)).toEqual(['客户', '跟进任务']);
  });

  it('keeps the Done marks when the follow-up job rewrites the sheet, and a done task is neither open nor overdue', () => {
    const first = followUps([customers]);
    const sheet = written(first);
    const header = sheet.rows[0] ?? [];
    const done = header.indexOf('完成');
    const id = header.indexOf('任务编号');
    const ticked = String(sheet.rows[1]?.[id]);
    (sheet.rows[1] as Cell[])[done] = true;
    const next = followUps([customers, sheet], addDays(TODAY, 2));
    expect(next.analysis.followUps.some((t) => t.id === ticked)).toBe(false);
    const task = next.analysis.doneFollowUps.find((t) => t.id === ticked);
    expect(task?.done).toEqual({ mark: true, on: expect.any(String) });
    const rewritten = written(next);
    const row = rewritten.rows.find((r) => r[id] === ticked);
    expect(row?.[done]).toBe(true);
    expect(next.figures).toMatchObject({ done: 1, tasks: next.analysis.followUps.length });
    expect(next.figures.overdue).toBe(next.analysis.followUps.filter((t) => t.overdueDays > 0).length);
    // What was due on the first day and is not ticked is now two days overdue.
    const open = next.analysis.followUps.filter((t) => t.due === TODAY);
    for (const t of open) expect(t.overdueDays).toBe(2);
  });
});
