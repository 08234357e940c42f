import { useCallback, useReducer } from 'react';
import { errorText } from './errorText.ts';
import { INITIAL_PERSON_PANEL, type PersonRequestKind, personPanelReducer } from './personPanelReducer.ts';
import { type PersonRequestResult, serverCall } from './serverCall.ts';
import type { Texts } from './texts.ts';

/** The personal data request panel's calls: one at a time, the storage notice first. */
export function usePersonRequests(t: Texts, confirmNotice: () => Promise<boolean>, onChanged: () => void) {
  const [state, dispatch] = useReducer(personPanelReducer, INITIAL_PERSON_PANEL);

  const request = useCallback(
    async (kind: PersonRequestKind, key: string, call: () => Promise<PersonRequestResult>) => {
      dispatch({ type: 'started', kind });
      let result: PersonRequestResult;
      try {
        result = (await confirmNotice()) ? await call() : { ok: false, message: t.noticeDeclined };
      } catch (error) {
        result = { ok: false, message: errorText(error, t) };
      }
      dispatch({ type: 'answered', kind, key, result });
      if (kind === 'export' || kind === 'erase') onChanged();
    },
    [t, confirmNotice, onChanged],
  );

  const key = state.key.trim();
  return {
    state,
    setKey: (value: string) => dispatch({ type: 'keyChanged', key: value }),
    find: () => request('find', key, () => serverCall('findPersonData', key)),
    exportCopy: (asSheet: boolean) =>
      request('export', key, () => serverCall('exportPersonData', key, asSheet)),
    preview: () => request('preview', key, () => serverCall('previewPersonErasure', key)),
    erase: (token: string) => request('erase', key, () => serverCall('erasePersonData', key, token)),
  };
}
