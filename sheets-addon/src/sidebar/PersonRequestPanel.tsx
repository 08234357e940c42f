import { useState } from 'react';
import { canErase } from './personPanelReducer.ts';
import { exportFileName, placeLines, previewLines } from './personPanelText.ts';
import type { Texts } from './texts.ts';
import type { usePersonRequests } from './usePersonRequests.ts';

interface PersonRequestPanelProps {
  requests: ReturnType<typeof usePersonRequests>;
  t: Texts;
}

/**
 * 个人信息请求 / Personal data request: find, copy or erase one person (个人信息保护法 art. 44–47).
 * Erasure is offered only after its dry run for the same key, and asks once more.
 */
export function PersonRequestPanel({ requests, t }: PersonRequestPanelProps) {
  const { state, setKey, find, exportCopy, preview, erase } = requests;
  const [asSheet, setAsSheet] = useState(true);
  const tp = t.person;
  const busy = state.busy !== null;
  const noKey = state.key.trim() === '';
  const download = () => {
    if (!state.json) return;
    const url = URL.createObjectURL(new Blob([state.json], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = exportFileName(new Date());
    link.click();
    URL.revokeObjectURL(url);
  };
  const confirmErase = () => {
    if (state.preview && window.confirm(tp.eraseConfirm(state.key.trim()))) erase(state.preview.token);
  };
  return (
    <details className="person">
      <summary>{tp.title}</summary>
      <form onSubmit={(e) => e.preventDefault()}>
        <label className="block">
          {tp.key}
          <input
            value={state.key}
            placeholder={tp.keyPlaceholder}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => setKey(e.target.value)}
          />
        </label>
        <div className="actions">
          <button type="button" disabled={busy || noKey} onClick={find}>
            {tp.find}
          </button>
          <button type="button" disabled={busy || noKey} onClick={() => exportCopy(asSheet)}>
            {tp.export}
          </button>
          <label className="check">
            <input type="checkbox" checked={asSheet} onChange={(e) => setAsSheet(e.target.checked)} />
            {tp.asSheet}
          </label>
          <button type="button" disabled={busy || noKey} onClick={preview}>
            {tp.preview}
          </button>
          <button type="button" className="danger" disabled={!canErase(state)} onClick={confirmErase}>
            {tp.erase}
          </button>
        </div>
      </form>
      {state.message && (
        <ul className="log">
          <li className={state.message.ok ? 'ok' : 'failed'} data-testid="person-message">
            <p>{state.message.text}</p>
          </li>
        </ul>
      )}
      {state.preview && (
        <>
          <h3>{tp.previewTitle}</h3>
          <ul className="log">
            {previewLines(state.preview.sheets, t).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
      {state.places.length > 0 && (
        <>
          <h3>{tp.places}</h3>
          <ul className="log" data-testid="person-places">
            {placeLines(state.places, t).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
      {state.json && (
        <button type="button" onClick={download}>
          {tp.download}
        </button>
      )}
    </details>
  );
}
