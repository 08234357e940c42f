import { JobButton } from './JobButton.tsx';
import type { Texts } from './texts.ts';
import type { RunJob } from './useJobs.ts';

interface DigestRowProps {
  digestOn: boolean;
  t: Texts;
  busy: boolean;
  run: RunJob;
}

/** The daily follow-up digest: whether its trigger is installed, turning it on or off, sending now. */
export function DigestRow({ digestOn, t, busy, run }: DigestRowProps) {
  return (
    <div className="row digest">
      <span>
        {t.digest}: <strong>{digestOn ? t.digestIsOn : t.digestIsOff}</strong>
      </span>
      {digestOn ? (
        <JobButton job="digest-off" label={t.digestOff} busy={busy} run={run} />
      ) : (
        <JobButton job="digest-on" label={t.digestOn} busy={busy} run={run} />
      )}
      <JobButton job="digest-send" label={t.sendNow} busy={busy} run={run} />
    </div>
  );
}
