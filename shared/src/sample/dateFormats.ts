import { dayNumberToSerial, fromDayNumber } from '../model/dates.ts';
import type { Cell } from '../model/table.ts';
import type { Random } from '../random/random.ts';

/**
 * The ways a date is written in a Chinese SME's sheet, cached per day: a million order rows use
 * only ~800 distinct dates, so each string is built once and shared.
 */
export class DateFormats {
  private readonly iso: string[] = [];
  private readonly slash: string[] = [];
  private readonly chinese: string[] = [];
  private readonly compact: string[] = [];

  constructor(private readonly firstDay: number) {}

  private index(day: number): number {
    const i = day - this.firstDay;
    if (i < 0) throw new RangeError(`day ${day} is before the first cached day ${this.firstDay}`);
    if (this.iso[i] === undefined) {
      const iso = fromDayNumber(day);
      const y = iso.slice(0, 4);
      const m = Number(iso.slice(5, 7));
      const d = Number(iso.slice(8, 10));
      this.iso[i] = iso;
      this.slash[i] = `${y}/${m}/${d}`;
      this.chinese[i] = `${y}年${m}月${d}日`;
      this.compact[i] = `${y.slice(2)}${iso.slice(5, 7)}${iso.slice(8, 10)}`;
    }
    return i;
  }

  isoOf(day: number): string {
    return this.iso[this.index(day)] as string;
  }

  /** `yymmdd`, for order numbers. */
  compactOf(day: number): string {
    return this.compact[this.index(day)] as string;
  }

  /** Mostly ISO, then 2024/3/5, 2024年3月5日 and Excel serial numbers. */
  messy(day: number, random: Random): Cell {
    const i = this.index(day);
    const style = random.next();
    if (style < 0.82) return this.iso[i] as string;
    if (style < 0.92) return this.slash[i] as string;
    if (style < 0.96) return this.chinese[i] as string;
    return dayNumberToSerial(day);
  }
}

/** A birthday as people write it: 1985/3/5, 1985年3月5日, 03-05 (no year), 3月5日, an Excel serial. */
export function messyBirthday(day: number, random: Random): Cell {
  const iso = fromDayNumber(day);
  const y = iso.slice(0, 4);
  const mm = iso.slice(5, 7);
  const dd = iso.slice(8, 10);
  const m = Number(mm);
  const d = Number(dd);
  const style = random.next();
  if (style < 0.3) return `${y}/${m}/${d}`;
  if (style < 0.48) return `${y}年${m}月${d}日`;
  if (style < 0.7) return iso;
  if (style < 0.82) return `${mm}-${dd}`;
  if (style < 0.88) return `${m}月${d}日`;
  return dayNumberToSerial(day);
}

/** A date that cannot exist (2026-13-45, 2025-02-30, 2024/4/31): typos a parser must flag. */
export function impossibleDate(year: number, random: Random): string {
  const style = random.int(4);
  if (style === 0) return `${year}-13-${random.between(10, 45)}`;
  if (style === 1) return `${year}-02-30`;
  if (style === 2) return `${year}/4/31`;
  return `${year}-${String(random.between(1, 12)).padStart(2, '0')}-${random.between(32, 45)}`;
}
