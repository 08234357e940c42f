import { ContactSchema } from '@crm/shared';
import { z } from 'zod';
import { CLIP_KINDS } from './clipKinds.ts';

/** Where a saved clip came from: the page address and the extractor's source, or typed by hand. */
export const ClipOriginSchema = z.object({
  url: z.string().max(2000).nullable(),
  kind: z.enum(CLIP_KINDS),
});
export type ClipOrigin = z.infer<typeof ClipOriginSchema>;

/** A saved contact as kept in chrome.storage.local under `clip:<id>` (model/storageKeys.ts clipKey). */
export const ClipSchema = z.object({
  id: z.string().min(1),
  contact: ContactSchema,
  origin: ClipOriginSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  /** When the row last reached the sheet (ISO time), or null if never. */
  syncedAt: z.string().nullable(),
  /**
   * The cells the extension last wrote to the clip's row, by clip column: a cell that differs
   * from them now was edited in the sheet, and a later update leaves it to the user.
   */
  sheetCells: z.record(z.string(), z.string()).optional(),
  /**
   * The cells of the clip's last write whose answer did not come (a lost reply, a reset
   * connection), by clip column: the row may hold them, and a cell holding them is still the
   * extension's. Cleared once a write is answered.
   */
  sentCells: z.record(z.string(), z.string()).optional(),
});
export type Clip = z.infer<typeof ClipSchema>;
