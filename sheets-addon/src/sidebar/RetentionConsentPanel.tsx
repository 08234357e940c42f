import { LEGAL_BASES } from '@crm/shared';
import { canDeleteExpired, canFill } from './retentionPanelReducer.ts';
import type { Texts } from './texts.ts';
import type { useRetentionRequests } from './useRetentionRequests.ts';

interface RetentionConsentPanelProps {
  requests: ReturnType<typeof useRetentionRequests>;
  t: Texts;
}

/**
 * 保存期限与同意 / Retention and consent: the consent columns filled in bulk for the customers
 * whose cells are empty, and the backups and reports kept past the retention period, listed and
 * deleted after one confirmation.
 */
export function RetentionConsentPanel({ requests, t }: RetentionConsentPanelProps) {
  const { state, changeConsent, fill, list, deleteListed } = requests;
  const tr = t.retention;
  const busy = state.busy !== null;
  const legalBasis = (picked: string) => {
    const basis = LEGAL_BASES.find((b) => b === picked);
    changeConsent({ legalBasis: basis ?? '' });
  };
  const confirmDelete = () => {
    const sheets = (state.expired ?? []).map((e) => e.sheet);
    if (sheets.length > 0 && window.confirm(tr.deleteConfirm(sheets))) deleteListed(sheets);
  };
  return (
    <details className="retention">
      <summary>{tr.title}</summary>
      <form onSubmit={(e) => e.preventDefault()}>
        <p>{tr.consent}</p>
        <label>
          {tr.consentField('legalBasis')}
          <select value={state.consent.legalBasis} onChange={(e) => legalBasis(e.target.value)}>
            <option value="">{tr.legalBasisNone}</option>
            {LEGAL_BASES.map((basis) => (
              <option key={basis} value={basis}>
                {tr.legalBasis(basis)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {tr.consentField('purpose')}
          <input value={state.consent.purpose} onChange={(e) => changeConsent({ purpose: e.target.value })} />
        </label>
        <label>
          {tr.consentField('source')}
          <input value={state.consent.source} onChange={(e) => changeConsent({ source: e.target.value })} />
        </label>
        <label>
          {tr.consentField('informedOn')}
          <input
            type="date"
            value={state.consent.informedOn}
            onChange={(e) => changeConsent({ informedOn: e.target.value })}
          />
        </label>
        <p className="hint">{tr.informedOnHint}</p>
        <div className="actions">
          <button type="button" disabled={!canFill(state)} onClick={fill}>
            {tr.fill}
          </button>
        </div>
        <h3>{tr.expired}</h3>
        <div className="actions">
          <button type="button" disabled={busy} onClick={list}>
            {tr.listExpired}
          </button>
          <button
            type="button"
            className="danger"
            disabled={!canDeleteExpired(state)}
            onClick={confirmDelete}
          >
            {tr.deleteExpired}
          </button>
        </div>
      </form>
      {state.message && (
        <ul className="log">
          <li className={state.message.ok ? 'ok' : 'failed'} data-testid="retention-message">
            <p>{state.message.text}</p>
          </li>
        </ul>
      )}
      {state.expired && state.expired.length > 0 && (
        <ul className="log" data-testid="expired-sheets">
          {state.expired.map((e) => (
            <li key={e.sheet}>{tr.expiredLine(e.sheet, e.kind, e.date)}</li>
          ))}
        </ul>
      )}
    </details>
  );
}
