import { describe, expect, it } from 'vitest';
import { PageResultSchema, PanelRequestSchema } from './requestSchemas.ts';
import { isFromInjectedTab, isFromOwnPage } from './senderChecks.ts';

const ID = 'nigadlialekdhjblblecojcfgpjpaodn';
const contact = {
  name: '陈静',
  title: null,
  organization: null,
  emails: ['chen.jing@yuanfan-scm.cn'],
  phones: [],
  address: null,
  urls: [],
  source: 'json-ld',
  confidence: 0.9,
  evidence: [
    {
      kind: 'schema-org',
      syntax: 'json-ld',
      role: 'person',
      type: 'Person',
      contactPoint: null,
      place: null,
    },
  ],
};

describe('panel request schema', () => {
  it.each([
    { type: 'extract-page', tabId: 12 },
    { type: 'save-clip', contact: { name: 'x' }, origin: { url: null, kind: 'manual' } },
    { type: 'delete-clip', id: 'c1' },
    { type: 'merge-clip', targetId: 'c1', contact: { name: 'x' }, choices: { title: 'incoming' } },
    { type: 'sync-now' },
  ])('accepts %j', (message) => {
    expect(PanelRequestSchema.safeParse(message).success).toBe(true);
  });

  it.each([
    { type: 'extract-page', tabId: -1 },
    { type: 'extract-page', tabId: '12' },
    { type: 'eval', code: 'alert(1)' },
    { type: 'save-clip', contact: { name: 'x' }, origin: { url: null, kind: 'evil' } },
    { type: 'merge-clip', targetId: 'c1', contact: {}, choices: { emails: 'incoming' } },
    { type: 'merge-clip', targetId: 'c1', contact: {}, choices: { title: 'both' } },
    'sync-now',
    null,
  ])('rejects %j', (message) => {
    expect(PanelRequestSchema.safeParse(message).success).toBe(false);
  });
});

describe('page result schema', () => {
  const ok = {
    type: 'page-contacts',
    requestId: crypto.randomUUID(),
    url: 'http://127.0.0.1/',
    title: 't',
    contacts: [contact],
  };
  it('accepts a well-formed result', () => {
    expect(PageResultSchema.safeParse(ok).success).toBe(true);
  });
  it.each([
    ['a confidence above 1', { ...ok, contacts: [{ ...contact, confidence: 2 }] }],
    ['an unknown source', { ...ok, contacts: [{ ...contact, source: 'guess' }] }],
    ['a huge name', { ...ok, contacts: [{ ...contact, name: 'x'.repeat(501) }] }],
    ['a request id that is not ours', { ...ok, requestId: 'abc' }],
  ])('rejects %s', (_what, message) => {
    expect(PageResultSchema.safeParse(message).success).toBe(false);
  });
});

describe('sender checks', () => {
  it.each([
    [{ id: ID, url: `chrome-extension://${ID}/sidepanel.html?tabId=3` }, true],
    [{ id: ID, url: 'https://evil.example/' }, false],
    [{ id: 'other', url: `chrome-extension://other/sidepanel.html` }, false],
    [{ id: ID, url: `chrome-extension://${ID}.evil/x` }, false],
  ])('own page %j → %s', (sender, expected) => {
    expect(isFromOwnPage(sender, { id: ID, baseUrl: `chrome-extension://${ID}/` })).toBe(expected);
  });

  // Firefox: runtime.id is the add-on id, pages come from moz-extension://<internal uuid>/.
  const GECKO_ID = 'crm-contact-clipper@crm-toolkit.org';
  const FIREFOX_BASE = 'moz-extension://0f6c2a5e-8a61-4b3e-9d2f-3c1e7a9b5d40/';
  it.each([
    [{ id: GECKO_ID, url: `${FIREFOX_BASE}sidepanel.html` }, true],
    [{ id: GECKO_ID, url: 'moz-extension://another-uuid/sidepanel.html' }, false],
    [{ id: 'other@example.org', url: `${FIREFOX_BASE}sidepanel.html` }, false],
    [{ id: GECKO_ID, url: 'https://evil.example/' }, false],
  ])('own Firefox page %j → %s', (sender, expected) => {
    expect(isFromOwnPage(sender, { id: GECKO_ID, baseUrl: FIREFOX_BASE })).toBe(expected);
  });

  it.each([
    [{ id: ID, tab: { id: 7 }, frameId: 0 }, true],
    [{ id: ID, tab: { id: 8 }, frameId: 0 }, false],
    [{ id: ID, tab: { id: 7 }, frameId: 3 }, false],
    [{ id: 'other', tab: { id: 7 }, frameId: 0 }, false],
  ])('injected tab 7: %j → %s', (sender, expected) => {
    expect(isFromInjectedTab(sender, ID, 7)).toBe(expected);
  });
});
