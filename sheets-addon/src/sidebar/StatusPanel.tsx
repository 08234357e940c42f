import { errorText } from './errorText.ts';
import type { AddonStatus } from './serverCall.ts';
import type { Texts } from './texts.ts';

interface StatusPanelProps {
  status: AddonStatus | null;
  loadError: Error | null;
  t: Texts;
}

/** The tables the jobs would use, and why they cannot run yet when they cannot. */
export function StatusPanel({ status, loadError, t }: StatusPanelProps) {
  return (
    <section className="status" aria-label={t.table}>
      {status ? (
        <dl>
          <dt>{t.table}</dt>
          <dd>{status.customerSheet ? t.sheetRows(status.customerSheet, status.rows) : t.none}</dd>
          <dt>{t.orders}</dt>
          <dd>{status.ordersSheet ?? t.none}</dd>
          <dt>{t.complaints}</dt>
          <dd>{status.complaintsSheet ?? t.none}</dd>
        </dl>
      ) : (
        <p className="muted">{t.loading}</p>
      )}
      {status?.problem && <p className="problem">{status.problem}</p>}
      {loadError && (
        <p className="problem">
          {t.errorPrefix}
          {errorText(loadError, t)}
        </p>
      )}
    </section>
  );
}
