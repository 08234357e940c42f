import { DigestRow } from './DigestRow.tsx';
import { JobButton } from './JobButton.tsx';
import { JobProgress } from './JobProgress.tsx';
import type { JobsState } from './jobsReducer.ts';
import { SetupRow } from './SetupRow.tsx';
import type { Texts } from './texts.ts';
import type { RunJob } from './useJobs.ts';

interface ActionsPanelProps {
  jobs: JobsState & { run: RunJob };
  digestOn: boolean;
  t: Texts;
}

/** A button per job, and the job running now. */
export function ActionsPanel({ jobs, digestOn, t }: ActionsPanelProps) {
  const { running, elapsed, run } = jobs;
  const busy = running !== null;
  return (
    <section aria-label={t.actions}>
      <h2>{t.actions}</h2>
      <div className="actions">
        <JobButton job="report" label={t.report} primary busy={busy} run={run} />
        <JobButton job="classify" label={t.classify} busy={busy} run={run} />
        <JobButton job="follow-ups" label={t.followUps} busy={busy} run={run} />
        <JobButton job="clean" label={t.clean} busy={busy} run={run} />
        <JobButton job="merge" label={t.merge} confirm={t.mergeConfirm} busy={busy} run={run} />
        <SetupRow t={t} busy={busy} run={run} />
        <DigestRow digestOn={digestOn} t={t} busy={busy} run={run} />
      </div>
      {running && <JobProgress label={running.label} elapsed={elapsed} t={t} />}
    </section>
  );
}
