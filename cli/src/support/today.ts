import { type IsoDate, isIsoDate, ymdToIso } from '@crm/shared';
import { t } from '../texts/currentTexts.ts';
import { CliError } from './CliError.ts';

/** Today's date in the local time zone: the day the user sees on their calendar. */
export function localToday(now = new Date()): IsoDate {
  return ymdToIso(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/**
 * Today's date in a time zone (a Google Sheet's, as the add-on takes it): a team in Shanghai sees
 * the sheet's day whatever the clock of the machine crm runs on. An unknown zone falls back to
 * the local date.
 */
export function todayIn(timeZone: string | undefined, now = new Date()): IsoDate {
  if (timeZone === undefined) return localToday(now);
  try {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    }).formatToParts(now);
    const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    return ymdToIso(part('year'), part('month'), part('day'));
  } catch {
    return localToday(now);
  }
}

/** The `--today` option, validated, or the local date when it is absent. */
export function resolveToday(option: string | undefined): IsoDate {
  if (option === undefined) return localToday();
  const text = option.trim();
  if (!isIsoDate(text)) throw new CliError(t().errors.invalidDate('--today', option, '2026-03-05'));
  return text;
}
