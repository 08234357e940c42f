import type { Contact } from '@crm/shared';
import { contactKeys } from '@crm/shared/parse';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { SaveResult } from '../features/reviewAndSave.ts';
import { type ContactForm, formFromContact, formFromExtracted } from '../logic/contactForm.ts';
import type { KnownCustomer } from '../logic/knownCustomers.ts';
import type { MergeConflict } from '../logic/mergeContacts.ts';
import type { OutboxEntry } from '../logic/outbox.ts';
import type { FieldErrors } from '../messages/requestSchemas.ts';
import type { Clip, ClipOrigin } from '../model/clip.ts';
import type { ExtractedContactData } from '../model/extractedContactSchema.ts';
import { settingsFrom, spreadsheetIdOf } from '../model/settings.ts';
import { STORAGE_KEYS } from '../model/storageKeys.ts';
import { uiTexts } from '../texts/uiTexts.ts';
import type { PendingSelection } from '../worker/storage.ts';
import { CandidateList } from './CandidateList.tsx';
import { ContactFormView } from './ContactFormView.tsx';
import { callWorker } from './callWorker.ts';
import { MergeDialog } from './MergeDialog.tsx';
import { SavedClipsView } from './SavedClipsView.tsx';
import { useStoredValue } from './useStoredValue.ts';

type Editing =
  | { kind: 'new'; form: ContactForm; origin: ClipOrigin; candidate: number | null }
  | { kind: 'edit'; form: ContactForm; clip: Clip };
type Merging = {
  existing: Clip;
  incoming: Contact;
  merged: Contact;
  conflicts: MergeConflict[];
  candidate: number | null;
};

