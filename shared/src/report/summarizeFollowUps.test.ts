import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FOLLOW_UP_KINDS, PRIORITIES } from '../model/keys.ts';
import type { FollowUpTask } from '../model/results.ts';
import { summarizeFollowUps } from './summarizeFollowUps.ts';

const RANK = { urgent: 0, high: 1, medium: 2, low: 3 } as const;

describe('summarizeFollowUps', () => {
  it('keeps the 20 most pressing tasks: earliest due, escalated, then priority', () => {
    const task = fc.record({
      day: fc.integer({ min: 1, max: 28 }),
      priority: fc.constantFrom(...PRIORITIES),
      kind: fc.constantFrom(...FOLLOW_UP_KINDS),
      escalate: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(task, { maxLength: 80 }), (specs) => {
        const tasks = specs.map(
          (s, i): FollowUpTask => ({
            id: `t${i}`,
            customerRow: i + 2,
            customerId: `C${i}`,
            customerName: '王芳',
            owner: null,
            due: `2026-03-${String(s.day).padStart(2, '0')}`,
            kind: s.kind,
            priority: s.priority,
            overdueDays: Math.max(0, 15 - s.day),
            escalate: s.escalate,
            reason: '',
            channel: 'phone',
            message: '',
            batch: null,
            done: null,
          }),
        );
        const expected = [...tasks]
          .sort(
            (a, b) =>
              a.due.localeCompare(b.due) ||
              Number(b.escalate) - Number(a.escalate) ||
              RANK[a.priority] - RANK[b.priority] ||
              a.customerRow - b.customerRow,
          )
          .slice(0, 20)
          .map((t) => t.customerRow);
        const summary = summarizeFollowUps(tasks, '2026-03-15', 'zh');
        expect(summary.top.map((t) => t.customerRow)).toEqual(expected);
        expect(summary.total).toBe(tasks.length);
        expect(summary.byKind.reduce((sum, k) => sum + k.count, 0)).toBe(tasks.length);
        expect(summary.byPriority.reduce((sum, p) => sum + p.count, 0)).toBe(tasks.length);
        expect(summary.overdue).toBe(tasks.filter((t) => t.overdueDays > 0).length);
      }),
    );
  });

  it('has empty counts without tasks', () => {
    expect(summarizeFollowUps([], '2026-03-15', 'en')).toEqual({
      total: 0,
      overdue: 0,
      escalated: 0,
      dueThisWeek: 0,
      done: 0,
      deferred: 0,
      batches: 0,
      batchCustomers: 0,
      busiestDay: null,
      byKind: [],
      byPriority: [],
      top: [],
    });
  });
});
