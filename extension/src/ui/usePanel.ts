import type { ContactKey } from '@crm/shared/parse';
import { useCallback, useEffect, useMemo, useReducer } from 'react';
import browser from 'webextension-polyfill';
import type { SaveResult } from '../features/reviewAndSave.ts';
import { contactInputFromForm, formFromExtracted } from '../logic/contactForm.ts';
import type { MergeChoices } from '../logic/mergeContacts.ts';
import type { OutboxEntry } from '../logic/outbox.ts';
import { type PendingSelection, pendingSelectionFrom } from '../logic/pendingSelection.ts';
import type { Clip, ClipOrigin } from '../model/clip.ts';
import { acknowledgementFrom } from '../model/crossBorderNotice.ts';
import type { ExtractedContactData } from '../model/extractedContactSchema.ts';
import { type Settings, settingsFrom, spreadsheetIdOf } from '../model/settings.ts';
import { STORAGE_KEYS } from '../model/storageKeys.ts';
import type { SyncReport } from '../sheets/runSync.ts';
import { uiTexts } from '../texts/uiTexts.ts';
import { callWorker, detailOf, messageOf } from './callWorker.ts';
import { INITIAL_PANEL_STATE, type PanelAction, type PanelState, panelReducer } from './panelState.ts';
import { savedKeysOf } from './savedKeys.ts';
import { useStoredClips } from './useStoredClips.ts';
import { useStoredEntry } from './useStoredEntry.ts';
import { useStoredValue } from './useStoredValue.ts';

