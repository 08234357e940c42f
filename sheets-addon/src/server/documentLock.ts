import { AddonError } from './AddonError.ts';

/**
 * Runs `write` holding the document lock, so two jobs (or a job and the daily digest) never
 * write the same sheets at once.
 */
export function withDocumentLock<T>(lockedMessage: string, write: () => T): T {
  // Null outside a document (never for this add-on's jobs, but a trigger must not crash on it).
  const lock = LockService.getDocumentLock();
  if (!lock) return write();
  if (!lock.tryLock(10_000)) throw new AddonError(lockedMessage);
  try {
    return write();
  } finally {
    lock.releaseLock();
  }
}
