import { PROTECTED_REFUSAL } from '@crm/shared';
import { AddonError } from './AddonError.ts';
import type { Messages } from './messages.ts';

/**
 * Failures Google reports in English whatever the user's language, recognised by their
 * wording (Apps Script exceptions carry no codes), each with the text that says what to do.
 * https://developers.google.com/apps-script/guides/support/troubleshooting
 * https://developers.google.com/apps-script/guides/services/quotas
 */
export const KNOWN_FAILURES = [
  { key: 'protected', pattern: PROTECTED_REFUSAL },
  { key: 'cellLimit', pattern: /above the limit of 10000000 cells/i },
  { key: 'timeout', pattern: /Exceeded maximum execution time/i },
  { key: 'quota', pattern: /Service invoked too many times/i },
  { key: 'permission', pattern: /not sufficient to call|Authorization is required/i },
  {
    key: 'service',
    pattern: /^Service (Spreadsheets )?(timed out|error|failed)|temporarily unavailable|Internal error/i,
  },
] as const satisfies readonly { key: keyof Messages['failure']; pattern: RegExp }[];

/**
 * What the user sees when a job stops: a problem the add-on described itself as is, anything
 * else in the user's language with what to do, and Google's own words kept for an administrator.
 */
export function describeFailure(error: unknown, messages: Messages): string {
  if (error instanceof AddonError) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  const known = KNOWN_FAILURES.find((f) => f.pattern.test(detail));
  return messages.failure.wrap(messages.failure[known?.key ?? 'unexpected'], detail);
}