/** The tab the panel works on: ?tabId= (tests, or a panel opened for a tab), else the active tab. */
async function targetTab(): Promise<number | null> {
  const fromUrl = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** What the panel shows besides its own state: the worker's storage, read-only. */
export interface PanelData {
  /** The saved clips read so far, in the order they were saved (see `clipsComplete`). */
  clips: readonly Clip[];
  /** How many clips are saved, read yet or not. */
  clipCount: number;
  /** Every saved clip has been read: a search or an export covers them all. */
  clipsComplete: boolean;
  outbox: OutboxEntry[];
  selection: PendingSelection | null;
  settings: Settings;
  /** A spreadsheet is set, so clips sync and the known-customer badge can be looked up. */
  configured: boolean;
  /**
   * The cross-border notice: 'unread' until storage has been read (nothing shown on a guess),
   * then whether the user has confirmed it (until then nothing is sent to Google).
   */
  crossBorder: 'unread' | 'acknowledged' | 'not-acknowledged';
  /** Identity keys of the saved clips: a candidate sharing one is marked saved. */
  savedKeys: ReadonlySet<ContactKey>;
}

/** The panel's requests to the worker, each moving the state through panelReducer. */
export interface PanelActions {
  scan: () => Promise<void>;
  showView: (view: PanelState['view']) => void;
  review: (contact: ExtractedContactData, candidate: number | null, origin: ClipOrigin) => void;
  addManually: () => void;
  /** Saves the page candidates at these positions in one go (one already saved is merged into it). */
  saveSelected: (candidates: readonly number[]) => Promise<void>;
  edit: (clip: Clip) => void;
  cancelEdit: () => void;
  submit: (input: Record<string, unknown>) => Promise<void>;
  merge: (choices: MergeChoices) => Promise<void>;
  cancelMerge: () => void;
  syncNow: () => Promise<SyncReport>;
  /** Records the confirmation of the cross-border notice and syncs what waited. */
  acknowledgeCrossBorder: () => Promise<SyncReport>;
  deleteClip: (clip: Clip) => void;
  retryClip: (clip: Clip) => void;
}

function usePanelData(): PanelData {
  const { clips, total: clipCount, complete: clipsComplete } = useStoredClips();
  const outbox = useStoredValue<OutboxEntry[]>(STORAGE_KEYS.outbox, []);
  const settings = settingsFrom(useStoredValue<unknown>(STORAGE_KEYS.settings, {}));
  const selection = pendingSelectionFrom(useStoredValue<unknown>(STORAGE_KEYS.pendingSelection, null));
  const savedKeys = useMemo(() => savedKeysOf(clips, settings.region), [clips, settings.region]);
  const configured = spreadsheetIdOf(settings.spreadsheet) !== null;
  const notice = useStoredEntry(STORAGE_KEYS.crossBorderNotice);
  const crossBorder = !notice.read
    ? 'unread'
    : acknowledgementFrom(notice.value)
      ? 'acknowledged'
      : 'not-acknowledged';
  return {
    clips,
    clipCount,
    clipsComplete,
    outbox,
    selection,
    settings,
    configured,
    crossBorder,
    savedKeys,
  };
}

/**
 * Runs a save-like request: the form is busy meanwhile, the worker's answer lands in state, a
 * failure under the form (or in the notice, where no form is shown).
 */
async function runSave(
  dispatch: (action: PanelAction) => void,
  save: {
    request: () => Promise<SaveResult>;
    candidate: number | null;
    onSaved?: () => void;
    failure?: 'form' | 'notice';
  },
): Promise<void> {
  dispatch({ type: 'save-started' });
  try {
    const result = await save.request();
    dispatch({ type: 'save-answered', result, candidate: save.candidate });
    if (result.kind === 'saved') save.onSaved?.();
  } catch (error) {
    const message = messageOf(error);
    dispatch(
      save.failure === 'notice'
        ? { type: 'request-failed', message, detail: detailOf(error) }
        : { type: 'save-failed', message },
    );
  }
}

/** The side panel's state, the storage it shows and the actions its views call. */
export function usePanel(): { state: PanelState; data: PanelData; actions: PanelActions } {
  const [state, dispatch] = useReducer(panelReducer, INITIAL_PANEL_STATE);
  const data = usePanelData();
  const { editing, merging, page } = state;
  const { configured, settings } = data;

  const scan = useCallback(async () => {
    dispatch({ type: 'scan-started' });
    const tabId = await targetTab();
    if (tabId === null) {
      dispatch({ type: 'page-failed', message: uiTexts().noTab });
      return;
    }
    try {
      dispatch({ type: 'page-read', page: await callWorker('extract-page', { tabId }) });
    } catch (error) {
      dispatch({ type: 'page-failed', message: messageOf(error), detail: detailOf(error) });
    }
  }, []);

  useEffect(() => {
    void scan();
  }, [scan]);

  useEffect(() => {
    if (!configured) return;
    callWorker('refresh-known-customers', {})
      .then((cache) => dispatch({ type: 'known-read', known: cache?.customers ?? [] }))
      .catch(() => dispatch({ type: 'known-read', known: [] }));
  }, [configured]);

  const actions: PanelActions = {
    scan,
    showView: (view) => dispatch({ type: 'show-view', view }),
    review: (contact, candidate, origin) =>
      dispatch({ type: 'review', contact, candidate, origin, owner: settings.defaultOwner }),
    async saveSelected(candidates) {
      if (!page) return;
      const items = candidates.flatMap((i) => {
        const c = page.contacts[i];
        if (!c) return [];
        const contact = contactInputFromForm(formFromExtracted(c, settings.defaultOwner), settings.region);
        return [{ contact, origin: { url: page.url, kind: c.source } }];
      });
      if (items.length === 0) return;
      dispatch({ type: 'save-started' });
      try {
        dispatch({ type: 'bulk-saved', result: await callWorker('save-clips', { items }) });
      } catch (error) {
        dispatch({ type: 'request-failed', message: messageOf(error), detail: detailOf(error) });
      }
    },
    addManually: () =>
      dispatch({ type: 'add-manually', url: page?.url ?? null, owner: settings.defaultOwner }),
    edit: (clip) => dispatch({ type: 'edit', clip }),
    cancelEdit: () => dispatch({ type: 'cancel-edit' }),
    async submit(input) {
      if (editing?.kind === 'new') {
        const { origin, candidate } = editing;
        await runSave(dispatch, {
          request: () => callWorker('save-clip', { contact: input, origin }),
          // A person saved from a clipped selection leaves it in the worker (the others stay).
          candidate,
        });
      } else if (editing?.kind === 'edit') {
        const { id } = editing.clip;
        await runSave(dispatch, {
          request: () => callWorker('update-clip', { id, contact: input }),
          candidate: null,
        });
      }
    },
    async merge(choices) {
      if (!merging) return;
      const { existing, incoming, candidate } = merging;
      await runSave(dispatch, {
        request: () => callWorker('merge-clip', { targetId: existing.id, contact: incoming, choices }),
        candidate,
        failure: 'notice',
      });
    },
    cancelMerge: () => dispatch({ type: 'cancel-merge' }),
    syncNow: () => callWorker('sync-now', {}),
    acknowledgeCrossBorder: () => callWorker('acknowledge-cross-border', {}),
    deleteClip: (clip) => void callWorker('delete-clip', { id: clip.id }),
    retryClip: (clip) => void callWorker('retry-clip', { id: clip.id }).catch(() => undefined),
  };
  return { state, data, actions };
}
