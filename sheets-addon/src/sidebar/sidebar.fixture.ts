// Server answers for the sidebar's unit tests, shaped by the server surface's own types.
import { type Language, resolveConfig } from '@crm/shared';
import type { AddonSettings, AddonStatus, SettingsView } from './serverCall.ts';

/** What the add-on stores before the user saves anything. */
export const DEFAULT_SETTINGS: AddonSettings = {
  language: 'auto',
  customerSheet: null,
  ordersSheet: null,
  complaintsSheet: null,
  customerHeaderRow: null,
  clv: true,
  digestHour: 8,
  config: {},
};

/** What getSettings answers for these stored settings (the core fills in its defaults). */
export function settingsViewOf(settings: AddonSettings, language: Language = 'zh'): SettingsView {
  return {
    settings,
    language,
    config: resolveConfig({ ...settings.config, language }),
    sheets: ['客户', '订单'],
  };
}

/** What getStatus answers for a spreadsheet with a recognised customer table. */
export function statusOf(change: Partial<AddonStatus> = {}): AddonStatus {
  return {
    language: 'zh',
    locale: 'zh_CN',
    customerSheet: '客户',
    headerRow: 1,
    rows: 500,
    columns: [{ header: '姓名', field: '姓名' }],
    ordersSheet: '订单',
    complaintsSheet: null,
    digestOn: false,
    problem: null,
    ...change,
  };
}
