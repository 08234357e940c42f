import { uiTexts } from '../texts/uiTexts.ts';
import type { Notice } from './panelState.ts';

/** The line above the panel's content: the last save went through, or a request failed. */
export function PanelNotice(props: { notice: Notice }) {
  const text = props.notice.kind === 'saved' ? uiTexts().savedNotice : props.notice.message;
  return (
    <div className="notice" role="status">
      {text}
    </div>
  );
}
