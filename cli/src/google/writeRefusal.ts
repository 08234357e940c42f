import { CELL_LIMIT_REFUSAL, PROTECTED_REFUSAL } from '@crm/shared';
import { CliError } from '../support/CliError.ts';
import { t } from '../texts/currentTexts.ts';
import { httpStatusOf } from './withBackoff.ts';

/**
 * Google's refusal of a write the caller may not make, as the user's message; null for any other
 * failure. Sheets answers 403 with the Sheets UI's own words for a cell or sheet protected against
 * the caller (数据 → 保护工作表和区域), 403 PERMISSION_DENIED for a spreadsheet shared with them to
 * view or comment only, and 400 for a request that would take the spreadsheet past its 10 million
 * cells. Each write of crm's is all or nothing, so nothing was changed when one is refused.
 * `sheets` are the sheets the write changes (none named: the spreadsheet's).
 */
export function writeRefusal(
  error: unknown,
  spreadsheetId: string,
  sheets: readonly string[],
): CliError | null {
  const status = httpStatusOf(error);
  const message = error instanceof Error ? error.message : '';
  if (status === 403 && PROTECTED_REFUSAL.test(message))
    return new CliError(t().google.protectedCells(spreadsheetId, sheets));
  if (status === 403) return new CliError(t().google.viewOnly(spreadsheetId));
  if (status === 400 && CELL_LIMIT_REFUSAL.test(message))
    return new CliError(t().google.cellLimit(spreadsheetId));
  return null;
}
