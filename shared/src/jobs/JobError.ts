import type { JobProblem } from './jobProblem.ts';
import { jobProblemText } from './jobTexts.ts';

/**
 * A problem the user can fix before a job runs (a missing sheet, an unrecognised header). It is
 * thrown before anything is written; `message` is English for logs, and surfaces show
 * `jobProblemText(problem, language)` instead.
 */
export class JobError extends Error {
  override readonly name = 'JobError';
  constructor(readonly problem: JobProblem) {
    super(jobProblemText(problem, 'en'));
  }
}
