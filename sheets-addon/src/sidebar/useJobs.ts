import { useCallback, useEffect, useState } from 'react';
import { type JobName, type JobResult, serverCall } from './serverCall.ts';

export interface LogEntry {
  id: number;
  job: string;
  ok: boolean;
  message: string;
  figures?: Record<string, number>;
  seconds: number;
}

/** Runs one server job at a time, with elapsed seconds while running and a log of results. */
export function useJobs(onDone: () => void) {
  const [running, setRunning] = useState<{ label: string; started: number } | null>(null);
  const [elapsed, setElapsed] = useState(0);
  const [log, setLog] = useState<LogEntry[]>([]);

  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(
      () => setElapsed(Math.round((Date.now() - running.started) / 1000)),
      500,
    );
    return () => window.clearInterval(timer);
  }, [running]);

  const run = useCallback(
    async (name: JobName, label: string) => {
      const started = Date.now();
      setElapsed(0);
      setRunning({ label, started });
      let result: JobResult;
      try {
        result = await serverCall('runJob', name);
      } catch (error) {
        result = { ok: false, message: error instanceof Error ? error.message : String(error) };
      }
      const seconds = Math.round((Date.now() - started) / 100) / 10;
      setLog((entries) => [{ id: started, job: label, seconds, ...result }, ...entries].slice(0, 8));
      setRunning(null);
      onDone();
    },
    [onDone],
  );

  return { running, elapsed, log, run };
}
