import { useState } from 'react';
import { uiTexts } from '../texts/uiTexts.ts';
import { callWorker, messageOf } from './callWorker.ts';

/**
 * Sign in / sign out, and "Delete all data" (two clicks). The status line says what happened,
 * in the UI language.
 */
export function OptionsAccountActions(props: { onDeleted: () => void }) {
  const texts = uiTexts();
  const [status, setStatus] = useState('');
  const [confirming, setConfirming] = useState(false);
  const run = (task: () => Promise<unknown>, done: string) =>
    void task().then(
      () => setStatus(done),
      (error: unknown) => setStatus(messageOf(error)),
    );
  return (
    <>
      <div className="actions">
        <button type="button" onClick={() => run(() => callWorker('sign-in', {}), texts.options.signedIn)}>
          {texts.options.signIn}
        </button>
        <button type="button" onClick={() => run(() => callWorker('sign-out', {}), texts.options.signedOut)}>
          {texts.options.signOut}
        </button>
      </div>
      <section className="data" data-testid="your-data">
        <h2>{texts.options.dataHeading}</h2>
        <p>{texts.options.deleteAllExplain}</p>
        {confirming ? (
          <button
            type="button"
            className="danger"
            onClick={() => {
              setConfirming(false);
              run(async () => {
                await callWorker('delete-all-data', {});
                props.onDeleted();
              }, texts.options.deletedAll);
            }}
          >
            {texts.options.confirmDeleteAll}
          </button>
        ) : (
          <button type="button" onClick={() => setConfirming(true)}>
            {texts.options.deleteAll}
          </button>
        )}
      </section>
      <p role="status" data-testid="account-status">
        {status}
      </p>
    </>
  );
}
