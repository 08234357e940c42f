import { validateContact } from '../logic/contactForm.ts';
import type { FieldErrors } from '../messages/requestSchemas.ts';
import type { Clip } from '../model/clip.ts';
import { uiTexts } from '../texts/uiTexts.ts';
import { applyOutbox, readClips, serialized, writeClips } from '../worker/storage.ts';
import { syncOutbox } from '../worker/syncScheduler.ts';
import { defineFeature, type RequestOf } from './feature.ts';

/** Saved clips: edit (re-synced in place by clip id) and delete (removed from chrome.storage.local). */
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
      void syncOutbox(false).catch(() => undefined);
      return { kind: 'saved', clip };
    },
    async 'delete-clip'({ id }: RequestOf<'delete-clip'>) {
      await serialized(async () => writeClips((await readClips()).filter((c) => c.id !== id)));
      await applyOutbox({ type: 'remove', clipId: id });
      return { deleted: id };
    },
  },
});
