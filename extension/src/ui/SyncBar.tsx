import type { OutboxEntry } from '../logic/outbox.ts';
import { type SyncSummary, syncSummary } from '../logic/syncSummary.ts';
import type { Texts } from '../texts/index.ts';
import { uiTexts } from '../texts/uiTexts.ts';

function summaryText(summary: SyncSummary, texts: Texts): string {
  switch (summary.kind) {
    case 'not-configured':
      return texts.syncNotConfigured;
    case 'failed':
      return texts.syncFailedCount(summary.count);
    case 'pending':
      return texts.syncPendingCount(summary.count);
    case 'all-synced':
      return texts.syncAllDone;
  }
}

/** How the outbox stands, and a button to sync now (once a sheet is set). */
export function SyncBar(props: {
  outbox: readonly OutboxEntry[];
  configured: boolean;
  onSyncNow: () => void;
}) {
  const texts = uiTexts();
  return (
    <div className="syncbar" data-testid="syncbar">
      <span>{summaryText(syncSummary(props.outbox, props.configured), texts)}</span>
      <button type="button" className="small" disabled={!props.configured} onClick={props.onSyncNow}>
        {texts.syncNow}
      </button>
    </div>
  );
}
