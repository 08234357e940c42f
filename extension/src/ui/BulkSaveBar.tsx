import { uiTexts } from '../texts/uiTexts.ts';

/** Above a page's candidates: tick all of them, and save the ticked ones in one go. */
export function BulkSaveBar(props: {
  count: number;
  selected: number;
  busy: boolean;
  onSelectAll: () => void;
  onSave: () => void;
}) {
  const texts = uiTexts();
  if (props.count < 2) return null;
  return (
    <div className="actions bulk" data-testid="bulk-bar">
      <button type="button" className="small" onClick={props.onSelectAll}>
        {texts.selectAll}
      </button>
      <button
        type="button"
        className="primary small"
        disabled={props.selected === 0 || props.busy}
        onClick={props.onSave}
      >
        {texts.saveSelected(props.selected)}
      </button>
    </div>
  );
}
