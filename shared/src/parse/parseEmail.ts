import type { Cell } from '../model/table.ts';
import { cellToText, normalizeText } from './cellToText.ts';
import { EMPTY, fail, ok, type ParseResult } from './ParseResult.ts';

const EXPECTED = 'expected an email address such as li.lei@example.com';
/** A practical address check (not RFC 5322): dot-atom local part, dotted host, letter TLD. */
export const EMAIL_PATTERN =
  /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;
/** `Li Lei <li.lei@example.com>` as mail clients copy it. */
const NAME_ADDR = /^[^<>]*<([^<>]+)>$/;

/**
 * Normalises an email cell: full-width characters folded (＠ → @), trimmed, lower-cased,
 * `mailto:` and a `Name <address>` wrapper removed. Rejects spaces, double dots, a missing domain
 * or top-level domain, and cells holding several addresses, each with its own message.
 */
export function parseEmail(cell: Cell): ParseResult<string> {
  if (cell === null || cell === undefined) return EMPTY;
  if (typeof cell !== 'string') return fail(`${cellToText(cell)} is not an email address; ${EXPECTED}`);
  let s = normalizeText(cell);
  if (s === '') return EMPTY;
  const shown = cell.trim();
  const named = NAME_ADDR.exec(s);
  if (named) s = (named[1] ?? '').trim();
  s = s.replace(/^mailto:/i, '').toLowerCase();
  const q = s.indexOf('?');
  if (q > 0 && cell.toLowerCase().includes('mailto:')) s = s.slice(0, q);
  if (EMAIL_PATTERN.test(s)) return ok(s);
  const ats = s.split('@').length - 1;
  if (ats > 1 && /[,;\s]/.test(s))
    return fail(`${shown} looks like ${ats} email addresses; put one address per cell`);
  if (/\s/.test(s)) return fail(`${shown} contains a space; ${EXPECTED}`);
  if (ats === 0) return fail(`${shown} has no @; ${EXPECTED}`);
  if (ats > 1) return fail(`${shown} has more than one @; ${EXPECTED}`);
  if (s.includes('..')) return fail(`${shown} contains two dots in a row; ${EXPECTED}`);
  const [local = '', domain = ''] = s.split('@');
  if (local === '') return fail(`${shown} has nothing before the @; ${EXPECTED}`);
  if (domain === '') return fail(`${shown} has no domain after the @; ${EXPECTED}`);
  if (!domain.includes('.'))
    return fail(`${shown}: the domain ${domain} has no top-level domain such as .com or .cn`);
  return fail(`${shown} is not a valid email address; ${EXPECTED}`);
}
