import { useCallback, useEffect, useReducer } from 'react';
import { errorText } from './errorText.ts';
import { INITIAL_JOBS_STATE, jobsReducer } from './jobsReducer.ts';
import { type JobName, type JobResult, serverCall } from './serverCall.ts';
import type { Texts } from './texts.ts';

export type RunJob = (name: JobName, label: string) => Promise<void>;

/**
 * Runs one server job at a time, counting seconds while it runs (Apps Script gives no progress
 * of its own) and logging each result; `onDone` follows every job, which may have changed the tables.
 * The storage notice comes first, the first time (`confirmNotice`).
 */
export function useJobs(onDone: () => void, t: Texts, confirmNotice: () => Promise<boolean>) {
  const [state, dispatch] = useReducer(jobsReducer, INITIAL_JOBS_STATE);
  const { running } = state;

  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(() => dispatch({ type: 'ticked', at: Date.now() }), 500);
    return () => window.clearInterval(timer);
  }, [running]);

  const run: RunJob = useCallback(
    async (name, label) => {
      dispatch({ type: 'started', label, at: Date.now() });
      let result: JobResult;
      try {
        result = (await confirmNotice())
          ? await serverCall('runJob', name)
          : { ok: false, message: t.noticeDeclined };
      } catch (error) {
        result = { ok: false, message: errorText(error, t) };
      }
      dispatch({ type: 'finished', result, at: Date.now() });
      onDone();
    },
    [onDone, t, confirmNotice],
  );

  return { ...state, run };
}
