import { describe, expect, it } from 'vitest';
import type { EvidenceItem } from './evidence.ts';
import { describeEvidence } from './evidenceTexts.ts';

const HAN = /[\u4e00-\u9fff]/;

/** Evidence as the readers make it → the English text (as `crm extract` always printed it) and the Chinese one. */
const CASES: [string, EvidenceItem[], string, string][] = [
  [
    'a mailto link in a classed block under a heading',
    [
      {
        kind: 'link',
        link: 'mailto',
        place: { landmark: null, selector: '.departments' },
        heading: '销售部',
        cap: null,
      },
    ],
    'mailto link in .departments near heading "销售部"',
    '邮件链接，位于 .departments，在标题“销售部”下',
  ],
  [
    'a tel link in the footer',
    [{ kind: 'link', link: 'tel', place: { landmark: 'footer', selector: null }, heading: null, cap: null }],
    'tel link in footer',
    '电话链接，位于页脚',
  ],
  [
    'text under a heading (the heading says more than the element)',
    [{ kind: 'text', place: { landmark: 'section', selector: null }, heading: '联系我们', cap: null }],
    'text near heading "联系我们"',
    '正文，在标题“联系我们”下',
  ],
  [
    'text with nothing to name it by',
    [{ kind: 'text', place: null, heading: null, cap: null }],
    'text in page',
    '页面正文',
  ],
  [
    'a card with more addresses than it keeps',
    [{ kind: 'link', link: 'mailto', place: null, heading: null, cap: { kept: 10, emails: 40, phones: 0 } }],
    'mailto link in page (first 10 of 40 emails, 0 phones)',
    '邮件链接（只列出前 10 个：共 40 个邮箱、0 个电话）',
  ],
  [
    'a JSON-LD person merged with its visible card',
    [
      {
        kind: 'schema-org',
        syntax: 'json-ld',
        role: 'person',
        type: 'Person',
        contactPoint: null,
        place: null,
      },
      {
        kind: 'link',
        link: 'mailto',
        place: { landmark: null, selector: '.team-member' },
        heading: 'Amelia Clarke',
        cap: null,
      },
    ],
    'JSON-LD Person; mailto link in .team-member near heading "Amelia Clarke"',
    'JSON-LD 结构化数据中的人员；邮件链接，位于 .team-member，在标题“Amelia Clarke”下',
  ],
  [
    'an organisation with its ContactPoint',
    [
      {
        kind: 'schema-org',
        syntax: 'json-ld',
        role: 'organization',
        type: 'Organization',
        contactPoint: { contactType: 'customer service' },
        place: null,
      },
    ],
    'JSON-LD Organization with ContactPoint (customer service)',
    'JSON-LD 结构化数据中的机构及其联系点（“customer service”）',
  ],
  [
    'a ContactPoint on its own, in microdata on a card',
    [
      {
        kind: 'schema-org',
        syntax: 'microdata',
        role: 'contact-point',
        type: 'ContactPoint',
        contactPoint: { contactType: null },
        place: { landmark: 'aside', selector: '.hotline' },
      },
    ],
    'microdata ContactPoint in .hotline',
    '微数据中的联系点，位于 .hotline',
  ],
  [
    'a LocalBusiness subtype in microdata in a landmark',
    [
      {
        kind: 'schema-org',
        syntax: 'microdata',
        role: 'organization',
        type: 'Dentist',
        contactPoint: null,
        place: { landmark: 'footer', selector: null },
      },
    ],
    'microdata Dentist in footer',
    '微数据中的机构，位于页脚',
  ],
  ['an h-card', [{ kind: 'h-card', legacy: false }], 'h-card', 'h-card 名片'],
  [
    'a microformats v1 vcard',
    [{ kind: 'h-card', legacy: true }],
    'h-card (vcard)',
    'h-card 名片（旧版微格式）',
  ],
  ['a selection', [{ kind: 'selection', cap: null }], 'selected text', '选中的文字'],
  ['Open Graph tags', [{ kind: 'meta-tags' }], 'meta tags', '页面元信息'],
  ['profile links', [{ kind: 'profile-links' }], 'social profile links on the page', '页面上的社交主页链接'],
];

describe('evidence texts', () => {
  it.each(CASES)('words %s in English and Chinese', (_, items, en, zh) => {
    expect(describeEvidence(items, 'en')).toBe(en);
    expect(describeEvidence(items, 'zh')).toBe(zh);
  });

  it('leaves no English word of its own in the Chinese texts, only the page’s words and format names', () => {
    for (const [, , , zh] of CASES) {
      // Quoted headings and contact types and CSS class names come from the page itself.
      const own = zh
        .replace(/“[^”]*”/g, '')
        .replace(/[.#][\w-]+/g, '')
        .replace(/JSON-LD|h-card/g, '');
      expect(own, zh).not.toMatch(/[A-Za-z]/);
      expect(own, zh).toMatch(HAN);
    }
  });
});
