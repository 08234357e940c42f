import type { Cell } from '../model/table.ts';
import { cellToText, normalizeText } from './cellToText.ts';
import { isMaskedEmail } from './maskedText.ts';
import { EMPTY, fail, ok, type ParseResult } from './ParseResult.ts';

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
  if (typeof cell !== 'string') return fail({ code: 'email-not-text', text: cellToText(cell) });
  let s = normalizeText(cell);
  if (s === '') return EMPTY;
  const shown = cell.trim();
  const named = NAME_ADDR.exec(s);
  if (named) s = (named[1] ?? '').trim();
  s = s.replace(/^mailto:/i, '').toLowerCase();
  const q = s.indexOf('?');
  if (q > 0 && cell.toLowerCase().includes('mailto:')) s = s.slice(0, q);
  if (isMaskedEmail(s)) return fail({ code: 'email-masked', text: shown });
  if (EMAIL_PATTERN.test(s)) return ok(s);
  const ats = s.split('@').length - 1;
  if (ats > 1 && /[,;\s]/.test(s)) return fail({ code: 'email-several', text: shown, count: ats });
  if (/\s/.test(s)) return fail({ code: 'email-space', text: shown });
  if (ats === 0) return fail({ code: 'email-no-at', text: shown });
  if (ats > 1) return fail({ code: 'email-several-at', text: shown });
  if (s.includes('..')) return fail({ code: 'email-double-dot', text: shown });
  const [local = '', domain = ''] = s.split('@');
  if (local === '') return fail({ code: 'email-no-local-part', text: shown });
  if (domain === '') return fail({ code: 'email-no-domain', text: shown });
  if (!domain.includes('.')) return fail({ code: 'email-no-tld', text: shown, domain });
  return fail({ code: 'email-invalid', text: shown });
}
