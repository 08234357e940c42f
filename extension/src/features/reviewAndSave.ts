import type { Contact } from '@crm/shared';
import { validateContact } from '../logic/contactForm.ts';
import { findDuplicateClip } from '../logic/findDuplicateClip.ts';
import { type MergeConflict, mergeContacts } from '../logic/mergeContacts.ts';
import { type BulkSaveResult, planBulkSave } from '../logic/planBulkSave.ts';
import type { FieldErrors } from '../messages/requestSchemas.ts';
import type { Clip } from '../model/clip.ts';
import { uiTexts } from '../texts/uiTexts.ts';
import {
  ensureRoomFor,
  forgetPendingSelectionOf,
  readClipsById,
  readClipsSharingKeys,
  readSettings,
  serialized,
  writeClipsQueued,
} from '../worker/storage.ts';
import { syncOutbox } from '../worker/syncScheduler.ts';
import { defineFeature, type RequestOf } from './feature.ts';

export type { BulkSaveResult } from '../logic/planBulkSave.ts';

export type SaveResult =
  | { kind: 'invalid'; errors: FieldErrors }
  | { kind: 'duplicate'; existing: Clip; incoming: Contact; merged: Contact; conflicts: MergeConflict[] }
  | { kind: 'saved'; clip: Clip };

/**
 * A new clip. Every clip records why it is kept (处理目的, 个人信息保护法 art. 17): the purpose the
 * form gave, else the catalogue's default purpose in the UI language.
 */
function newClip(contact: Contact, origin: Clip['origin']): Clip {
  const at = new Date().toISOString();
  const purpose = contact.purpose ?? uiTexts().defaultPurpose;
  return {
    id: crypto.randomUUID(),
    contact: { ...contact, purpose },
    origin,
    createdAt: at,
    updatedAt: at,
    syncedAt: null,
  };
}

/** Starts a sync in the background (the clips are already queued with their save). */
function syncInBackground(): void {
  void syncOutbox(false).catch(() => undefined);
}

/**
 * Review and save: the worker validates again with ContactSchema (the UI is not trusted), and a
 * contact sharing a normalised email or phone with a saved clip becomes a merge, not a new record.
 */
export const reviewAndSave = defineFeature({
  id: 'review-and-save',
  handlers: {
    async 'save-clip'({ contact, origin }: RequestOf<'save-clip'>): Promise<SaveResult> {
      const valid = validateContact(contact);
      if (!valid.ok) return { kind: 'invalid', errors: valid.errors };
      const { region } = await readSettings();
      const result = await serialized(async (): Promise<SaveResult> => {
        const existing = findDuplicateClip(
          await readClipsSharingKeys([valid.contact]),
          valid.contact,
          region,
        );
        if (existing) {
          const { merged, conflicts } = mergeContacts(existing.contact, valid.contact);
          return { kind: 'duplicate', existing, incoming: valid.contact, merged, conflicts };
        }
        const clip = newClip(valid.contact, origin);
        await ensureRoomFor([clip]);
        await writeClipsQueued({ put: [clip], remove: [] }, [
          { type: 'enqueue', clipId: clip.id, op: 'append', now: Date.now() },
        ]);
        return { kind: 'saved', clip };
      });
      if (result.kind === 'saved') {
        syncInBackground();
        // A person from a clipped selection is saved: the selection keeps only the others.
        if (origin.kind === 'selection') await forgetPendingSelectionOf(valid.contact, region);
      }
      return result;
    },
    /**
     * Saves several page candidates at once (a team page): each is validated like a single save,
     * and one already saved (or twice in the batch) is merged into that clip (planBulkSave).
     */
    async 'save-clips'({ items }: RequestOf<'save-clips'>): Promise<BulkSaveResult> {
      const { region } = await readSettings();
      const { added, updated, result } = await serialized(async () => {
        // Only the saved clips a candidate could be merged into are read, not every clip.
        const contacts = items.flatMap(({ contact }) => {
          const valid = validateContact(contact);
          return valid.ok ? [valid.contact] : [];
        });
        const saved = await readClipsSharingKeys(contacts);
        const plan = planBulkSave(saved, items, region, newClip, new Date().toISOString());
        if (plan.added.length + plan.updated.length > 0) {
          const now = Date.now();
          await ensureRoomFor([...plan.added, ...plan.updated]);
          await writeClipsQueued({ put: [...plan.added, ...plan.updated], remove: [] }, [
            ...plan.added.map((c) => ({ type: 'enqueue', clipId: c.id, op: 'append', now }) as const),
            ...plan.updated.map((c) => ({ type: 'enqueue', clipId: c.id, op: 'update', now }) as const),
          ]);
        }
        return plan;
      });
      if (added.length + updated.length > 0) syncInBackground();
      return result;
    },
    async 'merge-clip'({ targetId, contact, choices }: RequestOf<'merge-clip'>): Promise<SaveResult> {
      const valid = validateContact(contact);
      if (!valid.ok) return { kind: 'invalid', errors: valid.errors };
      const result = await serialized(async (): Promise<SaveResult> => {
        const [target] = await readClipsById([targetId]);
        if (!target) return { kind: 'invalid', errors: { name: [uiTexts().errors.mergeTargetGone] } };
        const { merged } = mergeContacts(target.contact, valid.contact, choices);
        const checked = validateContact(merged);
        if (!checked.ok) return { kind: 'invalid', errors: checked.errors };
        const clip: Clip = { ...target, contact: checked.contact, updatedAt: new Date().toISOString() };
        await ensureRoomFor([clip]);
        await writeClipsQueued({ put: [clip], remove: [] }, [
          { type: 'enqueue', clipId: clip.id, op: 'update', now: Date.now() },
        ]);
        return { kind: 'saved', clip };
      });
      if (result.kind === 'saved') {
        syncInBackground();
        // The merged-in contact (often a clipped selection) is saved now: no copy stays behind.
        const { region } = await readSettings();
        await forgetPendingSelectionOf(valid.contact, region);
      }
      return result;
    },
  },
});
