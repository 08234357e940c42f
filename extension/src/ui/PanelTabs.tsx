import { uiTexts } from '../texts/uiTexts.ts';
import type { PanelState } from './panelState.ts';

/** The two views, with how many candidates the page has and how many clips are saved. */
export function PanelTabs(props: {
  view: PanelState['view'];
  candidates: number | null;
  saved: number;
  onShow: (view: PanelState['view']) => void;
}) {
  const texts = uiTexts();
  return (
    <nav className="tabs">
      <button
        type="button"
        className={props.view === 'page' ? 'active' : ''}
        onClick={() => props.onShow('page')}
      >
        {texts.tabPage} {props.candidates !== null ? <span className="count">{props.candidates}</span> : null}
      </button>
      <button
        type="button"
        className={props.view === 'saved' ? 'active' : ''}
        onClick={() => props.onShow('saved')}
        data-testid="tab-saved"
      >
        {texts.tabSaved} <span className="count">{props.saved}</span>
      </button>
    </nav>
  );
}
