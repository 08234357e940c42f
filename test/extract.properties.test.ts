// Invariants of the extractor on arbitrary input: it never throws, and what it returns is
// well-formed (E.164 phones, lower-case emails, confidence in 0..1).
import {
  describeEvidence,
  E164_PATTERN,
  type ExtractedContact,
  extractContacts,
  parseSelection,
} from '@crm/shared';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';

const TAGS = [
  'div',
  'p',
  'span',
  'a',
  'li',
  'ul',
  'h2',
  'h3',
  'table',
  'tr',
  'td',
  'script',
  'article',
  'br',
  'img',
];
const ATTRS = [
  '',
  ' class="team-card"',
  ' class="h-card"',
  ' class="p-name"',
  ' class="u-email"',
  ' class="vcard"',
  ' class="fn"',
  ' itemscope itemtype="https://schema.org/Person"',
  ' itemprop="telephone"',
  ' href="mailto:li.lei@example.com"',
  ' href="tel:+8613912345678"',
  ' href="https://weibo.com/abc"',
  ' hidden',
  ' type="application/ld+json"',
];
const WORDS = [
  '王芳',
  '销售总监',
  '上海远帆供应链管理有限公司',
  '手机：139 1234 5678',
  '电话',
  'Tel: +44 20 7946 0958',
  'jane@acme.co.uk',
  '订单号：2024031500123',
  '2024-03-15',
  '京ICP备12345678号',
  '{"@type":"Person","name":"A B",',
  '联系人：',
  '&quot;',
  '<',
  '>',
  '"',
  'Jane Doe',
  'Head of Sales',
  '400-820-8820',
  '©',
];

const html: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...WORDS),
    fc.string({ maxLength: 30 }),
    fc
      .tuple(fc.constantFrom(...TAGS), fc.constantFrom(...ATTRS), fc.array(tie('node'), { maxLength: 5 }))
      .map(([tag, attr, kids]) => `<${tag}${attr}>${kids.join(' ')}</${tag}>`),
  ),
})).node;

function wellFormed(c: ExtractedContact): void {
  for (const p of c.phones) expect(p).toMatch(E164_PATTERN);
  for (const e of c.emails) expect(e).toBe(e.toLowerCase());
  expect(c.confidence).toBeGreaterThanOrEqual(0);
  expect(c.confidence).toBeLessThanOrEqual(1);
  expect(c.evidence.length).toBeGreaterThan(0);
  expect(describeEvidence(c.evidence, 'en')).not.toBe('');
  expect(describeEvidence(c.evidence, 'zh')).not.toBe('');
}

describe('extractor invariants', () => {
  it('extractContacts never throws on arbitrary HTML and returns well-formed contacts', () => {
    fc.assert(
      fc.property(html, fc.constantFrom('CN', 'US', 'GB', 'XX', ''), (markup, region) => {
        const { document } = parseHTML(`<html><body>${markup}</body></html>`);
        for (const c of extractContacts(document, { region, url: 'https://example.com/a/b' })) wellFormed(c);
      }),
      { numRuns: 300 },
    );
  });

  it('parseSelection never throws on arbitrary text and returns a well-formed contact or null', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.array(fc.constantFrom(...WORDS, '\n', ' | ', ' / ')).map((w) => w.join('')),
        ),
        fc.constantFrom('CN', 'US', 'DE', 'XX'),
        (text, region) => {
          const contact = parseSelection(text, { region });
          if (contact !== null) wellFormed(contact);
        },
      ),
      { numRuns: 500 },
    );
  });
});
