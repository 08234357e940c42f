import { describe, expect, it } from 'vitest';
import type { FollowUpTask } from '../model/results.ts';
import { followUpsSheetLayout } from './followUpsSheetLayout.ts';
import { sampleAnalysis, TODAY } from './sheetsTestFixture.ts';

const task = (due: string, priority: FollowUpTask['priority'], name: string): FollowUpTask => ({
  id: `${name}-${due}`,
  customerRow: 2,
  customerId: 'C001',
  customerName: name,
  owner: '王经理',
  due,
  kind: 'revisit',
  priority,
  overdueDays: due < TODAY ? 3 : 0,
  escalate: false,
  reason: '定期回访',
  channel: 'phone',
  message: `${name}您好，好久不见！`,
  batch: null,
  done: null,
});

describe('followUpsSheetLayout', () => {
  it('lists tasks earliest first (then by priority) under a frozen, bold header', () => {
    const layout = followUpsSheetLayout(
      [
        task('2026-05-25', 'low', '李娜'),
        task(TODAY, 'low', 'Alice'),
        task(TODAY, 'urgent', '刘洋'),
        task('2026-05-17', 'high', '王芳'),
      ],
      'zh',
      TODAY,
    );
    expect(layout.frozenRows).toBe(1);
    expect(layout.rows[0]?.slice(0, 4)).toEqual(['完成', '到期日', '优先级', '类型']);
    expect(layout.rows.slice(1).map((r) => r[5])).toEqual(['王芳', '刘洋', 'Alice', '李娜']);
    expect(layout.styles[0]).toMatchObject({ row: 1, rows: 1, bold: true });
  });

  it('puts overdue tasks on a red band and tasks due today on a yellow one', () => {
    const layout = followUpsSheetLayout(
      [
        task('2026-05-10', 'high', '王芳'),
        task('2026-05-11', 'high', '张伟'),
        task(TODAY, 'low', 'Alice'),
        task('2026-06-01', 'low', '李娜'),
      ],
      'en',
      TODAY,
    );
    const bands = layout.styles.filter((s) => s.background && s.row > 1);
    expect(bands.map((s) => [s.row, s.rows])).toEqual([
      [2, 2],
      [4, 1],
    ]);
    expect(layout.rows[0]?.slice(0, 2)).toEqual(['Done', 'Due']);
  });

  it('lists done tasks last, greyed, with the Done mark as the user wrote it', () => {
    const done = {
      ...task('2026-05-10', 'high', '王芳'),
      overdueDays: 0,
      done: { mark: '是', on: '2026-05-10' },
    };
    const layout = followUpsSheetLayout([done, task(TODAY, 'low', 'Alice')], 'zh', TODAY);
    expect(layout.rows.slice(1).map((r) => [r[0], r[5]])).toEqual([
      ['', 'Alice'],
      ['是', '王芳'],
    ]);
    const grey = layout.styles.find((s) => s.fontColor && s.row > 1);
    expect(grey).toMatchObject({ row: 3, rows: 1 });
  });

  it('uses the same number of styles for 10 or 1,000 customers, and a rectangular grid', () => {
    const small = sampleAnalysis(10);
    const large = sampleAnalysis(1000);
    const a = followUpsSheetLayout(small.followUps, 'zh', TODAY);
    const b = followUpsSheetLayout(large.followUps, 'zh', TODAY);
    expect(b.rows.length).toBeGreaterThan(a.rows.length);
    expect(b.styles.length).toBe(a.styles.length);
    expect(new Set(b.rows.map((r) => r.length)).size).toBe(1);
  });

  it('writes just the header when there is nothing to do', () => {
    const layout = followUpsSheetLayout([], 'zh', TODAY);
    expect(layout.rows).toHaveLength(1);
    expect(layout.styles.every((s) => s.rows >= 1)).toBe(true);
  });
});
