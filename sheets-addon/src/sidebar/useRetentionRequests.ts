import { useCallback, useReducer } from 'react';
import { errorText } from './errorText.ts';
import {
  consentInput,
  INITIAL_RETENTION_PANEL,
  type RetentionRequestKind,
  retentionPanelReducer,
} from './retentionPanelReducer.ts';
import { type PrivacyTableResult, serverCall } from './serverCall.ts';
import type { Texts } from './texts.ts';

/** The retention and consent section's calls: one at a time, the storage notice first. */
export function useRetentionRequests(t: Texts, confirmNotice: () => Promise<boolean>, onChanged: () => void) {
  const [state, dispatch] = useReducer(retentionPanelReducer, INITIAL_RETENTION_PANEL);

  const request = useCallback(
    async (kind: RetentionRequestKind, call: () => Promise<PrivacyTableResult>) => {
      dispatch({ type: 'started', kind });
      let result: PrivacyTableResult;
      try {
        result = (await confirmNotice()) ? await call() : { ok: false, message: t.noticeDeclined };
      } catch (error) {
        result = { ok: false, message: errorText(error, t) };
      }
      dispatch({ type: 'answered', kind, result });
      if (kind !== 'list' && result.ok) onChanged();
    },
    [t, confirmNotice, onChanged],
  );

  return {
    state,
    changeConsent: (patch: Parameters<typeof consentChange>[0]) => dispatch(consentChange(patch)),
    fill: () => request('fill', () => serverCall('fillConsentColumns', consentInput(state.consent))),
    list: () => request('list', () => serverCall('listExpiredSheets')),
    deleteListed: (sheets: string[]) => request('delete', () => serverCall('deleteExpiredSheets', sheets)),
    /** The retention period may have changed: the old listing no longer holds. */
    settingsSaved: useCallback(() => dispatch({ type: 'settingsSaved' }), []),
  };
}

function consentChange(patch: Partial<typeof INITIAL_RETENTION_PANEL.consent>) {
  return { type: 'consentChanged', patch } as const;
}