/** The tab the panel works on: ?tabId= (tests, or a panel opened for a tab), else the active tab. */
async function targetTab(): Promise<number | null> {
  const fromUrl = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export function Panel(props: { logo: string }) {
  const texts = uiTexts();
  const [view, setView] = useState<'page' | 'saved'>('page');
  const [page, setPage] = useState<{ url: string; title: string; contacts: ExtractedContactData[] } | null>(
    null,
  );
  const [pageError, setPageError] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [merging, setMerging] = useState<Merging | null>(null);
  const [serverErrors, setServerErrors] = useState<FieldErrors | undefined>();
  const [notice, setNotice] = useState<string | null>(null);
  const [known, setKnown] = useState<KnownCustomer[]>([]);
  const [busy, setBusy] = useState(false);
  const clips = useStoredValue<Clip[]>(STORAGE_KEYS.clips, []);
  const outbox = useStoredValue<OutboxEntry[]>(STORAGE_KEYS.outbox, []);
  const rawSettings = useStoredValue<unknown>(STORAGE_KEYS.settings, {});
  const selection = useStoredValue<PendingSelection | null>(STORAGE_KEYS.pendingSelection, null);
  const settings = settingsFrom(rawSettings);
  const configured = spreadsheetIdOf(settings.spreadsheet) !== null;

  const scan = useCallback(async () => {
    setPageError(null);
    const tabId = await targetTab();
    if (tabId === null) {
      setPageError(uiTexts().noTab);
      return;
    }
    try {
      setPage(await callWorker('extract-page', { tabId }));
    } catch (error) {
      setPageError(error instanceof Error ? error.message : String(error));
    }
  }, []);

  useEffect(() => {
    void scan();
  }, [scan]);

  useEffect(() => {
    if (!configured) return;
    callWorker('refresh-known-customers', {})
      .then((cache) => setKnown(cache?.customers ?? []))
      .catch(() => setKnown([]));
  }, [configured]);

  const afterSave = (result: SaveResult, candidate: number | null, origin: ClipOrigin | null) => {
    if (result.kind === 'invalid') {
      setServerErrors(result.errors);
      return;
    }
    if (result.kind === 'duplicate') {
      setEditing(null);
      setMerging({ ...result, candidate });
      return;
    }
    setEditing(null);
    setMerging(null);
    setServerErrors(undefined);
    setNotice(texts.savedNotice);
    if (origin?.kind === 'selection') void chrome.storage.local.remove(STORAGE_KEYS.pendingSelection);
  };

  const submit = async (input: Record<string, unknown>) => {
    if (!editing) return;
    setBusy(true);
    try {
      if (editing.kind === 'new') {
        afterSave(
          await callWorker('save-clip', { contact: input, origin: editing.origin }),
          editing.candidate,
          editing.origin,
        );
      } else {
        const result = await callWorker('update-clip', { id: editing.clip.id, contact: input });
        afterSave(result, null, null);
      }
    } catch (error) {
      setServerErrors({ name: [error instanceof Error ? error.message : String(error)] });
    } finally {
      setBusy(false);
    }
  };

  const review = (c: ExtractedContactData, candidate: number | null, origin: ClipOrigin) => {
    setServerErrors(undefined);
    setNotice(null);
    setEditing({ kind: 'new', form: formFromExtracted(c, settings.defaultOwner), origin, candidate });
  };

  const savedKeys = useMemo(
    () => new Set(clips.flatMap((c) => contactKeys(c.contact, settings.region))),
    [clips, settings.region],
  );
  const pending = outbox.filter((e) => e.status !== 'failed').length;
  const failed = outbox.filter((e) => e.status === 'failed').length;

  return (
    <div className="panel">
      <header>
        <img src={props.logo} alt="" className="logo" />
        <div className="titles">
          <h1>{texts.appName}</h1>
          <div className="sub" title={page?.url}>
            {page?.title || page?.url || ' '}
          </div>
        </div>
        <button type="button" className="small" onClick={() => chrome.runtime.openOptionsPage()}>
          {texts.settings}
        </button>
      </header>
      <nav className="tabs">
        <button type="button" className={view === 'page' ? 'active' : ''} onClick={() => setView('page')}>
          {texts.tabPage} {page ? <span className="count">{page.contacts.length}</span> : null}
        </button>
        <button
          type="button"
          className={view === 'saved' ? 'active' : ''}
          onClick={() => setView('saved')}
          data-testid="tab-saved"
        >
          {texts.tabSaved} <span className="count">{clips.length}</span>
        </button>
      </nav>
      <div className="syncbar" data-testid="syncbar">
        <span>
          {configured
            ? failed > 0
              ? texts.syncFailedCount(failed)
              : pending > 0
                ? texts.syncPendingCount(pending)
                : texts.syncAllDone
            : texts.syncNotConfigured}
        </span>
        <button
          type="button"
          className="small"
          disabled={!configured}
          onClick={() =>
            void callWorker('sync-now', {}).catch((e: unknown) =>
              setNotice(String(e instanceof Error ? e.message : e)),
            )
          }
        >
          {texts.syncNow}
        </button>
      </div>
      {notice ? (
        <div className="notice" role="status">
          {notice}
        </div>
      ) : null}
      <main>
        {merging ? (
          <MergeDialog
            existing={merging.existing}
            merged={merging.merged}
            conflicts={merging.conflicts}
            onCancel={() => setMerging(null)}
            onMerge={(choices) =>
              void callWorker('merge-clip', {
                targetId: merging.existing.id,
                contact: merging.incoming,
                choices,
              }).then((r) => afterSave(r, merging.candidate, null))
            }
          />
        ) : editing ? (
          <ContactFormView
            key={editing.kind === 'edit' ? editing.clip.id : `new-${editing.candidate}`}
            initial={editing.form}
            region={settings.region}
            heading={editing.kind === 'edit' ? texts.editHeading : texts.reviewHeading}
            serverErrors={serverErrors}
            busy={busy}
            onSubmit={(input) => void submit(input)}
            onCancel={() => setEditing(null)}
          />
        ) : view === 'page' ? (
          <>
            {selection ? (
              <section className="selection">
                <h3>{texts.fromSelection}</h3>
                <CandidateList
                  candidates={[selection.contact]}
                  known={known}
                  savedKeys={savedKeys}
                  region={settings.region}
                  onReview={() => review(selection.contact, null, { url: selection.url, kind: 'selection' })}
                />
              </section>
            ) : null}
            {pageError ? <p className="error">{pageError}</p> : null}
            {page ? (
              <CandidateList
                candidates={page.contacts}
                known={known}
                savedKeys={savedKeys}
                region={settings.region}
                onReview={(i) => {
                  const c = page.contacts[i];
                  if (c) review(c, i, { url: page.url, kind: c.source });
                }}
              />
            ) : pageError ? null : (
              <p className="empty">{texts.scanning}</p>
            )}
            <div className="actions center">
              <button type="button" className="small" onClick={() => void scan()}>
                {texts.rescan}
              </button>
              <button
                type="button"
                className="small"
                onClick={() =>
                  setEditing({
                    kind: 'new',
                    form: {
                      ...formFromExtracted(
                        {
                          name: null,
                          title: null,
                          organization: null,
                          emails: [],
                          phones: [],
                          address: null,
                          urls: [],
                          source: 'text',
                          confidence: 0,
                          evidence: '',
                        },
                        settings.defaultOwner,
                      ),
                      legalBasis: '',
                    },
                    origin: { url: page?.url ?? null, kind: 'manual' },
                    candidate: null,
                  })
                }
              >
                {texts.addManually}
              </button>
            </div>
          </>
        ) : (
          <SavedClipsView
            clips={clips}
            outbox={outbox}
            onEdit={(clip) => {
              setServerErrors(undefined);
              setEditing({ kind: 'edit', form: formFromContact(clip.contact), clip });
            }}
            onDelete={(clip) => void callWorker('delete-clip', { id: clip.id })}
            onRetry={(clip) => void callWorker('retry-clip', { id: clip.id }).catch(() => undefined)}
          />
        )}
      </main>
    </div>
  );
}
