import { useState } from 'react';
import type { SyncReport } from '../sheets/runSync.ts';
import { uiTexts } from '../texts/uiTexts.ts';

/**
 * The cross-border notice, shown once a sheet is set and until the user confirms it: where the
 * clips will go, the law that asks for the notice, that the clips wait here meanwhile, and the
 * button that records the confirmation and starts the sync.
 */
export function CrossBorderNotice(props: { waiting: number; onConfirm: () => Promise<SyncReport> }) {
  const texts = uiTexts();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const confirm = () => {
    setBusy(true);
    setError('');
    props
      .onConfirm()
      .catch((failure: unknown) =>
        setError(failure instanceof Error ? failure.message : texts.errors.unknown),
      )
      .finally(() => setBusy(false));
  };
  return (
    <section
      className="card cross-border"
      data-testid="cross-border-notice"
      aria-labelledby="cross-border-heading"
    >
      <h2 id="cross-border-heading">{texts.crossBorder.heading}</h2>
      <p>{texts.crossBorder.explain}</p>
      {props.waiting > 0 ? <p>{texts.crossBorder.waiting(props.waiting)}</p> : null}
      <button type="button" disabled={busy} onClick={confirm}>
        {texts.crossBorder.confirm}
      </button>
      {error ? <p role="alert">{error}</p> : null}
    </section>
  );
}
