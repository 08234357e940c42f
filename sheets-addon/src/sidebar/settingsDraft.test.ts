import { resolveConfig } from '@crm/shared';
import { describe, expect, it } from 'vitest';
import type { AddonSettings } from './serverCall.ts';
import { draftFromView, type SettingsDraft, settingsFromDraft } from './settingsDraft.ts';
import { DEFAULT_SETTINGS, settingsViewOf } from './sidebar.fixture.ts';

describe('draftFromView', () => {
  it('starts from the core defaults when nothing is stored', () => {
    expect(draftFromView(settingsViewOf(DEFAULT_SETTINGS))).toEqual({
      language: 'auto',
      region: 'CN',
      customerSheet: '',
      customerHeaderRow: '',
      ordersSheet: '',
      lifecycle: { newMaxDays: 30, activeMaxDays: 90, atRiskMaxDays: 180 },
      valueTier: { highShare: 0.8, mediumShare: 0.95 },
      cadence: {},
      mapping: '',
      clv: true,
      digestHour: 8,
      reportPeriod: 'month',
      dailyCapacity: 20,
      workDays: {
        weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'],
        everyDay: false,
        chinaPublicHolidays: true,
        daysOff: '',
        extraWorkingDays: '',
        complaintSlaCount: 'working-days',
      },
      privacy: {
        retentionMonths: '',
        showContactDetails: false,
        requireLegalBasis: false,
        eraseOrders: 'keep-amounts',
      },
    });
  });

  it('has a field for every privacy setting of the core but the log secret', () => {
    const draft = draftFromView(settingsViewOf(DEFAULT_SETTINGS));
    const core = Object.keys(resolveConfig().privacy).filter((key) => key !== 'logSecret');
    expect(Object.keys(draft.privacy).sort()).toEqual(core.sort());
  });

  it('shows the stored retention period and privacy switches', () => {
    const draft = draftFromView(
      settingsViewOf({
        ...DEFAULT_SETTINGS,
        config: { privacy: { retentionMonths: 36, requireLegalBasis: true, eraseOrders: 'delete-rows' } },
      }),
    );
    expect(draft.privacy).toEqual({
      retentionMonths: '36',
      showContactDetails: false,
      requireLegalBasis: true,
      eraseOrders: 'delete-rows',
    });
  });

  it('shows stored sheets, revisit days and column mapping', () => {
    const draft = draftFromView(
      settingsViewOf({
        ...DEFAULT_SETTINGS,
        customerSheet: '客户',
        config: {
          followUps: {
            cadence: {
              champions: { everyDays: 10, channel: 'visit' },
              prospect: { everyDays: null, channel: 'email' },
            },
          },
          headerOverrides: { customers: { Kunde: 'name', Telefon: 'phone' } },
        },
      }),
    );
    expect(draft.customerSheet).toBe('客户');
    expect(draft.cadence).toEqual({ champions: '10', prospect: '' });
    expect(draft.mapping).toBe('Kunde = name\nTelefon = phone');
  });
});

