import { validateContact } from '../logic/contactForm.ts';
import type { FieldErrors } from '../messages/requestSchemas.ts';
import type { Clip } from '../model/clip.ts';
import { uiTexts } from '../texts/uiTexts.ts';
import {
  applyOutbox,
  forgetKnownCustomers,
  forgetPendingSelectionOf,
  readClips,
  readOutbox,
  readSettings,
  serialized,
  writeClips,
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
        const clips = await readClips();
        const target = clips.find((c) => c.id === id);
        if (!target) return null;
        const updated: Clip = { ...target, contact: valid.contact, updatedAt: new Date().toISOString() };
        await writeClips(clips.map((c) => (c.id === id ? updated : c)));
        return updated;
      });
      if (!clip) return { kind: 'invalid', errors: { name: [uiTexts().errors.clipDeleted] } };
      await applyOutbox({ type: 'enqueue', clipId: clip.id, op: 'update', now: Date.now() });
      inBackground();
      return { kind: 'saved', clip };
    },
    async 'delete-clip'({ id }: RequestOf<'delete-clip'>) {
      const deleted = await serialized(async () => {
        const clips = await readClips();
        await writeClips(clips.filter((c) => c.id !== id));
        return clips.find((c) => c.id === id) ?? null;
      });
      const queued = (await readOutbox()).some((e) => e.clipId === id);
      // Only a clip that may have reached the sheet has a row to clear there.
      if (queued || deleted?.syncedAt) {
        await applyOutbox({ type: 'enqueue', clipId: id, op: 'delete', now: Date.now() });
        inBackground();
      }
      await forgetKnownCustomers();
      if (deleted) {
        const { region } = await readSettings();
        await forgetPendingSelectionOf(deleted.contact, region);
      }
      return { deleted: id };
    },
  },
});
