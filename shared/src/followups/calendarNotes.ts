import type { Language } from '../model/keys.ts';

/** Notes a plan adds about the calendar it was planned on, in each language. */
export const CALENDAR_NOTES: Readonly<
  Record<Language, { unknownYears: (years: readonly number[]) => string }>
> = {
  zh: {
    unknownYears: (years) =>
      `${years.join('、')} 年的放假调休安排尚未收录：这段时间的跟进避开了周末、设置中的休息日和法定假日当天（元旦，除夕至正月初三，清明，5 月 1、2 日，端午，中秋，10 月 1 至 3 日），但调休多放的假日和周末补班日还不知道。国务院公布安排后请更新本工具，或在设置 followUps.workDays 的 daysOff 和 extraWorkingDays 中填写这些日期。`,
  },
  en: {
    unknownYears: (years) =>
      `China's holiday arrangement (调休) for ${years.join(', ')} is not known yet: follow-ups in ${years.length === 1 ? 'that year' : 'those years'} avoid weekends, the days off in the settings and the public holidays the law itself gives (New Year's Day, Spring Festival's eve to its third day, Qingming, 1–2 May, Dragon Boat, Mid-Autumn, 1–3 October), but not the extra days off and the weekend working days the arrangement adds. Update the toolkit once the State Council publishes it, or list those days in followUps.workDays (daysOff, extraWorkingDays).`,
  },
};
