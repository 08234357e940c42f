import { uiTexts } from '../texts/uiTexts.ts';
import type { Notice } from './panelState.ts';

/** The line above the panel's content: the last save went through, or a request failed. */
export function PanelNotice(props: { notice: Notice }) {
  const texts = uiTexts();
  const { notice } = props;
  const text =
    notice.kind === 'saved'
      ? texts.savedNotice
      : notice.kind === 'bulk-saved'
        ? texts.bulkSaved(notice)
        : notice.message;
  return (
    <div className="notice" role="status" title={notice.kind === 'error' ? notice.detail : undefined}>
      {text}
    </div>
  );
}
