import type { JobResult } from './serverCall.ts';

/** One finished job in the results list. */
export interface LogEntry {
  /** When the job started (ms); unique because only one job runs at a time. */
  id: number;
  /** The job's button label. */
  job: string;
  ok: boolean;
  message: string;
  figures?: Record<string, number>;
  /** What the analysis says of its figures (see the server's JobResult). */
  notes?: string[];
  /** Duration in seconds, to a tenth. */
  seconds: number;
}

export interface JobsState {
  running: { label: string; started: number } | null;
  /** Whole seconds since the running job started. */
  elapsed: number;
  /** Newest first. */
  log: LogEntry[];
}

export type JobsAction =
  | { type: 'started'; label: string; at: number }
  | { type: 'ticked'; at: number }
  | { type: 'finished'; result: JobResult; at: number };

/** Results kept in the list: enough to look back over a session without crowding the 300 px sidebar. */
export const LOG_LENGTH = 8;

export const INITIAL_JOBS_STATE: JobsState = { running: null, elapsed: 0, log: [] };

export function jobsReducer(state: JobsState, action: JobsAction): JobsState {
  switch (action.type) {
    case 'started':
      return { ...state, running: { label: action.label, started: action.at }, elapsed: 0 };
    case 'ticked':
      if (!state.running) return state;
      return { ...state, elapsed: Math.round((action.at - state.running.started) / 1000) };
    case 'finished': {
      if (!state.running) return state;
      const { label, started } = state.running;
      const { ok, message, figures, notes } = action.result;
      const seconds = Math.round((action.at - started) / 100) / 10;
      const entry: LogEntry = { id: started, job: label, ok, message, figures, notes, seconds };
      return { ...state, running: null, log: [entry, ...state.log].slice(0, LOG_LENGTH) };
    }
  }
}
