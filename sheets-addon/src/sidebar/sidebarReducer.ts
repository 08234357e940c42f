import type { AddonStatus, SettingsView } from './serverCall.ts';

/** What the sidebar has heard from the server about the spreadsheet. */
export interface SidebarState {
  /** The tables the jobs would use; null until the first answer. */
  status: AddonStatus | null;
  /** The settings form's data; null until loaded (the form is not shown before). */
  settings: SettingsView | null;
  /** The last load that failed, status or settings; shown until the page is reloaded. */
  loadError: Error | null;
}

export type SidebarAction =
  | { type: 'statusLoaded'; status: AddonStatus }
  | { type: 'settingsLoaded'; settings: SettingsView }
  | { type: 'loadFailed'; error: Error };

export const INITIAL_SIDEBAR_STATE: SidebarState = { status: null, settings: null, loadError: null };

export function sidebarReducer(state: SidebarState, action: SidebarAction): SidebarState {
  switch (action.type) {
    case 'statusLoaded':
      return { ...state, status: action.status };
    case 'settingsLoaded':
      return { ...state, settings: action.settings };
    case 'loadFailed':
      return { ...state, loadError: action.error };
  }
}
