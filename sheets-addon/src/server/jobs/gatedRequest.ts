import { crossBorderAcknowledgement, crossBorderDeclined } from '../crossBorderNotice.ts';
import { describeFailure } from '../failures.ts';
import { type JobContext, jobContext } from '../jobContext.ts';
import { PERSON_MESSAGES, type PersonMessages } from '../personMessages.ts';
import type { JobResult } from './jobResult.ts';

/**
 * Runs a personal-data request for the sidebar: refused before anything is read when the user
 * has not confirmed the storage notice; any failure comes back as a message in the user's language.
 */
export function gatedRequest<R extends JobResult>(
  run: (ctx: JobContext, m: PersonMessages) => R,
): R | JobResult {
  if (crossBorderAcknowledgement() === null) return crossBorderDeclined();
  const ctx = jobContext();
  try {
    return run(ctx, PERSON_MESSAGES[ctx.language]);
  } catch (error) {
    return { ok: false, message: describeFailure(error, ctx.messages) };
  }
}
