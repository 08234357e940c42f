// lunar-javascript ships no types; this declares only the part the follow-ups use.
declare module 'lunar-javascript' {
  interface LunarSolar {
    /** `YYYY-MM-DD` in the Gregorian calendar. */
    toYmd(): string;
  }
  interface LunarDate {
    getSolar(): LunarSolar;
  }
  const lunarJavascript: {
    Lunar: {
      /** A date of the Chinese lunar calendar (month 1–12; leap months are negative). */
      fromYmd(lunarYear: number, lunarMonth: number, lunarDay: number): LunarDate;
    };
  };
  export default lunarJavascript;
}
