import type { Contact } from '@crm/shared';
import type { PhoneRegionGuess } from '@crm/shared/extract';
import type { BulkSaveResult, SaveResult } from '../features/reviewAndSave.ts';
import { type ContactForm, EMPTY_FORM, formFromContact, formFromExtracted } from '../logic/contactForm.ts';
import type { KnownCustomer } from '../logic/knownCustomers.ts';
import type { MergeConflict } from '../logic/mergeContacts.ts';
import type { FieldErrors } from '../messages/requestSchemas.ts';
import type { Clip, ClipOrigin } from '../model/clip.ts';
import type { ExtractedContactData } from '../model/extractedContactSchema.ts';

/** The contacts the worker read from the panel's tab. */
export interface PageContacts {
  url: string;
  title: string;
  contacts: ExtractedContactData[];
  /** The page was too large to read to the end (its likely contact regions were read first). */
  truncated: boolean;
}

/** The form being filled: a new contact (from a candidate, a selection or by hand) or a saved clip. */
export type Editing =
  | {
      kind: 'new';
      form: ContactForm;
      origin: ClipOrigin;
      candidate: number | null;
      /** The region the candidate's numbers without a country code were read in, shown with them. */
      phoneRegion: PhoneRegionGuess | null;
    }
  | { kind: 'edit'; form: ContactForm; clip: Clip };

/** A save that matched a saved clip: the merge the user is asked to confirm. */
export interface Merging {
  existing: Clip;
  incoming: Contact;
  merged: Contact;
  conflicts: MergeConflict[];
  candidate: number | null;
}

/** The line above the panel's content: a save went through, or a request failed. */
export type Notice =
  | { kind: 'saved' }
  | { kind: 'error'; message: string; detail?: string }
  | ({ kind: 'bulk-saved' } & BulkSaveResult);

export interface PanelState {
  view: 'page' | 'saved';
  page: PageContacts | null;
  /**
   * Why the page could not be read, in the UI language; the browser's own text, when there was
   * one, as the detail (shown only as a tooltip).
   */
  pageError: { message: string; detail?: string } | null;
  known: KnownCustomer[];
  editing: Editing | null;
  merging: Merging | null;
  /** Field errors the worker returned for the form. */
  serverErrors: FieldErrors | undefined;
  notice: Notice | null;
  /** A save is on its way to the worker (the form's Save button is disabled). */
  busy: boolean;
}

export const INITIAL_PANEL_STATE: PanelState = {
  view: 'page',
  page: null,
  pageError: null,
  known: [],
  editing: null,
  merging: null,
  serverErrors: undefined,
  notice: null,
  busy: false,
};

export type PanelAction =
  | { type: 'show-view'; view: PanelState['view'] }
  | { type: 'scan-started' }
  | { type: 'page-read'; page: PageContacts }
  | { type: 'page-failed'; message: string; detail?: string }
  | { type: 'known-read'; known: KnownCustomer[] }
  | {
      type: 'review';
      contact: ExtractedContactData;
      origin: ClipOrigin;
      candidate: number | null;
      owner: string;
    }
  | { type: 'add-manually'; url: string | null; owner: string }
  | { type: 'edit'; clip: Clip }
  | { type: 'cancel-edit' }
  | { type: 'cancel-merge' }
  | { type: 'save-started' }
  | { type: 'save-answered'; result: SaveResult; candidate: number | null }
  | { type: 'save-failed'; message: string }
  | { type: 'request-failed'; message: string; detail?: string }
  | { type: 'bulk-saved'; result: BulkSaveResult };

/** A fresh form: earlier errors and notices belong to the previous one. */
function startEditing(state: PanelState, editing: Editing): PanelState {
  return { ...state, editing, serverErrors: undefined, notice: null };
}

function afterSave(state: PanelState, result: SaveResult, candidate: number | null): PanelState {
  const done = { ...state, busy: false };
  switch (result.kind) {
    case 'invalid':
      return { ...done, serverErrors: result.errors };
    case 'duplicate':
      return { ...done, editing: null, merging: { ...result, candidate } };
    case 'saved':
      return { ...done, editing: null, merging: null, serverErrors: undefined, notice: { kind: 'saved' } };
  }
}

/** The side panel's state transitions; the usePanel hook runs the requests around them. */
export function panelReducer(state: PanelState, action: PanelAction): PanelState {
  switch (action.type) {
    case 'show-view':
      return { ...state, view: action.view };
    case 'scan-started':
      return { ...state, pageError: null };
    case 'page-read':
      return { ...state, page: action.page, pageError: null };
    case 'page-failed':
      return { ...state, pageError: { message: action.message, detail: action.detail } };
    case 'known-read':
      return { ...state, known: action.known };
    case 'review':
      return startEditing(state, {
        kind: 'new',
        form: formFromExtracted(action.contact, action.owner),
        origin: action.origin,
        candidate: action.candidate,
        phoneRegion: action.contact.phoneRegion,
      });
    case 'add-manually':
      // Typed by hand: nothing is prefilled, and the legal basis is the user's choice.
      return startEditing(state, {
        kind: 'new',
        form: { ...EMPTY_FORM, owner: action.owner },
        origin: { url: action.url, kind: 'manual' },
        candidate: null,
        phoneRegion: null,
      });
    case 'edit':
      return startEditing(state, {
        kind: 'edit',
        form: formFromContact(action.clip.contact),
        clip: action.clip,
      });
    case 'cancel-edit':
      return { ...state, editing: null, serverErrors: undefined };
    case 'cancel-merge':
      return { ...state, merging: null };
    case 'save-started':
      return { ...state, busy: true };
    case 'save-answered':
      return afterSave(state, action.result, action.candidate);
    case 'save-failed':
      return { ...state, busy: false, serverErrors: { name: [action.message] } };
    case 'request-failed':
      return {
        ...state,
        busy: false,
        notice: { kind: 'error', message: action.message, detail: action.detail },
      };
    case 'bulk-saved':
      return { ...state, busy: false, notice: { kind: 'bulk-saved', ...action.result } };
  }
}
