import { CONTACT_SOURCES, type ExtractedContact } from '@crm/shared/extract';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { PageResultSchema, PanelRequestSchema } from '../messages/requestSchemas.ts';
import { ClipOriginSchema } from './clip.ts';
import { CLIP_KINDS } from './clipKinds.ts';
import { type ExtractedContactData, ExtractedContactSchema } from './extractedContactSchema.ts';

const candidate = (source: string) => ({
  name: '陈静',
  title: null,
  organization: null,
  emails: ['chen.jing@yuanfan-scm.cn'],
  phones: [],
  wechat: null,
  phoneRegion: null,
  address: null,
  urls: [],
  source,
  confidence: 0.5,
  evidence: [{ kind: 'selection', cap: null }],
});

// The schemas derive their enums from the core's CONTACT_SOURCES; these cases fail if one of them
// is typed out again and the core later gains a source the extension would then drop.
describe.each(CONTACT_SOURCES)('the core source %s', (source) => {
  it('is a valid page candidate', () => {
    expect(ExtractedContactSchema.safeParse(candidate(source)).success).toBe(true);
  });

  it('comes back from the injected page script', () => {
    const result = {
      type: 'page-contacts',
      requestId: crypto.randomUUID(),
      url: 'https://example.cn/',
      title: 't',
      contacts: [candidate(source)],
    };
    expect(PageResultSchema.safeParse(result).success).toBe(true);
  });

  it('is a clip kind the worker stores and the panel may send', () => {
    const origin = { url: 'https://example.cn/', kind: source };
    expect(ClipOriginSchema.safeParse(origin).success).toBe(true);
    const request = { type: 'save-clip', contact: { name: 'x' }, origin };
    expect(PanelRequestSchema.safeParse(request).success).toBe(true);
  });
});

describe('clip kinds', () => {
  it('are the core sources plus manual entry, each once', () => {
    expect([...CLIP_KINDS].sort()).toEqual([...CONTACT_SOURCES, 'manual'].sort());
    expect(new Set(CLIP_KINDS).size).toBe(CLIP_KINDS.length);
  });

  it.each([
    ['manual entry as a page candidate', ExtractedContactSchema, candidate('manual')],
    ['an unknown source', ExtractedContactSchema, candidate('guess')],
    ['an unknown clip kind', ClipOriginSchema, { url: null, kind: 'guess' }],
  ])('rejects %s', (_what, schema, value) => {
    expect(schema.safeParse(value).success).toBe(false);
  });

  it('parse to the core ExtractedContact type', () => {
    expectTypeOf<ExtractedContactData>().toEqualTypeOf<ExtractedContact>();
  });
});
