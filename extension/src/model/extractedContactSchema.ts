import { CONTACT_SOURCES, PHONE_REGION_BASES } from '@crm/shared/extract';
import { z } from 'zod';

/**
 * The shape the injected page script reports (the core's ExtractedContact). Page data is
 * untrusted: lengths and list sizes are bounded so a hostile page cannot flood storage or the UI.
 */
export const ExtractedContactSchema = z.object({
  name: z.string().max(500).nullable(),
  title: z.string().max(500).nullable(),
  organization: z.string().max(500).nullable(),
  emails: z.array(z.string().max(320)).max(50),
  phones: z.array(z.string().max(32)).max(50),
  // Absent in a selection saved by an earlier version: read as none.
  wechat: z.string().max(100).nullable().default(null),
  phoneRegion: z
    .object({ region: z.string().regex(/^[A-Z]{2}$/), basis: z.enum(PHONE_REGION_BASES) })
    .nullable()
    .default(null),
  address: z.string().max(1000).nullable(),
  urls: z.array(z.string().max(2000)).max(50),
  source: z.enum(CONTACT_SOURCES),
  confidence: z.number().min(0).max(1),
  evidence: z.string().max(500),
});
export type ExtractedContactData = z.infer<typeof ExtractedContactSchema>;
