import { describe, expect, it } from 'vitest';
import {
  canErase,
  INITIAL_PERSON_PANEL,
  type PersonPanelState,
  personPanelReducer,
} from './personPanelReducer.ts';

const KEY = 'email:zhang.wei@example.com';
const PLACES = [
  { sheet: '客户', row: 6, column: '邮箱', value: 'Zhang.Wei@Example.com' },
  { sheet: '订单', row: 3, column: '客户编号', value: 'C003' },
];
const PREVIEW = {
  ok: true,
  message: '预览（尚未修改）：将删除 4 行',
  places: PLACES,
  preview: [{ sheet: '客户', rowsDeleted: 1, cellsChanged: 0 }],
  token: '1a2b3c4d',
};

function previewed(): PersonPanelState {
  let state = personPanelReducer(INITIAL_PERSON_PANEL, { type: 'keyChanged', key: KEY });
  state = personPanelReducer(state, { type: 'started', kind: 'preview' });
  return personPanelReducer(state, { type: 'answered', kind: 'preview', key: KEY, result: PREVIEW });
}

describe('personPanelReducer', () => {
  it('offers erasure only after a dry run of the same key', () => {
    const withKey = personPanelReducer(INITIAL_PERSON_PANEL, { type: 'keyChanged', key: KEY });
    expect(canErase(withKey)).toBe(false);
    const state = previewed();
    expect(state.preview).toEqual({ key: KEY, token: '1a2b3c4d', sheets: PREVIEW.preview });
    expect(state.places).toEqual(PLACES);
    expect(canErase(state)).toBe(true);
  });

  it('puts the preview away when the key changes, so erase never confirms another person', () => {
    const state = personPanelReducer(previewed(), { type: 'keyChanged', key: 'phone:13912345678' });
    expect(state.preview).toBeNull();
    expect(canErase(state)).toBe(false);
    // Typing the same key again does not bring it back.
    expect(canErase(personPanelReducer(state, { type: 'keyChanged', key: KEY }))).toBe(false);
  });

  it('ignores a preview answer for a key the user has since changed', () => {
    let state = personPanelReducer(INITIAL_PERSON_PANEL, { type: 'keyChanged', key: KEY });
    state = personPanelReducer(state, { type: 'started', kind: 'preview' });
    state = personPanelReducer(state, { type: 'keyChanged', key: 'id:C005' });
    state = personPanelReducer(state, { type: 'answered', kind: 'preview', key: KEY, result: PREVIEW });
    expect(state.preview).toBeNull();
  });

  it('runs one request at a time and disables erase while one runs', () => {
    const running = personPanelReducer(previewed(), { type: 'started', kind: 'find' });
    expect(running.busy).toBe('find');
    expect(canErase(running)).toBe(false);
    expect(personPanelReducer(running, { type: 'started', kind: 'export' })).toBe(running);
  });

  it('after an erasure or a failure, shows the server’s message and no preview', () => {
    const erasing = personPanelReducer(previewed(), { type: 'started', kind: 'erase' });
    const done = personPanelReducer(erasing, {
      type: 'answered',
      kind: 'erase',
      key: KEY,
      result: { ok: true, message: '已删除：删除 4 行' },
    });
    expect(done).toMatchObject({
      busy: null,
      preview: null,
      places: [],
      message: { ok: true, text: '已删除：删除 4 行' },
    });
    const refused = personPanelReducer(previewed(), {
      type: 'answered',
      kind: 'erase',
      key: KEY,
      result: { ok: false, message: '工作表“投诉”的 D2 受保护' },
    });
    expect(refused).toMatchObject({ preview: null, places: PLACES, message: { ok: false } });
  });

  it('keeps the last export’s JSON for the download', () => {
    const state = personPanelReducer(previewed(), {
      type: 'answered',
      kind: 'export',
      key: KEY,
      result: { ok: true, message: '已把 5 行复制', json: '{"rows":[]}' },
    });
    expect(state.json).toBe('{"rows":[]}');
  });
});
