import { validateContact } from '../logic/contactForm.ts';
import type { FieldErrors } from '../messages/requestSchemas.ts';
import type { Clip } from '../model/clip.ts';
import { uiTexts } from '../texts/uiTexts.ts';
import {
  ensureRoomFor,
  forgetKnownCustomers,
  forgetPendingSelectionOf,
  migrateClips,
  readClipsById,
  readOutbox,
  readSettings,
  serialized,
  writeClipsQueued,
} from '../worker/storage.ts';
import { syncOutbox } from '../worker/syncScheduler.ts';
import { defineFeature, type RequestOf } from './feature.ts';

const inBackground = () => void syncOutbox(false).catch(() => undefined);

/**
 * Saved clips: edit (re-synced in place by clip id) and delete, which really deletes: the clip
 * leaves storage, its row in the sheet is cleared (found by clip id), and neither the
 * known-customer lookup nor a pending selection keeps a copy of the person.
 */
export const savedClips = defineFeature({
  id: 'saved-clips',
  install() {
    // Clips an earlier version kept as one array get a key each as soon as the worker starts.
    void migrateClips().catch(() => undefined);
  },
  handlers: {
    async 'update-clip'({
      id,
      contact,
    }: RequestOf<'update-clip'>): Promise<
      { kind: 'invalid'; errors: FieldErrors } | { kind: 'saved'; clip: Clip }
    > {
      const valid = validateContact(contact);
      if (!valid.ok) return { kind: 'invalid', errors: valid.errors };
      const clip = await serialized(async () => {
        const [target] = await readClipsById([id]);
        if (!target) return null;
        const updated: Clip = { ...target, contact: valid.contact, updatedAt: new Date().toISOString() };
        await ensureRoomFor([updated]);
        await writeClipsQueued({ put: [updated], remove: [] }, [
          { type: 'enqueue', clipId: id, op: 'update', now: Date.now() },
        ]);
        return updated;
      });
      if (!clip) return { kind: 'invalid', errors: { name: [uiTexts().errors.clipDeleted] } };
      inBackground();
      return { kind: 'saved', clip };
    },
    async 'delete-clip'({ id }: RequestOf<'delete-clip'>) {
      // One write for the clip and its delete entry: deleting is how a full storage is freed, so
      // it must not be refused halfway (the clip gone, its row never cleared). It shrinks the
      // stored data, so it gets no reserve check.
      const { deleted, queued } = await serialized(async () => {
        const deleted = (await readClipsById([id]))[0] ?? null;
        // Only a clip that may have reached the sheet has a row to clear there.
        const queued = (await readOutbox()).some((e) => e.clipId === id) || Boolean(deleted?.syncedAt);
        await writeClipsQueued(
          { put: [], remove: [id] },
          queued ? [{ type: 'enqueue', clipId: id, op: 'delete', now: Date.now() }] : [],
        );
        return { deleted, queued };
      });
      if (queued) inBackground();
      await forgetKnownCustomers();
      if (deleted) {
        const { region } = await readSettings();
        await forgetPendingSelectionOf(deleted.contact, region);
      }
      return { deleted: id };
    },
  },
});
