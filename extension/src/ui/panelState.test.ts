import { describe, expect, it } from 'vitest';
import type { SaveResult } from '../features/reviewAndSave.ts';
import { EMPTY_FORM } from '../logic/contactForm.ts';
import type { ExtractedContactData } from '../model/extractedContactSchema.ts';
import { clipFixture } from '../testing/clipFixture.ts';
import { INITIAL_PANEL_STATE, type PanelAction, type PanelState, panelReducer } from './panelState.ts';

const candidate: ExtractedContactData = {
  name: '陈静',
  title: '销售总监',
  organization: null,
  emails: ['chen.jing@yuanfan-scm.cn'],
  phones: [],
  wechat: null,
  phoneRegion: null,
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
const page = {
  url: 'https://yuanfan-scm.example.cn/contact',
  title: '联系我们',
  contacts: [candidate],
  truncated: false,
};
const saved = clipFixture('c1');

const run = (...actions: PanelAction[]): PanelState => actions.reduce(panelReducer, INITIAL_PANEL_STATE);
const review: PanelAction = {
  type: 'review',
  contact: candidate,
  origin: { url: page.url, kind: 'json-ld' },
  candidate: 0,
  owner: '李雷',
};

describe('panel state', () => {
  it('keeps the page it read and clears an earlier read error on a new scan', () => {
    const failed = run({ type: 'page-failed', message: '没有可读取的标签页。' });
    expect(failed.pageError).toEqual({ message: '没有可读取的标签页。', detail: undefined });
    const state = run(
      { type: 'page-failed', message: 'x' },
      { type: 'scan-started' },
      { type: 'page-read', page },
    );
    expect(state).toMatchObject({ page, pageError: null });
  });

  it('opens a candidate for review prefilled with the default owner and a fresh form', () => {
    const state = run({ type: 'request-failed', message: 'offline' }, review);
    expect(state.editing).toMatchObject({
      kind: 'new',
      candidate: 0,
      origin: { kind: 'json-ld' },
      form: { name: '陈静', owner: '李雷', legalBasis: 'public-business-contact' },
    });
    expect(state.notice).toBeNull();
  });

  it('adds by hand with an empty form: only the owner filled, the legal basis left to the user', () => {
    const state = run({ type: 'add-manually', url: page.url, owner: '李雷' });
    expect(state.editing).toEqual({
      kind: 'new',
      form: { ...EMPTY_FORM, owner: '李雷' },
      origin: { url: page.url, kind: 'manual' },
      candidate: null,
      phoneRegion: null,
    });
  });

  it('carries the region the numbers of a candidate were read in to the form, to be shown there', () => {
    const guess = { region: 'US', basis: 'address' } as const;
    const state = run({
      type: 'review',
      contact: { ...candidate, phoneRegion: guess },
      candidate: 0,
      origin: { url: page.url, kind: 'json-ld' },
      owner: '李雷',
    });
    expect(state.editing).toMatchObject({ kind: 'new', phoneRegion: guess });
  });

  it('reports a bulk save in the notice and leaves the form alone', () => {
    const state = run({
      type: 'bulk-saved',
      result: { saved: 3, merged: 1, unchanged: 0, conflicting: 0, invalid: 0 },
    });
    expect(state).toMatchObject({ busy: false, editing: null, notice: { kind: 'bulk-saved', saved: 3 } });
  });

  it('edits a saved clip with its own values', () => {
    const state = run({ type: 'edit', clip: saved });
    expect(state.editing).toMatchObject({
      kind: 'edit',
      clip: saved,
      form: { name: '陈静', title: '销售总监' },
    });
  });

  const answers: [string, SaveResult, Partial<PanelState>][] = [
    [
      'shows the worker’s field errors and keeps the form',
      { kind: 'invalid', errors: { website: ['expected a web address'] } },
      { serverErrors: { website: ['expected a web address'] }, busy: false, notice: null },
    ],
    [
      'turns a duplicate into a merge',
      {
        kind: 'duplicate',
        existing: saved,
        incoming: saved.contact,
        merged: saved.contact,
        conflicts: [{ field: 'title', existing: '销售总监', incoming: '华东区销售总监' }],
      },
      { editing: null, busy: false },
    ],
    [
      'closes the form and says it was saved',
      { kind: 'saved', clip: saved },
      { editing: null, merging: null, serverErrors: undefined, notice: { kind: 'saved' }, busy: false },
    ],
  ];
  it.each(answers)('%s', (_what, result, expected) => {
    const state = run(review, { type: 'save-started' }, { type: 'save-answered', result, candidate: 0 });
    expect(state).toMatchObject(expected);
    if (result.kind === 'invalid') expect(state.editing?.kind).toBe('new');
    if (result.kind === 'duplicate') expect(state.merging).toMatchObject({ existing: saved, candidate: 0 });
  });

  it('is busy only while a save is on its way', () => {
    expect(run(review, { type: 'save-started' }).busy).toBe(true);
    expect(run(review, { type: 'save-started' }, { type: 'save-failed', message: 'x' }).busy).toBe(false);
  });

  it('shows a failed save under the form and a failed request in the notice', () => {
    const form = run(review, { type: 'save-started' }, { type: 'save-failed', message: 'worker gone' });
    expect(form.serverErrors).toEqual({ name: ['worker gone'] });
    const notice = run({ type: 'request-failed', message: '403 forbidden' });
    expect(notice.notice).toEqual({ kind: 'error', message: '403 forbidden' });
  });

  it('forgets the worker’s errors when the form is cancelled, so the next form starts clean', () => {
    const state = run(
      review,
      { type: 'save-answered', result: { kind: 'invalid', errors: { name: ['x'] } }, candidate: 0 },
      { type: 'cancel-edit' },
      { type: 'add-manually', url: null, owner: '' },
    );
    expect(state.serverErrors).toBeUndefined();
  });

  it('switches views without touching the rest', () => {
    const before = run({ type: 'page-read', page });
    expect(panelReducer(before, { type: 'show-view', view: 'saved' })).toEqual({ ...before, view: 'saved' });
  });
});
