import type { Language } from '@crm/shared';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, settingsViewOf, statusOf } from './sidebar.fixture.ts';
import { sidebarLanguage } from './sidebarLanguage.ts';
import { INITIAL_SIDEBAR_STATE, type SidebarState } from './sidebarReducer.ts';

const CASES: [situation: string, state: SidebarState, browser: string, language: Language][] = [
  [
    'the status once it has arrived',
    {
      ...INITIAL_SIDEBAR_STATE,
      status: statusOf({ language: 'zh' }),
      settings: settingsViewOf(DEFAULT_SETTINGS, 'en'),
    },
    'en-US',
    'zh',
  ],
  [
    'the settings while the status is on its way',
    { ...INITIAL_SIDEBAR_STATE, settings: settingsViewOf(DEFAULT_SETTINGS, 'en') },
    'zh-CN',
    'en',
  ],
  ['a Chinese browser before the server answers', INITIAL_SIDEBAR_STATE, 'zh-CN', 'zh'],
  ['a Taiwanese browser before the server answers', INITIAL_SIDEBAR_STATE, 'zh-TW', 'zh'],
  ['an English browser before the server answers', INITIAL_SIDEBAR_STATE, 'en-GB', 'en'],
  ['English for any other browser language', INITIAL_SIDEBAR_STATE, 'de-DE', 'en'],
];

describe('sidebarLanguage', () => {
  it.each(CASES)('follows %s', (_situation, state, browser, language) => {
    expect(sidebarLanguage(state, browser)).toBe(language);
  });
});
