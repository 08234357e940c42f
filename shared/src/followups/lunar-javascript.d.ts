// lunar-javascript ships no types; this declares only the part the follow-ups use.
declare module 'lunar-javascript' {
  interface LunarSolar {
    /** `YYYY-MM-DD` in the Gregorian calendar. */
    toYmd(): string;
  }
  interface LunarDate {
    getSolar(): LunarSolar;
    /** The solar terms (清明, 冬至 …) about the lunar year of this date, by their Chinese names. */
    getJieQiTable(): Record<string, LunarSolar | undefined>;
  }
  /** A day of China's statutory holiday calendar (法定节假日), as the State Council publishes it. */
  interface LunarHoliday {
    /** `YYYY-MM-DD`. */
    getDay(): string;
    /** 国庆节, 春节 …, the same name on the days off and on their 调休 working days. */
    getName(): string;
    /** True on a 调休 working day (a weekend worked in exchange), false on a day off. */
    isWork(): boolean;
  }
  const lunarJavascript: {
    LunarMonth: {
      /** A month of the lunar calendar, or null outside the years lunar-javascript covers. */
      fromYm(lunarYear: number, lunarMonth: number): { getDayCount(): number } | null;
    };
    HolidayUtil: {
      /** The statutory days of one Gregorian year (days off and 调休 working days); [] when not known. */
      getHolidays(year: number): LunarHoliday[];
    };
    Lunar: {
      /** A date of the Chinese lunar calendar (month 1–12; leap months are negative). */
      fromYmd(lunarYear: number, lunarMonth: number, lunarDay: number): LunarDate;
    };
  };
  export default lunarJavascript;
}
