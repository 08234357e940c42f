import type { JobName } from './serverCall.ts';
import type { RunJob } from './useJobs.ts';

interface JobButtonProps {
  job: JobName;
  label: string;
  /** A job is running: one at a time, so every job button waits. */
  busy: boolean;
  run: RunJob;
  primary?: boolean;
  /** Asked first; the job runs only if the user agrees. */
  confirm?: string;
}

export function JobButton({ job, label, busy, run, primary = false, confirm }: JobButtonProps) {
  const click = () => {
    if (confirm === undefined || window.confirm(confirm)) run(job, label);
  };
  return (
    <button type="button" className={primary ? 'primary' : undefined} disabled={busy} onClick={click}>
      {label}
    </button>
  );
}
