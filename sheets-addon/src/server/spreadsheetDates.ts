import { type Cell, dayNumberToSerial, type IsoDate, toDayNumber } from '@crm/shared';

/** Offsets are looked up per week: no zone changes its offset twice within a week. */
const BUCKET_MS = 7 * 86_400_000;
/** Within a week that has a change, per quarter hour: zones change on quarter hours. */
const QUARTER_HOUR_MS = 900_000;
/** Utilities.formatDate pattern read back as UTC fields; SimpleDateFormat letters. */
const WALL_CLOCK_PATTERN = 'yyyy-MM-dd HH:mm:ss';
const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

/**
 * Date cells as calendar days of the spreadsheet. Apps Script hands a date cell over as the
 * instant of its midnight in the spreadsheet's time zone, but the script's local Date getters
 * read it in the script's zone (appsscript.json), so a Tokyo sheet would read a day early; and
 * `new Date(y, m, d)` is the script's midnight, a day early in Los Angeles. Reading goes through
 * Utilities.formatDate in the spreadsheet's zone instead, about once per week of the data (offsets
 * only change at daylight-saving transitions, looked up to the instant in the weeks that have one),
 * and writing uses serial numbers, which are calendar days in every zone.
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSpreadsheetTimeZone()
 * https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
 */
export class SpreadsheetDates {
  /** Offset of the zone at the start of each week bucket seen so far (ms). */
  private readonly offsets = new Map<number, number>();
  /** Per week: its one offset, or NaN when the offset changes during the week. */
  private readonly steady = new Map<number, number>();
  /** Offsets at quarter hours of weeks with a daylight-saving change. */
  private readonly changeWeekOffsets = new Map<number, number>();

  constructor(readonly timeZone: string) {}

  /**
   * Every Date cell of a grid turned into its wall clock — a Date whose UTC fields are the date
   * and time the sheet shows, read by the core with `dateObjects: 'utc'` — in place: the grids
   * come fresh from getValues, so their Dates are moved rather than copied.
   */
  wallClocks(rows: Cell[][]): Cell[][] {
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r] as Cell[];
      for (let i = 0, n = row.length; i < n; i++) {
        const cell = row[i];
        // Most cells are text or numbers: the typeof test spares them the prototype walk.
        if (typeof cell !== 'object' || cell === null || !(cell instanceof Date)) continue;
        const t = cell.getTime();
        if (!Number.isNaN(t)) cell.setTime(t + this.offsetAt(t));
      }
    }
    return rows;
  }

  private offsetAt(t: number): number {
    const bucket = Math.floor(t / BUCKET_MS);
    let offset = this.steady.get(bucket);
    if (offset === undefined) {
      const start = this.bucketStartOffset(bucket);
      offset = start === this.bucketStartOffset(bucket + 1) ? start : Number.NaN;
      this.steady.set(bucket, offset);
    }
    if (!Number.isNaN(offset)) return offset;
    // A daylight-saving change during that week: look the quarter hour up.
    const quarter = Math.floor(t / QUARTER_HOUR_MS);
    let changing = this.changeWeekOffsets.get(quarter);
    if (changing === undefined) {
      changing = this.lookUp(quarter * QUARTER_HOUR_MS);
      this.changeWeekOffsets.set(quarter, changing);
    }
    return changing;
  }

  private bucketStartOffset(bucket: number): number {
    let offset = this.offsets.get(bucket);
    if (offset === undefined) {
      offset = this.lookUp(bucket * BUCKET_MS);
      this.offsets.set(bucket, offset);
    }
    return offset;
  }

  /** Wall clock minus instant at `t`, from the spreadsheet zone's rules (to the second). */
  private lookUp(t: number): number {
    const at = Math.floor(t / 1000) * 1000;
    const m = WALL_CLOCK.exec(Utilities.formatDate(new Date(at), this.timeZone, WALL_CLOCK_PATTERN));
    if (!m) return 0;
    const wall = new Date(0);
    wall.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    wall.setUTCHours(Number(m[4]), Number(m[5]), Number(m[6]), 0);
    return wall.getTime() - at;
  }
}

/** The serial number of a calendar day: shown as that day in every time zone once formatted as a date. */
export function dateSerial(day: IsoDate): number {
  return dayNumberToSerial(toDayNumber(day));
}

/** The serial number of a wall clock (a Date whose UTC fields are what the sheet shows). */
export function wallClockSerial(wallClock: Date): number {
  return dayNumberToSerial(wallClock.getTime() / 86_400_000);
}

/** A number format pattern that shows a date (quoted text and escaped letters aside). */
export function isDateFormat(pattern: string): boolean {
  return /[yd]/i.test(pattern.replace(/"[^"]*"|\\./g, ''));
}

/** The number format of date cells the add-on writes. */
export const DATE_FORMAT = 'yyyy-mm-dd';
