import browser from 'webextension-polyfill';
import { uiTexts } from '../texts/uiTexts.ts';
import type { PageContacts } from './panelState.ts';

/** The extension's name, the page the panel reads and the way to the settings. */
export function PanelHeader(props: { logo: string; page: PageContacts | null }) {
  const texts = uiTexts();
  return (
    <header>
      <img src={props.logo} alt="" className="logo" />
      <div className="titles">
        <h1>{texts.appName}</h1>
        <div className="sub" title={props.page?.url}>
          {props.page?.title || props.page?.url || ' '}
        </div>
      </div>
      <button type="button" className="small" onClick={() => void browser.runtime.openOptionsPage()}>
        {texts.settings}
      </button>
    </header>
  );
}
