import { useState } from 'react';
import browser from 'webextension-polyfill';
import { nextDueAt, type OutboxEntry } from '../logic/outbox.ts';
import { type SyncSummary, syncSummary } from '../logic/syncSummary.ts';
import type { SyncReport } from '../sheets/runSync.ts';
import type { Texts } from '../texts/index.ts';
import { uiTexts } from '../texts/uiTexts.ts';

function summaryText(summary: SyncSummary, texts: Texts): string {
  switch (summary.kind) {
    case 'not-configured':
      return texts.syncNotConfigured;
    case 'awaiting-notice':
      return texts.syncAwaitingNotice(summary.count);
    case 'failed':
      return texts.syncFailedCount(summary.count);
    case 'pending':
      return texts.syncPendingCount(summary.count);
    case 'all-synced':
      return texts.syncAllDone;
  }
}

/** What a "Sync now" click achieved, so the click is never silent. */
function reportText(report: SyncReport, texts: Texts): string {
  if (report.awaitingNotice) return texts.syncAwaitingNotice(report.pending);
  if (report.failed.length > 0) return texts.syncFailedCount(report.failed.length);
  if (report.synced.length > 0) return texts.syncNowSynced(report.synced.length);
  return report.pending > 0 ? texts.syncPendingCount(report.pending) : texts.syncNowNothing;
}

/** The time of the next automatic attempt, in the browser's own locale. */
function timeText(at: number): string {
  return new Date(at).toLocaleTimeString(browser.i18n.getUILanguage());
}

/**
 * How the outbox stands, when the next automatic attempt is, and a button that tries everything
 * waiting at once (once a sheet is set), saying what came of it.
 */
export function SyncBar(props: {
  outbox: readonly OutboxEntry[];
  configured: boolean;
  noticeAcknowledged: boolean;
  onSyncNow: () => Promise<SyncReport>;
}) {
  const texts = uiTexts();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState('');
  const next = props.configured && props.noticeAcknowledged ? nextDueAt(props.outbox) : null;
  const summary = syncSummary(props.outbox, props.configured, props.noticeAcknowledged);
  const syncNow = () => {
    setBusy(true);
    setResult('');
    props
      .onSyncNow()
      .then(
        (report) => setResult(reportText(report, texts)),
        (error: unknown) => setResult(error instanceof Error ? error.message : texts.errors.unknown),
      )
      .finally(() => setBusy(false));
  };
  return (
    <div className="syncbar" data-testid="syncbar">
      <span data-testid={`sync-${summary.kind}`}>{summaryText(summary, texts)}</span>
      {next !== null && next > Date.now() ? (
        <span className="next-attempt" data-testid="next-attempt">
          {texts.syncNextAttempt(timeText(next))}
        </span>
      ) : null}
      <button type="button" className="small" disabled={!props.configured || busy} onClick={syncNow}>
        {texts.syncNow}
      </button>
      {result ? (
        <span role="status" data-testid="sync-result">
          {result}
        </span>
      ) : null}
    </div>
  );
}
