import type { Language } from '@crm/shared';
import { useCallback, useEffect, useState } from 'react';
import { errorText } from './errorText.ts';
import { ResultsLog } from './ResultsLog.tsx';
import { SettingsForm } from './SettingsForm.tsx';
import { type AddonStatus, type SettingsView, serverCall } from './serverCall.ts';
import { TEXTS } from './texts.ts';
import { useJobs } from './useJobs.ts';

export function App() {
  const [status, setStatus] = useState<AddonStatus | null>(null);
  const [settings, setSettings] = useState<SettingsView | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [sampleRows, setSampleRows] = useState(false);
  const lang: Language =
    status?.language ?? settings?.language ?? (navigator.language.startsWith('zh') ? 'zh' : 'en');
  const t = TEXTS[lang];

  const refresh = useCallback(() => {
    serverCall('getStatus').then(setStatus, setError);
  }, []);
  useEffect(() => {
    refresh();
    serverCall('getSettings').then(setSettings, setError);
  }, [refresh]);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const { running, elapsed, log, run } = useJobs(refresh);
  const busy = running !== null;
  const action = (name: Parameters<typeof run>[0], label: string, primary = false) => (
    <button
      type="button"
      className={primary ? 'primary' : ''}
      disabled={busy}
      onClick={() => run(name, label)}
    >
      {label}
    </button>
  );

  return (
    <main>
      <h1>{t.title}</h1>
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
        {error && (
          <p className="problem">
            {t.errorPrefix}
            {errorText(error, t)}
          </p>
        )}
      </section>

      <section aria-label={t.actions}>
        <h2>{t.actions}</h2>
        <div className="actions">
          {action('report', t.report, true)}
          {action('classify', t.classify)}
          {action('follow-ups', t.followUps)}
          {action('clean', t.clean)}
          <button
            type="button"
            disabled={busy}
            onClick={() => {
              if (window.confirm(t.mergeConfirm)) run('merge', t.merge);
            }}
          >
            {t.merge}
          </button>
          <div className="row">
            {action(sampleRows ? 'setup-with-samples' : 'setup', t.setup)}
            <label className="check">
              <input type="checkbox" checked={sampleRows} onChange={(e) => setSampleRows(e.target.checked)} />
              {t.sampleRows}
            </label>
          </div>
          <div className="row digest">
            <span>
              {t.digest}: <strong>{status?.digestOn ? t.digestIsOn : t.digestIsOff}</strong>
            </span>
            {status?.digestOn ? action('digest-off', t.digestOff) : action('digest-on', t.digestOn)}
            {action('digest-send', t.sendNow)}
          </div>
        </div>
        {running && (
          <p className="progress" role="status">
            <span className="spinner" aria-hidden="true" />
            {t.running(running.label)} {t.seconds(elapsed)}
          </p>
        )}
      </section>

      <ResultsLog entries={log} t={t} />

      {settings && (
        <SettingsForm
          view={settings}
          t={t}
          onSaved={(view) => {
            setSettings(view);
            refresh();
          }}
        />
      )}
    </main>
  );
}
