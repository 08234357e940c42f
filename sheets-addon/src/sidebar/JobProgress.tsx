import type { Texts } from './texts.ts';

interface JobProgressProps {
  label: string;
  elapsed: number;
  t: Texts;
}

/** The running job and its seconds so far: a long job (up to Apps Script's 6 minutes) shows it is alive. */
export function JobProgress({ label, elapsed, t }: JobProgressProps) {
  return (
    <p className="progress" role="status">
      <span className="spinner" aria-hidden="true" />
      {t.running(label)} {t.seconds(elapsed)}
    </p>
  );
}
