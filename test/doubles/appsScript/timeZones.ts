/**
 * Wall clocks and instants in a named time zone, from the IANA rules Node carries (Intl). Apps
 * Script has two zones at once: the script's (appsscript.json `timeZone`, used by local Date
 * getters and `new Date(y, m, d)`) and the spreadsheet's (`getSpreadsheetTimeZone()`, in which a
 * date cell is midnight). https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSpreadsheetTimeZone()
 *
 * A "wall clock" here is a time in ms whose UTC fields are the local fields (2026-10-01 00:00 in
 * Tokyo is Date.UTC(2026, 9, 1)); a spreadsheet's date cells are wall clocks, their serial number
 * counts days from 1899-12-30.
 */

export const MS_PER_DAY = 86_400_000;
/** Days from 1899-12-30 (serial 0 in Sheets) to 1970-01-01. */
const SERIAL_EPOCH_DAYS = 25_569;
/** Offsets are looked up per quarter hour: zones change on whole quarter hours. */
const BUCKET_MS = 900_000;

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsetCache = new Map<string, Map<number, number>>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
      era: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** UTC ms of the given fields; years 0–99 stay years 0–99 (Date.UTC would add 1900). */
export function utcFields(y: number, m: number, d: number, h = 0, mi = 0, s = 0, ms = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(y, m, d);
  date.setUTCHours(h, mi, s, ms);
  return date.getTime();
}

function computeOffset(instant: number, timeZone: string): number {
  const at = Math.floor(instant / 1000) * 1000;
  const parts: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(at))) parts[p.type] = p.value;
  const year = parts.era === 'BC' ? 1 - Number(parts.year) : Number(parts.year);
  const wall = utcFields(
    year,
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return wall - at;
}

/** Offset of the zone from UTC at an instant, in ms (Asia/Tokyo: +9 h; Los Angeles in July: −7 h). */
export function zoneOffsetMs(instant: number, timeZone: string): number {
  let cache = offsetCache.get(timeZone);
  if (!cache) {
    cache = new Map();
    offsetCache.set(timeZone, cache);
  }
  const bucket = Math.floor(instant / BUCKET_MS);
  let offset = cache.get(bucket);
  if (offset === undefined) {
    offset = computeOffset(bucket * BUCKET_MS, timeZone);
    cache.set(bucket, offset);
  }
  return offset;
}

/** The wall clock of an instant in a zone. */
export function wallClockOf(instant: number, timeZone: string): number {
  return instant + zoneOffsetMs(instant, timeZone);
}

/** The instant a wall clock of the zone stands for (in a DST gap, the later reading). */
export function instantOf(wallClock: number, timeZone: string): number {
  const guess = wallClock - zoneOffsetMs(wallClock, timeZone);
  return wallClock - zoneOffsetMs(guess, timeZone);
}

/** Sheets' serial number of a wall clock (days and fraction since 1899-12-30). */
export function serialOfWallClock(wallClock: number): number {
  return wallClock / MS_PER_DAY + SERIAL_EPOCH_DAYS;
}

export function wallClockOfSerial(serial: number): number {
  return Math.round((serial - SERIAL_EPOCH_DAYS) * MS_PER_DAY);
}

/** `YYYY-MM-DD` of a wall clock. */
export function isoDayOfWallClock(wallClock: number): string {
  return new Date(wallClock).toISOString().slice(0, 10);
}
