import type { Language } from '@crm/shared';
import type { SidebarState } from './sidebarReducer.ts';

/**
 * The language to show the sidebar in. The server decides (the setting, else the spreadsheet
 * locale) and says so with the status and the settings; until either arrives, the browser's
 * language keeps the first "loading" line readable.
 */
export function sidebarLanguage(state: SidebarState, browserLanguage: string): Language {
  return (
    state.status?.language ?? state.settings?.language ?? (browserLanguage.startsWith('zh') ? 'zh' : 'en')
  );
}
