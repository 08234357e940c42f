import type { IsoDate } from '../model/dates.ts';

/** Why a year-month-day (or a year-less month-day) is not on the calendar. */
export type CalendarFault =
  | { kind: 'year'; year: number }
  | { kind: 'month'; month: number }
  /** A day-first or month-first date whose two numbers are both above 12 (13/14/2024). */
  | { kind: 'months'; first: number; second: number }
  | { kind: 'day'; day: number }
  /** The month is shorter; `year` is null for a year-less birthday, checked against a leap year. */
  | { kind: 'month-length'; year: number | null; month: number; days: number };

/**
 * What is wrong with a cell, as data: a code with the values a sentence needs. `text` is the cell
 * as the user wrote it (trimmed); parseProblemText words a problem in the user's language.
 */
export type ParseProblem =
  | { code: 'number-not-finite'; text: string }
  | { code: 'number-boolean'; text: string }
  | { code: 'number-date' }
  | { code: 'number-expected'; text: string }
  | { code: 'number-percentage'; text: string }
  | { code: 'number-signs'; text: string }
  | { code: 'number-decimal-comma'; text: string }
  | { code: 'number-too-large'; text: string }
  | { code: 'date-boolean'; text: string }
  | { code: 'date-expected'; text: string }
  | { code: 'date-implausible-year'; text: string; year: number }
  | { code: 'not-a-real-date'; text: string; fault: CalendarFault }
  | { code: 'date-object-invalid' }
  | { code: 'date-object-out-of-range'; year: number }
  | { code: 'date-serial-out-of-range'; text: string; max: number }
  /**
   * A month and a day typed as 9.2 and kept as a number, which may have been 9.20 before the
   * spreadsheet dropped the 0: 9月2日 or 9月20日.
   */
  | { code: 'date-month-day-cut'; text: string; month: number; day: number }
  | {
      code: 'date-ambiguous';
      text: string;
      first: number;
      second: number;
      monthFirst: IsoDate;
      dayFirst: IsoDate;
    }
  | { code: 'birthday-expected'; text: string }
  | { code: 'email-not-text'; text: string }
  | { code: 'email-several'; text: string; count: number }
  | { code: 'email-space'; text: string }
  | { code: 'email-no-at'; text: string }
  | { code: 'email-several-at'; text: string }
  | { code: 'email-double-dot'; text: string }
  | { code: 'email-no-local-part'; text: string }
  | { code: 'email-no-domain'; text: string }
  | { code: 'email-no-tld'; text: string; domain: string }
  | { code: 'email-invalid'; text: string }
  /** An address with part of it hidden (w***@qq.com), as shop platforms export buyers'. */
  | { code: 'email-masked'; text: string }
  | { code: 'phone-not-text'; text: string }
  | { code: 'phone-several'; text: string; count: number }
  | { code: 'phone-no-digits'; text: string }
  /**
   * `region` is the default region it was read in, null when the number has a country code;
   * `validIn`, the nearby regions (NEARBY_REGIONS) in which the number, as written, is valid.
   */
  | { code: 'phone-invalid'; text: string; region: string | null; validIn?: readonly string[] }
  /** A number a spreadsheet showed in scientific notation (1.38123E+10), `kept` digits of it left. */
  | { code: 'phone-scientific'; text: string; kept: number }
  /** A number with some digits hidden (138****5678), as shop platforms export buyers'. */
  | { code: 'phone-masked'; text: string }
  /** A shop platform's account with part of it hidden (t**8), as platforms export buyers'. */
  | { code: 'account-masked'; text: string }
  | { code: 'stage-not-text'; text: string }
  | { code: 'stage-unknown'; text: string }
  | { code: 'satisfaction-expected'; text: string }
  | { code: 'satisfaction-out-of-range'; value: number }
  | { code: 'recommend-expected'; text: string }
  | { code: 'recommend-off-scale'; value: number }
  /** A cell too long to be one value: its length, the limit and how it starts. */
  | { code: 'text-too-long'; length: number; max: number; start: string };

export type ParseProblemCode = ParseProblem['code'];
