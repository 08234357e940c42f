import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cell } from '../model/table.ts';
import { columnDayOrder, parseDate } from './parseDate.ts';

describe('columnDayOrder', () => {
  it.each<[string, Cell[], ReturnType<typeof columnDayOrder>]>([
    ['a US export', ['11/02/2026', '11/20/2026', '09/09/2026'], 'month-first'],
    ['a UK export', ['02/11/2026', '20/11/2026', null, 45000], 'day-first'],
    ['only ambiguous dates', ['11/02/2026', '3/5/2026'], null],
    ['both orders in one column', ['11/20/2026', '20/11/2026', '3/5/2026'], null],
    ['ISO dates settle nothing', ['2026-11-02', '2026/11/20'], null],
    ['an impossible date settles nothing', ['13/13/2026', '3/5/2026'], null],
    ['dashes and dots count too', ['3.5.2026', '25.12.2026'], 'day-first'],
    // Hungarian writes the year, the month and the day with dots; its dates without their year
    // put the month first too. A German column without its years puts the day first.
    ['a Hungarian book', ['2026. 10. 01.', '10. 12.'], 'month-first'],
    ['a month that can be no day', ['10. 12.', '10. 14.'], 'month-first'],
    ['a German column', ['7. 10.', '19.10.'], 'day-first'],
  ])('%s', (_name, cells, order) => {
    expect(columnDayOrder(cells)).toBe(order);
  });

  it("reads an ambiguous date in the column's order and refuses it without one", () => {
    expect(parseDate('11/02/2026', { dayOrder: 'month-first' })).toEqual({ ok: true, value: '2026-11-02' });
    expect(parseDate('11/02/2026', { dayOrder: 'day-first' })).toEqual({ ok: true, value: '2026-02-11' });
    expect(parseDate('11/02/2026').ok).toBe(false);
  });

  it('never lets the order overrule a date that settles itself', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 13, max: 28 }),
        fc.constantFrom('month-first' as const, 'day-first' as const),
        (month, day, order) => {
          const want = `2026-${String(month).padStart(2, '0')}-${day}`;
          expect(parseDate(`${month}/${day}/2026`, { dayOrder: order })).toEqual({ ok: true, value: want });
          expect(parseDate(`${day}/${month}/2026`, { dayOrder: order })).toEqual({ ok: true, value: want });
        },
      ),
    );
  });

  it('reads every date of a month-first column the way the column reads', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) }),
          {
            minLength: 1,
            maxLength: 30,
          },
        ),
        (dates) => {
          const cells = [...dates.map((d) => `${d.month}/${d.day}/2026`), '12/31/2026'];
          const dayOrder = columnDayOrder(cells);
          expect(dayOrder).toBe('month-first');
          for (const d of dates) {
            const want = `2026-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
            expect(parseDate(`${d.month}/${d.day}/2026`, { dayOrder })).toEqual({ ok: true, value: want });
          }
        },
      ),
    );
  });
});
