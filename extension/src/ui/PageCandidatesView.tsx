import { uiTexts } from '../texts/uiTexts.ts';
import { CandidateList } from './CandidateList.tsx';
import type { PanelState } from './panelState.ts';
import type { PanelActions, PanelData } from './usePanel.ts';

/**
 * The "On this page" view: a clipped selection waiting for review, the candidates found on the
 * page (or why it could not be read), and the ways to scan again or add a contact by hand.
 */
export function PageCandidatesView(props: {
  state: Pick<PanelState, 'page' | 'pageError' | 'known'>;
  data: Pick<PanelData, 'selection' | 'savedKeys' | 'settings'>;
  actions: Pick<PanelActions, 'review' | 'scan' | 'addManually'>;
}) {
  const texts = uiTexts();
  const { page, pageError, known } = props.state;
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
            candidates={[selection.contact]}
            onReview={() => review(selection.contact, null, { url: selection.url, kind: 'selection' })}
          />
        </section>
      ) : null}
      {pageError ? <p className="error">{pageError}</p> : null}
      {page ? (
        <CandidateList
          {...listProps}
          candidates={page.contacts}
          onReview={(i) => {
            const c = page.contacts[i];
            if (c) review(c, i, { url: page.url, kind: c.source });
          }}
        />
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
