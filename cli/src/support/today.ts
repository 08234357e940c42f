import { type IsoDate, isIsoDate, ymdToIso } from '@crm/shared';
import { t } from '../texts/currentTexts.ts';
import { CliError } from './CliError.ts';

/** Today's date in the local time zone: the day the user sees on their calendar. */
export function localToday(now = new Date()): IsoDate {
  return ymdToIso(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** The `--today` option, validated, or the local date when it is absent. */
export function resolveToday(option: string | undefined): IsoDate {
  if (option === undefined) return localToday();
  const text = option.trim();
  if (!isIsoDate(text)) throw new CliError(t().errors.invalidDate('--today', option, '2026-03-05'));
  return text;
}
