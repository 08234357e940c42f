import type { Language } from '../model/keys.ts';

/** Notes a plan adds about the calendar it was planned on, in each language. */
export const CALENDAR_NOTES: Readonly<
  Record<Language, { unknownYears: (years: readonly number[]) => string }>
> = {
  zh: {
    unknownYears: (years) =>
      `${years.join('、')} 年的法定节假日和调休安排尚未收录：这段时间的跟进只避开了周末（和设置中的休息日）。国务院公布安排后请更新本工具，或在设置 followUps.workDays 的 daysOff 和 extraWorkingDays 中填写这些日期。`,
  },
  en: {
    unknownYears: (years) =>
      `China's public holidays and 调休 working days of ${years.join(', ')} are not known yet: follow-ups in ${years.length === 1 ? 'that year' : 'those years'} avoid weekends (and the days off in the settings) only. Update the toolkit once the State Council publishes them, or list those days in followUps.workDays (daysOff, extraWorkingDays).`,
  },
};
