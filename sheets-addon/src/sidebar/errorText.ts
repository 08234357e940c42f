import { ScriptRunUnavailableError } from './ScriptRunUnavailableError.ts';
import type { Texts } from './texts.ts';

/**
 * What to show for a failed server call. The server's own failures arrive already worded in the
 * spreadsheet's language; only the sidebar's own failure needs the catalogue.
 */
export function errorText(error: unknown, t: Texts): string {
  if (error instanceof ScriptRunUnavailableError) return t.scriptRunUnavailable;
  return error instanceof Error ? error.message : String(error);
}
