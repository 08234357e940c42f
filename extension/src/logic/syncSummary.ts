import type { OutboxEntry } from './outbox.ts';

/** What the panel's sync bar says about the outbox. */
export type SyncSummary =
  | { kind: 'not-configured' }
  | { kind: 'awaiting-notice'; count: number }
  | { kind: 'failed'; count: number }
  | { kind: 'pending'; count: number }
  | { kind: 'all-synced' };

/**
 * Failures first (they need the user), then what is still waiting; nothing syncs without a sheet,
 * nor before the user has confirmed the cross-border notice.
 */
export function syncSummary(
  outbox: readonly OutboxEntry[],
  configured: boolean,
  noticeAcknowledged: boolean,
): SyncSummary {
  if (!configured) return { kind: 'not-configured' };
  if (!noticeAcknowledged) return { kind: 'awaiting-notice', count: outbox.length };
  const failed = outbox.filter((e) => e.status === 'failed').length;
  if (failed > 0) return { kind: 'failed', count: failed };
  const pending = outbox.length - failed;
  return pending > 0 ? { kind: 'pending', count: pending } : { kind: 'all-synced' };
}
