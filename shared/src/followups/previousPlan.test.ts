import { describe, expect, it } from 'vitest';
import type { Cell } from '../model/table.ts';
import { readDoneMark } from './doneMark.ts';
import { readPreviousPlan } from './previousPlan.ts';

describe('readDoneMark', () => {
  it.each<[Cell, boolean, string | null]>([
    [true, true, null],
    ['✓', true, null],
    ['√', true, null],
    ['是', true, null],
    ['已完成', true, null],
    ['已聯繫', true, null],
    ['已辦', true, null],
    [' Done ', true, null],
    ['x', true, null],
    [1, true, null],
    ['2026-11-25', true, '2026-11-25'],
    ['2026/11/25', true, '2026-11-25'],
    [new Date(2026, 10, 25), true, '2026-11-25'],
    [null, false, null],
    ['', false, null],
    [false, false, null],
    ['否', false, null],
    ['no', false, null],
    ['明天再打', false, null],
    ['未聯繫', false, null],
    [0, false, null],
  ])('reads %j as done: %s (on %s)', (cell, done, on) => {
    const mark = readDoneMark(cell);
    expect(mark.done).toBe(done);
    if (mark.done) expect(mark.on).toBe(on);
  });
});

describe('readPreviousPlan', () => {
  it('finds the columns by their headers in either language, in any order', () => {
    const plan = readPreviousPlan({
      header: ['Task ID', 'Customer', 'Kind', 'Due', 'Done', 'Customer ID', 'Priority'],
      rows: [
        ['revisit:5:2026-11-01', '王芳', 'Regular check-in', new Date(2026, 10, 20), '✓', 'C005', 'High'],
        [
          'holiday:batch:new-year:2027-01-01:李娜',
          '王芳、李明',
          '节日问候',
          '2026-12-27',
          '',
          'C005、C006',
          '低',
        ],
        ['', 'a note the user added', '', '', '', '', ''],
      ],
    });
    expect([...plan.keys()]).toEqual(['revisit:5:2026-11-01', 'holiday:batch:new-year:2027-01-01:李娜']);
    expect(plan.get('revisit:5:2026-11-01')).toMatchObject({
      due: '2026-11-20',
      done: { done: true, mark: '✓', on: null },
      customerRow: 5,
      customerId: 'C005',
      kind: 'revisit',
      priority: 'high',
    });
    expect(plan.get('holiday:batch:new-year:2027-01-01:李娜')).toMatchObject({
      customerRow: null,
      done: { done: false },
      kind: 'holiday',
      priority: 'low',
    });
  });

  it('gives an empty plan for a sheet without a Task ID column', () => {
    expect(readPreviousPlan({ header: ['到期日', '完成'], rows: [['2026-11-20', '✓']] }).size).toBe(0);
  });
});