describe('settingsFromDraft', () => {
  const WORK_DAYS = {
    weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'],
    everyDay: false,
    publicHolidays: 'CN',
    daysOff: [],
    extraWorkingDays: [],
  };
  const FOLLOW_UPS = {
    cadence: {},
    dailyCapacity: 20,
    workDays: WORK_DAYS,
    complaintSlaCount: 'working-days',
  };
  const workDays = (change: Partial<SettingsDraft['workDays']>): Partial<SettingsDraft> => ({
    workDays: { ...draftFromView(settingsViewOf(DEFAULT_SETTINGS)).workDays, ...change },
  });
  const UNTOUCHED: AddonSettings = {
    ...DEFAULT_SETTINGS,
    config: {
      defaultRegion: 'CN',
      lifecycle: { newMaxDays: 30, activeMaxDays: 90, atRiskMaxDays: 180 },
      valueTier: { highShare: 0.8, mediumShare: 0.95 },
      followUps: FOLLOW_UPS,
      report: { period: 'month' },
      headerOverrides: { customers: {} },
      privacy: {
        retentionMonths: null,
        showContactDetails: false,
        requireLegalBasis: false,
        eraseOrders: 'keep-amounts',
      },
    },
  };
  const PRIVACY = UNTOUCHED.config.privacy as Record<string, unknown>;
  const privacy = (change: Partial<SettingsDraft['privacy']>): Partial<SettingsDraft> => ({
    privacy: { ...draftFromView(settingsViewOf(DEFAULT_SETTINGS)).privacy, ...change },
  });

  it('saves an untouched form as the defaults spelled out', () => {
    expect(settingsFromDraft(draftFromView(settingsViewOf(DEFAULT_SETTINGS)), DEFAULT_SETTINGS)).toEqual(
      UNTOUCHED,
    );
  });

  const EDITS: [
    edit: string,
    change: Partial<SettingsDraft>,
    settings: Partial<AddonSettings>,
    config: Record<string, unknown>,
  ][] = [
    ['a region typed in lower case with spaces', { region: ' us ' }, {}, { defaultRegion: 'US' }],
    ['a chosen customer sheet', { customerSheet: '客户' }, { customerSheet: '客户' }, {}],
    ['the customer header row', { customerHeaderRow: '3' }, { customerHeaderRow: 3 }, {}],
    ['the header row left blank', { customerHeaderRow: ' ' }, { customerHeaderRow: null }, {}],
    ['"find automatically" for the orders sheet', { ordersSheet: '' }, { ordersSheet: null }, {}],
    ['the language', { language: 'en' }, { language: 'en' }, {}],
    ['CLV turned off', { clv: false }, { clv: false }, {}],
    ['the digest hour', { digestHour: 17 }, { digestHour: 17 }, {}],
    [
      'lifecycle and value-tier thresholds',
      {
        lifecycle: { newMaxDays: 14, activeMaxDays: 60, atRiskMaxDays: 120 },
        valueTier: { highShare: 0.7, mediumShare: 0.9 },
      },
      {},
      {
        lifecycle: { newMaxDays: 14, activeMaxDays: 60, atRiskMaxDays: 120 },
        valueTier: { highShare: 0.7, mediumShare: 0.9 },
      },
    ],
    [
      'revisit days with the default channel, blank ones left to the default cadence',
      { cadence: { champions: '10', hibernating: ' ', 'at-risk': '' } },
      {},
      { followUps: { ...FOLLOW_UPS, cadence: { champions: { everyDays: 10, channel: 'phone' } } } },
    ],
    ['the period the report compares', { reportPeriod: 'quarter' }, {}, { report: { period: 'quarter' } }],
    [
      'the follow-ups one owner can work through a day',
      { dailyCapacity: 12 },
      {},
      { followUps: { ...FOLLOW_UPS, dailyCapacity: 12 } },
    ],
    [
      'a six-day week without public holidays, own days off typed on lines and after commas',
      workDays({
        weekdays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'],
        chinaPublicHolidays: false,
        daysOff: '2026-10-08\n 2026-10-09，2026-12-31 ',
        extraWorkingDays: '2026-10-11',
      }),
      {},
      {
        followUps: {
          ...FOLLOW_UPS,
          workDays: {
            ...WORK_DAYS,
            weekdays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'],
            publicHolidays: 'none',
            daysOff: ['2026-10-08', '2026-10-09', '2026-12-31'],
            extraWorkingDays: ['2026-10-11'],
          },
        },
      },
    ],
    [
      'a shop open every day, complaint SLAs in calendar days',
      workDays({ everyDay: true, complaintSlaCount: 'calendar-days' }),
      {},
      {
        followUps: {
          ...FOLLOW_UPS,
          workDays: { ...WORK_DAYS, everyDay: true },
          complaintSlaCount: 'calendar-days',
        },
      },
    ],
    [
      'the column mapping',
      { mapping: 'Kunde = name\nnot a mapping' },
      {},
      { headerOverrides: { customers: { Kunde: 'name' } } },
    ],
    [
      'a retention period in months',
      privacy({ retentionMonths: '36' }),
      {},
      { privacy: { ...PRIVACY, retentionMonths: 36 } },
    ],
    [
      'the retention period cleared',
      privacy({ retentionMonths: ' ' }),
      {},
      { privacy: { ...PRIVACY, retentionMonths: null } },
    ],
    [
      'contact details shown, a legal basis required, orders deleted on erasure',
      privacy({ showContactDetails: true, requireLegalBasis: true, eraseOrders: 'delete-rows' }),
      {},
      {
        privacy: {
          retentionMonths: null,
          showContactDetails: true,
          requireLegalBasis: true,
          eraseOrders: 'delete-rows',
        },
      },
    ],
  ];

  it.each(EDITS)('saves %s', (_edit, change, settings, config) => {
    const draft = { ...draftFromView(settingsViewOf(DEFAULT_SETTINGS)), ...change };
    expect(settingsFromDraft(draft, DEFAULT_SETTINGS)).toEqual({
      ...UNTOUCHED,
      ...settings,
      config: { ...UNTOUCHED.config, ...config },
    });
  });

  it('keeps what the form does not show: the complaints sheet and other core settings', () => {
    const stored: AddonSettings = {
      ...DEFAULT_SETTINGS,
      complaintsSheet: '投诉',
      config: {
        requiredFields: ['name', 'email'],
        followUps: { horizonDays: 14, cadence: { champions: { everyDays: 5, channel: 'phone' } } },
        headerOverrides: { orders: { Menge: 'quantity' } },
        privacy: { logSecret: 'kept-outside-the-sheet', retentionMonths: 24 },
      },
    };
    const saved = settingsFromDraft(draftFromView(settingsViewOf(stored)), stored);
    expect(saved.complaintsSheet).toBe('投诉');
    expect(saved.config.requiredFields).toEqual(['name', 'email']);
    expect(saved.config.followUps).toEqual({
      ...FOLLOW_UPS,
      horizonDays: 14,
      cadence: { champions: { everyDays: 5, channel: 'phone' } },
    });
    expect(saved.config.headerOverrides).toEqual({ orders: { Menge: 'quantity' }, customers: {} });
    expect(saved.config.privacy).toEqual({
      logSecret: 'kept-outside-the-sheet',
      retentionMonths: 24,
      showContactDetails: false,
      requireLegalBasis: false,
      eraseOrders: 'keep-amounts',
    });
  });
});
