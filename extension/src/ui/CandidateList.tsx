import { describeEvidence } from '@crm/shared/extract';
import type { ContactKey } from '@crm/shared/parse';
import { identityKeys } from '../logic/identityValues.ts';
import { findKnownCustomer, type KnownCustomer } from '../logic/knownCustomers.ts';
import type { ExtractedContactData } from '../model/extractedContactSchema.ts';
import { uiLanguage, uiTexts } from '../texts/uiTexts.ts';
import { ContactSummary } from './ContactSummary.tsx';

/** Candidates found on the page: fields, where found (worded in the UI language), confidence. */
export function CandidateList(props: {
  candidates: readonly ExtractedContactData[];
  known: readonly KnownCustomer[];
  /** Identity keys (contactKeys) of the saved clips: a candidate sharing one is marked saved. */
  savedKeys: ReadonlySet<ContactKey>;
  /** Phone region the keys were made with. */
  region: string;
  onReview: (index: number) => void;
  /** Bulk selection (the page's candidates): which are ticked, and the tick handler. */
  selected?: ReadonlySet<number>;
  onToggle?: (index: number) => void;
}) {
  const texts = uiTexts();
  if (props.candidates.length === 0) return <p className="empty">{texts.noCandidates}</p>;
  return (
    <ul className="list" data-testid="candidates">
      {props.candidates.map((c, i) => {
        const keys = identityKeys(c, props.region);
        const known = findKnownCustomer(props.known, keys);
        const pct = Math.round(c.confidence * 100);
        const saved = keys.some((k) => props.savedKeys.has(k));
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: candidates have no id; the list is replaced, never reordered
          <li key={i} className="card candidate" data-testid="candidate">
            {props.onToggle ? (
              <input
                type="checkbox"
                className="pick"
                aria-label={texts.selectCandidate(c.name ?? c.organization ?? c.emails[0] ?? '')}
                checked={props.selected?.has(i) ?? false}
                onChange={() => props.onToggle?.(i)}
              />
            ) : null}
            <ContactSummary {...c} known={known} />
            <div className="meta">
              <span className={`badge source-${c.source}`}>{texts.sources[c.source]}</span>
              <span className="confidence" title={texts.confidence}>
                <span className="bar">
                  <span style={{ width: `${pct}%` }} />
                </span>
                {pct}%
              </span>
            </div>
            <div className="evidence" title={texts.whereFound}>
              {describeEvidence(c.evidence, uiLanguage())}
            </div>
            <div className="actions">
              {saved ? <span className="badge ok">{texts.savedMark}</span> : null}
              <button
                type="button"
                className={saved ? 'small' : 'primary small'}
                onClick={() => props.onReview(i)}
              >
                {saved ? texts.updateFromPage : texts.reviewAndSave}
              </button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
