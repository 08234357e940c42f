import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, settingsViewOf, statusOf } from './sidebar.fixture.ts';
import { INITIAL_SIDEBAR_STATE, sidebarReducer } from './sidebarReducer.ts';

const STATUS = statusOf();

describe('sidebarReducer', () => {
  it('replaces the status with the newest answer', () => {
    const first = sidebarReducer(INITIAL_SIDEBAR_STATE, { type: 'statusLoaded', status: STATUS });
    const refreshed = statusOf({ rows: 520, digestOn: true });
    expect(sidebarReducer(first, { type: 'statusLoaded', status: refreshed }).status).toBe(refreshed);
  });

  it('keeps the status when the settings arrive, and the settings when the status does', () => {
    const settings = settingsViewOf(DEFAULT_SETTINGS);
    const withStatus = sidebarReducer(INITIAL_SIDEBAR_STATE, { type: 'statusLoaded', status: STATUS });
    const withBoth = sidebarReducer(withStatus, { type: 'settingsLoaded', settings });
    expect(withBoth).toMatchObject({ status: STATUS, settings });
    expect(sidebarReducer(withBoth, { type: 'statusLoaded', status: STATUS }).settings).toBe(settings);
  });

  it('records a failed load without losing what was loaded', () => {
    const error = new Error('Service Spreadsheets failed');
    const withStatus = sidebarReducer(INITIAL_SIDEBAR_STATE, { type: 'statusLoaded', status: STATUS });
    expect(sidebarReducer(withStatus, { type: 'loadFailed', error })).toEqual({
      status: STATUS,
      settings: null,
      loadError: error,
    });
  });
});
