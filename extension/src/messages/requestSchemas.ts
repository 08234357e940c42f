import { z } from 'zod';
import { MERGE_FIELDS, MERGE_SIDES } from '../logic/mergeContacts.ts';
import { ClipOriginSchema } from '../model/clip.ts';
import { ExtractedContactSchema } from '../model/extractedContactSchema.ts';

const id = z.string().min(1).max(100);
const tabId = z.number().int().min(0);
/** Contact fields as the form sends them; ContactSchema validates them in the worker. */
const contactInput = z.record(z.string(), z.unknown());

/**
 * Every request the panel or options page sends to the service worker. The worker parses each
 * message with this schema and drops anything else: a message that passes the sender check can
 * still be malformed, and the handlers must only ever see the shapes declared here.
 */
export const PanelRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('extract-page'), tabId }),
  z.object({ type: z.literal('save-clip'), contact: contactInput, origin: ClipOriginSchema }),
  z.object({
    type: z.literal('save-clips'),
    items: z
      .array(z.object({ contact: contactInput, origin: ClipOriginSchema }))
      .min(1)
      .max(200),
  }),
  z.object({
    type: z.literal('merge-clip'),
    targetId: id,
    contact: contactInput,
    choices: z.partialRecord(z.enum(MERGE_FIELDS), z.enum(MERGE_SIDES)),
  }),
  z.object({ type: z.literal('update-clip'), id, contact: contactInput }),
  z.object({ type: z.literal('delete-clip'), id }),
  z.object({ type: z.literal('retry-clip'), id }),
  z.object({ type: z.literal('sync-now') }),
  z.object({ type: z.literal('acknowledge-cross-border') }),
  z.object({ type: z.literal('sign-in') }),
  z.object({ type: z.literal('sign-out') }),
  z.object({ type: z.literal('delete-all-data') }),
  z.object({ type: z.literal('refresh-known-customers') }),
]);
export type PanelRequest = z.infer<typeof PanelRequestSchema>;
export type PanelRequestType = PanelRequest['type'];

/** What the injected page script reports back, once per injection. */
export const PageResultSchema = z.object({
  type: z.literal('page-contacts'),
  requestId: z.string().uuid(),
  url: z.string().max(4000),
  title: z.string().max(1000),
  contacts: z.array(ExtractedContactSchema).max(200),
  /** The page was too large to read to the end within the extractor's time budget. */
  truncated: z.boolean().default(false),
});
export type PageResult = z.infer<typeof PageResultSchema>;

/**
 * The same message with its contacts not yet checked: the worker checks them one by one and
 * drops a malformed one, so one odd card does not cost the user every other one on the page.
 */
export const PageEnvelopeSchema = PageResultSchema.extend({ contacts: z.array(z.unknown()).max(200) });

/** Field-level validation errors for the form: path → messages. */
export type FieldErrors = Record<string, string[]>;
