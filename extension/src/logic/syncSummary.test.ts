import { describe, expect, it } from 'vitest';
import type { OutboxEntry, OutboxStatus } from './outbox.ts';
import { syncSummary } from './syncSummary.ts';

const entries = (...statuses: OutboxStatus[]): OutboxEntry[] =>
  statuses.map((status, i) => ({
    clipId: `c${i}`,
    op: 'append',
    status,
    attempts: 0,
    nextAttemptAt: 0,
    problem: null,
  }));

describe('sync summary', () => {
  it.each([
    ['no sheet set', entries('failed'), false, { kind: 'not-configured' }],
    [
      'a sheet set, the cross-border notice not yet confirmed',
      entries('pending', 'pending'),
      'unacknowledged',
      { kind: 'awaiting-notice', count: 2 },
    ],
    [
      'failures before waiting clips',
      entries('pending', 'failed', 'failed'),
      true,
      { kind: 'failed', count: 2 },
    ],
    ['pending and sending clips', entries('pending', 'sending'), true, { kind: 'pending', count: 2 }],
    ['an empty outbox', entries(), true, { kind: 'all-synced' }],
  ] as const)('says so for %s', (_what, outbox, configured, expected) => {
    const acknowledged = configured !== 'unacknowledged';
    expect(syncSummary(outbox, configured !== false, acknowledged)).toEqual(expected);
  });
});
