import {
  CONTACT_SOURCES,
  EVIDENCE_LANDMARKS,
  EVIDENCE_LINKS,
  type EvidenceItem,
  PHONE_REGION_BASES,
  SCHEMA_ORG_ROLES,
} from '@crm/shared/extract';
import { z } from 'zod';

// Page data is untrusted: lengths and list sizes are bounded so a hostile page cannot flood
// storage or the UI. The extractor itself keeps headings to 40 and page names to 60 characters.
const pageWord = z.string().max(200);
const count = z.number().int().min(0).max(100_000);
const place = z
  .object({ landmark: z.enum(EVIDENCE_LANDMARKS).nullable(), selector: pageWord.nullable() })
  .nullable();
const cap = z.object({ kept: count, emails: count, phones: count }).nullable();

/** Where a candidate was found (the core's EvidenceItem); the panel words it in the UI language. */
export const EvidenceItemSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('schema-org'),
    syntax: z.enum(['json-ld', 'microdata']),
    role: z.enum(SCHEMA_ORG_ROLES),
    type: pageWord,
    contactPoint: z.object({ contactType: pageWord.nullable() }).nullable(),
    place,
  }),
  z.object({ kind: z.literal('h-card'), legacy: z.boolean() }),
  z.object({
    kind: z.literal('link'),
    link: z.enum(EVIDENCE_LINKS),
    place,
    heading: pageWord.nullable(),
    cap,
  }),
  z.object({ kind: z.literal('text'), place, heading: pageWord.nullable(), cap }),
  z.object({ kind: z.literal('selection'), cap }),
  z.object({ kind: z.literal('meta-tags') }),
  z.object({ kind: z.literal('profile-links') }),
]) satisfies z.ZodType<EvidenceItem>;

const evidence = z.preprocess(
  // A selection kept by an earlier version carries its evidence as English text ('selected text').
  (value) => (typeof value === 'string' ? [{ kind: 'selection', cap: null }] : value),
  z.array(EvidenceItemSchema).max(10),
);

/** The shape the injected page script reports (the core's ExtractedContact). */
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
  evidence,
});
export type ExtractedContactData = z.infer<typeof ExtractedContactSchema>;
