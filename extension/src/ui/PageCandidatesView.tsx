import { useState } from 'react';
import { uiTexts } from '../texts/uiTexts.ts';
import { BulkSaveBar } from './BulkSaveBar.tsx';
import { CandidateList } from './CandidateList.tsx';
import type { PageContacts, PanelState } from './panelState.ts';
import type { PanelActions, PanelData } from './usePanel.ts';

const NONE: ReadonlySet<number> = new Set();

/**
 * The "On this page" view: a clipped selection waiting for review, the candidates found on the
 * page (or why it could not be read, or that it was read only in part), ticked for saving in one
 * go or reviewed one by one, and the ways to scan again or add a contact by hand.
 */
export function PageCandidatesView(props: {
  state: Pick<PanelState, 'page' | 'pageError' | 'known' | 'busy'>;
  data: Pick<PanelData, 'selection' | 'savedKeys' | 'settings'>;
  actions: Pick<PanelActions, 'review' | 'scan' | 'addManually' | 'saveSelected'>;
}) {
  const texts = uiTexts();
  const { page, pageError, known } = props.state;
  // Ticks belong to the list they were made on: a new scan lists new candidates, none ticked.
  const [ticks, setTicks] = useState<{ page: PageContacts | null; picked: ReadonlySet<number> }>({
    page: null,
    picked: new Set(),
  });
  const ticked = ticks.page === page ? ticks.picked : NONE;
  const setTicked = (picked: ReadonlySet<number>) => setTicks({ page, picked });
  const toggle = (i: number) => {
    const next = new Set(ticked);
    if (!next.delete(i)) next.add(i);
    setTicked(next);
  };
  const { selection, savedKeys, settings } = props.data;
  const { review } = props.actions;
  const listProps = { known, savedKeys, region: settings.region };
  return (
    <>
      {selection ? (
        <section className="selection">
          <h3>{texts.fromSelection}</h3>
          <CandidateList
            {...listProps}
            candidates={selection.contacts}
            onReview={(i) => {
              const contact = selection.contacts[i];
              if (contact) review(contact, null, { url: selection.url, kind: 'selection' });
            }}
          />
        </section>
      ) : null}
      {pageError ? (
        <p className="error" data-testid="page-error" title={pageError.detail}>
          {pageError.message}
        </p>
      ) : null}
      {page?.truncated ? (
        <p className="notice" data-testid="page-cut-short">
          {texts.pageCutShort}
        </p>
      ) : null}
      {page ? (
        <>
          <BulkSaveBar
            count={page.contacts.length}
            selected={ticked.size}
            busy={props.state.busy}
            onSelectAll={() => setTicked(new Set(page.contacts.map((_, i) => i)))}
            onSave={() => {
              void props.actions.saveSelected([...ticked].sort((a, b) => a - b));
              setTicked(new Set());
            }}
          />
          <CandidateList
            {...listProps}
            candidates={page.contacts}
            selected={ticked}
            onToggle={toggle}
            onReview={(i) => {
              const c = page.contacts[i];
              if (c) review(c, i, { url: page.url, kind: c.source });
            }}
          />
        </>
      ) : pageError ? null : (
        <p className="empty">{texts.scanning}</p>
      )}
      <div className="actions center">
        <button type="button" className="small" onClick={() => void props.actions.scan()}>
          {texts.rescan}
        </button>
        <button type="button" className="small" onClick={props.actions.addManually}>
          {texts.addManually}
        </button>
      </div>
    </>
  );
}
