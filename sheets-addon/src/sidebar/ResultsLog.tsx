import { figureLabel } from './figureLabel.ts';
import type { LogEntry } from './jobsReducer.ts';
import type { Texts } from './texts.ts';

const FIGURE_FORMAT = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });

export function ResultsLog({ entries, t }: { entries: LogEntry[]; t: Texts }) {
  if (entries.length === 0) return null;
  return (
    <section aria-label={t.results}>
      <h2>{t.results}</h2>
      <ul className="log">
        {entries.map((entry) => (
          <li key={entry.id} className={entry.ok ? 'ok' : 'failed'} data-testid="job-result">
            <div className="log-head">
              <strong>{entry.job}</strong>
              <span className="muted">{t.seconds(entry.seconds)}</span>
            </div>
            <p>{entry.message}</p>
            {entry.figures && (
              <p className="figures">
                {Object.entries(entry.figures)
                  .map(([k, v]) => `${figureLabel(k, t)}: ${FIGURE_FORMAT.format(v)}`)
                  .join(' · ')}
              </p>
            )}
            {entry.notes && entry.notes.length > 0 && (
              <ul className="notes">
                {entry.notes.map((note) => (
                  <li key={note} data-testid="job-note">
                    {note}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
