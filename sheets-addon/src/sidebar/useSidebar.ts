import { useCallback, useEffect, useReducer } from 'react';
import { type SettingsView, serverCall } from './serverCall.ts';
import { sidebarLanguage } from './sidebarLanguage.ts';
import { INITIAL_SIDEBAR_STATE, sidebarReducer } from './sidebarReducer.ts';
import { TEXTS } from './texts.ts';

/** Loads the status and the settings, and keeps the page's language in step with the server's. */
export function useSidebar() {
  const [state, dispatch] = useReducer(sidebarReducer, INITIAL_SIDEBAR_STATE);
  const language = sidebarLanguage(state, navigator.language);

  const refresh = useCallback(() => {
    serverCall('getStatus').then(
      (status) => dispatch({ type: 'statusLoaded', status }),
      (error: Error) => dispatch({ type: 'loadFailed', error }),
    );
  }, []);

  useEffect(() => {
    refresh();
    serverCall('getSettings').then(
      (settings) => dispatch({ type: 'settingsLoaded', settings }),
      (error: Error) => dispatch({ type: 'loadFailed', error }),
    );
  }, [refresh]);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  /** Saved settings may change the language and the tables: show both. */
  const settingsSaved = useCallback(
    (settings: SettingsView) => {
      dispatch({ type: 'settingsLoaded', settings });
      refresh();
    },
    [refresh],
  );

  return { ...state, t: TEXTS[language], refresh, settingsSaved };
}
