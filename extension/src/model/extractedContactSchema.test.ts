import type { EvidenceItem } from '@crm/shared/extract';
import { describe, expect, it } from 'vitest';
import { ExtractedContactSchema } from './extractedContactSchema.ts';

const candidate = (evidence: unknown) => ({
  name: 'Amelia Clarke',
  title: 'Chief Executive Officer',
  organization: 'Northwind Analytics Ltd.',
  emails: ['amelia.clarke@northwind-analytics.com'],
  phones: [],
  wechat: null,
  phoneRegion: null,
  address: null,
  urls: [],
  source: 'json-ld',
  confidence: 0.95,
  evidence,
});

/** One item of every kind, as the page script sends them. */
const EVERY_KIND: EvidenceItem[] = [
  {
    kind: 'schema-org',
    syntax: 'json-ld',
    role: 'organization',
    type: 'Organization',
    contactPoint: { contactType: 'customer service' },
    place: null,
  },
  {
    kind: 'schema-org',
    syntax: 'microdata',
    role: 'person',
    type: 'Person',
    contactPoint: null,
    place: { landmark: 'article', selector: '.team-member' },
  },
  { kind: 'h-card', legacy: true },
  {
    kind: 'link',
    link: 'mailto',
    place: { landmark: 'section', selector: '.departments' },
    heading: '销售部',
    cap: { kept: 10, emails: 40, phones: 2 },
  },
  { kind: 'text', place: null, heading: null, cap: null },
  { kind: 'selection', cap: null },
  { kind: 'meta-tags' },
  { kind: 'profile-links' },
];

describe('where a page candidate was found', () => {
  it.each(EVERY_KIND.map((item) => [item.kind, item] as const))(
    'accepts %s evidence as the extractor makes it',
    (_, item) => {
      expect(ExtractedContactSchema.parse(candidate([item])).evidence).toEqual([item]);
    },
  );

  it.each([
    ['an unknown kind', [{ kind: 'guess' }]],
    [
      'an unknown landmark',
      [{ kind: 'text', place: { landmark: 'marquee', selector: null }, heading: null, cap: null }],
    ],
    [
      'a page heading longer than any the extractor keeps',
      [{ kind: 'text', place: null, heading: 'x'.repeat(201), cap: null }],
    ],
    ['more items than a merged contact has', Array.from({ length: 11 }, () => ({ kind: 'meta-tags' }))],
    ['a negative count', [{ kind: 'selection', cap: { kept: 10, emails: -1, phones: 0 } }]],
  ])('rejects %s', (_, evidence) => {
    expect(ExtractedContactSchema.safeParse(candidate(evidence)).success).toBe(false);
  });

  it('reads a selection saved by an earlier version, whose evidence was English text, as a selection', () => {
    expect(ExtractedContactSchema.parse(candidate('selected text')).evidence).toEqual([
      { kind: 'selection', cap: null },
    ]);
  });
});
