import { useState } from 'react';
import { JobButton } from './JobButton.tsx';
import type { Texts } from './texts.ts';
import type { RunJob } from './useJobs.ts';

interface SetupRowProps {
  t: Texts;
  busy: boolean;
  run: RunJob;
}

/** Sets up the customer table, with a few sample rows when asked (to try the jobs on). */
export function SetupRow({ t, busy, run }: SetupRowProps) {
  const [sampleRows, setSampleRows] = useState(false);
  return (
    <div className="row">
      <JobButton job={sampleRows ? 'setup-with-samples' : 'setup'} label={t.setup} busy={busy} run={run} />
      <label className="check">
        <input type="checkbox" checked={sampleRows} onChange={(e) => setSampleRows(e.target.checked)} />
        {t.sampleRows}
      </label>
    </div>
  );
}
