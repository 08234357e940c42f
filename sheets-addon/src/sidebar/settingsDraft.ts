import {
  type Channel,
  type Config,
  DEFAULT_CADENCE,
  type OrderErasureMode,
  type ReportPeriod,
  SEGMENTS,
  type Segment,
  type SlaDayCount,
  type Weekday,
} from '@crm/shared';
import { formatColumnMapping, parseColumnMapping } from './columnMappingText.ts';
import type { AddonSettings, SettingsView } from './serverCall.ts';

/** The settings form's fields as the user edits them, before the server validates them. */
export interface SettingsDraft {
  language: AddonSettings['language'];
  region: string;
  /** '' = find the sheet automatically. */
  customerSheet: string;
  /** The customer header row as typed; '' = found automatically. */
  customerHeaderRow: string;
  ordersSheet: string;
  lifecycle: Config['lifecycle'];
  valueTier: Config['valueTier'];
  /** Revisit days per segment as typed; blank = the segment's default cadence. */
  cadence: Partial<Record<Segment, string>>;
  /** The customer column mapping as typed, one `header = field` per line. */
  mapping: string;
  clv: boolean;
  digestHour: number;
  /** The calendar period the report compares. */
  reportPeriod: ReportPeriod;
  /** Follow-ups one owner can work through in a day. */
  dailyCapacity: number;
  /** The days the team works, which follow-ups are planned on (core followUps.workDays). */
  workDays: WorkDaysDraft;
  /** The personal-information settings (core `privacy`); the log secret is not shown in the form. */
  privacy: PrivacyDraft;
}

/** The working days as the form edits them. */
export interface WorkDaysDraft {
  weekdays: Weekday[];
  everyDay: boolean;
  /** China's statutory days off and 调休 working days are kept (core publicHolidays 'CN'). */
  chinaPublicHolidays: boolean;
  /** The team's own days off as typed: dates separated by spaces, commas or lines. */
  daysOff: string;
  /** The team's own extra working days, typed as daysOff. */
  extraWorkingDays: string;
  complaintSlaCount: SlaDayCount;
}

/** The privacy settings as the form edits them. */
export interface PrivacyDraft {
  /** Months kept after the last purchase or contact, as typed; '' = no retention period. */
  retentionMonths: string;
  showContactDetails: boolean;
  requireLegalBasis: boolean;
  eraseOrders: OrderErasureMode;
}

type CadenceSettings = Partial<Record<Segment, { everyDays: number; channel: Channel }>>;

/** The form's starting values: the stored settings with the defaults the core fills in. */
export function draftFromView({ settings, config }: SettingsView): SettingsDraft {
  return {
    language: settings.language,
    region: config.defaultRegion,
    customerSheet: settings.customerSheet ?? '',
    customerHeaderRow: settings.customerHeaderRow === null ? '' : String(settings.customerHeaderRow),
    ordersSheet: settings.ordersSheet ?? '',
    lifecycle: config.lifecycle,
    valueTier: config.valueTier,
    cadence: cadenceDraft(config.followUps.cadence),
    mapping: formatColumnMapping(config.headerOverrides.customers),
    clv: settings.clv,
    digestHour: settings.digestHour,
    reportPeriod: config.report.period,
    dailyCapacity: config.followUps.dailyCapacity,
    workDays: {
      weekdays: config.followUps.workDays.weekdays,
      everyDay: config.followUps.workDays.everyDay,
      chinaPublicHolidays: config.followUps.workDays.publicHolidays === 'CN',
      daysOff: config.followUps.workDays.daysOff.join('\n'),
      extraWorkingDays: config.followUps.workDays.extraWorkingDays.join('\n'),
      complaintSlaCount: config.followUps.complaintSlaCount,
    },
    privacy: {
      retentionMonths: config.privacy.retentionMonths === null ? '' : String(config.privacy.retentionMonths),
      showContactDetails: config.privacy.showContactDetails,
      requireLegalBasis: config.privacy.requireLegalBasis,
      eraseOrders: config.privacy.eraseOrders,
    },
  };
}

/**
 * The settings to save: the draft over the stored settings. Core settings the form does not show
 * (required fields, holidays, playbook, …) are kept as stored.
 */
export function settingsFromDraft(draft: SettingsDraft, stored: AddonSettings): AddonSettings {
  return {
    language: draft.language,
    customerSheet: draft.customerSheet || null,
    ordersSheet: draft.ordersSheet || null,
    complaintsSheet: stored.complaintsSheet,
    // The field is a number input: '' when empty (or not a number), else digits the server checks.
    customerHeaderRow: draft.customerHeaderRow.trim() === '' ? null : Number(draft.customerHeaderRow),
    clv: draft.clv,
    digestHour: draft.digestHour,
    config: {
      ...stored.config,
      defaultRegion: draft.region.trim().toUpperCase(),
      lifecycle: draft.lifecycle,
      valueTier: draft.valueTier,
      followUps: {
        ...storedObject(stored.config.followUps),
        cadence: cadenceSettings(draft.cadence),
        dailyCapacity: draft.dailyCapacity,
        workDays: {
          weekdays: draft.workDays.weekdays,
          everyDay: draft.workDays.everyDay,
          publicHolidays: draft.workDays.chinaPublicHolidays ? 'CN' : 'none',
          daysOff: dateList(draft.workDays.daysOff),
          extraWorkingDays: dateList(draft.workDays.extraWorkingDays),
        },
        complaintSlaCount: draft.workDays.complaintSlaCount,
      },
      report: { ...storedObject(stored.config.report), period: draft.reportPeriod },
      headerOverrides: {
        ...storedObject(stored.config.headerOverrides),
        customers: parseColumnMapping(draft.mapping),
      },
      privacy: {
        // The log secret (and anything else the form does not show) is kept as stored.
        ...storedObject(stored.config.privacy),
        // A number input gives '' when empty: no retention period; other text is for the server to refuse.
        retentionMonths:
          draft.privacy.retentionMonths.trim() === '' ? null : Number(draft.privacy.retentionMonths),
        showContactDetails: draft.privacy.showContactDetails,
        requireLegalBasis: draft.privacy.requireLegalBasis,
        eraseOrders: draft.privacy.eraseOrders,
      },
    },
  };
}

function cadenceDraft(cadence: Config['followUps']['cadence']): SettingsDraft['cadence'] {
  const draft: SettingsDraft['cadence'] = {};
  for (const segment of SEGMENTS) {
    const set = cadence[segment];
    if (set) draft[segment] = set.everyDays === null ? '' : String(set.everyDays);
  }
  return draft;
}

/** The form edits the days only: a segment given days gets its default channel. */
function cadenceSettings(draft: SettingsDraft['cadence']): CadenceSettings {
  const cadence: CadenceSettings = {};
  for (const segment of SEGMENTS) {
    const days = draft[segment];
    if (days !== undefined && days.trim() !== '') {
      cadence[segment] = { everyDays: Number(days), channel: DEFAULT_CADENCE[segment].channel };
    }
  }
  return cadence;
}

/** Dates typed one a line, or apart by commas or spaces; the server checks each one. */
function dateList(text: string): string[] {
  return text.split(/[\s,，、;；]+/u).filter((date) => date !== '');
}

/** A stored core section, which the settings property holds as untyped JSON. */
function storedObject(value: unknown): object {
  return typeof value === 'object' && value !== null ? value : {};
}
