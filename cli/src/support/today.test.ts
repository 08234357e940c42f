import { describe, expect, it } from 'vitest';
import { localToday, todayIn } from './today.ts';

describe('todayIn', () => {
  // 17:30 UTC on 4 March: evening in London, the next morning in Shanghai.
  const now = new Date('2026-03-04T17:30:00Z');
  it.each([
    ['Asia/Shanghai', '2026-03-05'],
    ['Europe/London', '2026-03-04'],
    ['America/Los_Angeles', '2026-03-04'],
    ['Pacific/Kiritimati', '2026-03-05'],
    ['Etc/GMT+12', '2026-03-04'],
  ])('gives the calendar day in %s', (zone, day) => {
    expect(todayIn(zone, now)).toBe(day);
  });

  it('falls back to the local day without a zone or with one it does not know', () => {
    expect(todayIn(undefined, now)).toBe(localToday(now));
    expect(todayIn('Mars/Olympus_Mons', now)).toBe(localToday(now));
  });
});
