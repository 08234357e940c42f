import type { LegalBasis } from '@crm/shared';
import type { PrivacyTableResult } from './serverCall.ts';

/** What the retention and consent section asks the server for. */
export type RetentionRequestKind = 'fill' | 'list' | 'delete';

/** The consent values as typed; '' = not filled. */
export interface ConsentDraft {
  legalBasis: LegalBasis | '';
  purpose: string;
  source: string;
  /** `YYYY-MM-DD` from a date input; '' = today (the server records it). */
  informedOn: string;
}

export type ExpiredSheetLine = NonNullable<PrivacyTableResult['expired']>[number];

export interface RetentionPanelState {
  consent: ConsentDraft;
  /** The request running now; one at a time. */
  busy: RetentionRequestKind | null;
  /** The server's last answer, in the spreadsheet's language. */
  message: { ok: boolean; text: string } | null;
  /** The expired backups and reports as last listed; null until listed (or after the settings changed). */
  expired: ExpiredSheetLine[] | null;
}

export type RetentionPanelAction =
  | { type: 'consentChanged'; patch: Partial<ConsentDraft> }
  | { type: 'started'; kind: RetentionRequestKind }
  | { type: 'answered'; kind: RetentionRequestKind; result: PrivacyTableResult }
  | { type: 'settingsSaved' };

export const INITIAL_RETENTION_PANEL: RetentionPanelState = {
  consent: { legalBasis: '', purpose: '', source: '', informedOn: '' },
  busy: null,
  message: null,
  expired: null,
};

/**
 * The section's state. The list of expired sheets is what the delete button deletes: it is
 * replaced by every answer that carries one (the server lists what is left after a deletion),
 * kept when a request fails, and put away when the settings (the retention period) change.
 */
export function retentionPanelReducer(
  state: RetentionPanelState,
  action: RetentionPanelAction,
): RetentionPanelState {
  switch (action.type) {
    case 'consentChanged':
      return { ...state, consent: { ...state.consent, ...action.patch } };
    case 'started':
      return state.busy ? state : { ...state, busy: action.kind, message: null };
    case 'answered': {
      const { result } = action;
      return {
        ...state,
        busy: null,
        message: { ok: result.ok, text: result.message },
        expired: result.ok && result.expired ? result.expired : state.expired,
      };
    }
    case 'settingsSaved':
      return { ...state, expired: null };
  }
}

/** Whether "Fill" may be pressed: nothing runs and at least one value is given. */
export function canFill(state: RetentionPanelState): boolean {
  const c = state.consent;
  return (
    state.busy === null && [c.legalBasis, c.purpose, c.source, c.informedOn].some((v) => v.trim() !== '')
  );
}

/** Whether "Delete" may be pressed: nothing runs and the last listing found sheets. */
export function canDeleteExpired(state: RetentionPanelState): boolean {
  return state.busy === null && (state.expired?.length ?? 0) > 0;
}

/** The values sent to fillConsentColumns: only the fields given, trimmed. */
export function consentInput(draft: ConsentDraft): Partial<ConsentDraft> {
  const input: Partial<ConsentDraft> = {};
  if (draft.legalBasis !== '') input.legalBasis = draft.legalBasis;
  for (const field of ['purpose', 'source', 'informedOn'] as const) {
    const value = draft[field].trim();
    if (value !== '') input[field] = value;
  }
  return input;
}
