import type { PersonRequestResult } from './serverCall.ts';

/** What the panel asks the server for. */
export type PersonRequestKind = 'find' | 'export' | 'preview' | 'erase';

/** A dry run the user saw, for the key it was made for: erasure is offered for it alone. */
export interface ShownPreview {
  key: string;
  token: string;
  sheets: NonNullable<PersonRequestResult['preview']>;
}

export interface PersonPanelState {
  /** The key as typed (email:…, phone:…, wechat:…, id:…, account:…). */
  key: string;
  /** The request running now; one at a time. */
  busy: PersonRequestKind | null;
  /** The server's last answer, in the spreadsheet's language. */
  message: { ok: boolean; text: string } | null;
  /** Where the person was found by the last find, export or preview. */
  places: NonNullable<PersonRequestResult['places']>;
  preview: ShownPreview | null;
  /** The last export as JSON, offered as a download. */
  json: string | null;
}

export type PersonPanelAction =
  | { type: 'keyChanged'; key: string }
  | { type: 'started'; kind: PersonRequestKind }
  | { type: 'answered'; kind: PersonRequestKind; key: string; result: PersonRequestResult };

export const INITIAL_PERSON_PANEL: PersonPanelState = {
  key: '',
  busy: null,
  message: null,
  places: [],
  preview: null,
  json: null,
};

/**
 * The panel's state. A preview belongs to the key it was made for: changing the key, any
 * failure, and the erasure itself put it away, so "Erase" only ever confirms what was shown.
 */
export function personPanelReducer(state: PersonPanelState, action: PersonPanelAction): PersonPanelState {
  switch (action.type) {
    case 'keyChanged':
      return action.key === state.key ? state : { ...state, key: action.key, preview: null };
    case 'started':
      return state.busy ? state : { ...state, busy: action.kind, message: null };
    case 'answered': {
      const { result, kind } = action;
      const next: PersonPanelState = {
        ...state,
        busy: null,
        message: { ok: result.ok, text: result.message },
        places: result.places ?? (kind === 'erase' && result.ok ? [] : state.places),
        preview: null,
      };
      if (kind === 'export' && result.json) next.json = result.json;
      if (kind === 'preview' && result.ok && result.token && action.key === state.key) {
        next.preview = { key: action.key, token: result.token, sheets: result.preview ?? [] };
      }
      return next;
    }
  }
}

/** Whether "Erase" may be pressed: a preview of this very key is shown and nothing runs. */
export function canErase(state: PersonPanelState): boolean {
  return state.busy === null && state.preview !== null && state.preview.key === state.key;
}
