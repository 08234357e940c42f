import { describe, expect, it } from 'vitest';
import {
  canDeleteExpired,
  canFill,
  consentInput,
  INITIAL_RETENTION_PANEL,
  type RetentionPanelState,
  retentionPanelReducer,
} from './retentionPanelReducer.ts';
import { TEXTS } from './texts.ts';

const EXPIRED = [
  { sheet: '客户备份 2026-01-10', kind: 'backup' as const, date: '2026-01-10' },
  { sheet: '客户报告 2026-02-01', kind: 'report' as const, date: '2026-02-01' },
];

function listed(): RetentionPanelState {
  const started = retentionPanelReducer(INITIAL_RETENTION_PANEL, { type: 'started', kind: 'list' });
  return retentionPanelReducer(started, {
    type: 'answered',
    kind: 'list',
    result: { ok: true, message: '2 个备份或报告工作表已超过保存期限（6 个月）。', expired: EXPIRED },
  });
}

describe('retentionPanelReducer', () => {
  it('offers Fill once a value is given, and sends only the values given, trimmed', () => {
    expect(canFill(INITIAL_RETENTION_PANEL)).toBe(false);
    const blank = retentionPanelReducer(INITIAL_RETENTION_PANEL, {
      type: 'consentChanged',
      patch: { purpose: '  ' },
    });
    expect(canFill(blank)).toBe(false);
    const state = retentionPanelReducer(blank, {
      type: 'consentChanged',
      patch: { legalBasis: 'existing-customer', source: ' 门店登记 ' },
    });
    expect(canFill(state)).toBe(true);
    expect(consentInput(state.consent)).toEqual({ legalBasis: 'existing-customer', source: '门店登记' });
    expect(canFill(retentionPanelReducer(state, { type: 'started', kind: 'fill' }))).toBe(false);
  });

  it('offers Delete only for a listing that found sheets, while nothing runs', () => {
    expect(canDeleteExpired(INITIAL_RETENTION_PANEL)).toBe(false);
    const state = listed();
    expect(state.expired).toEqual(EXPIRED);
    expect(state.message).toEqual({ ok: true, text: '2 个备份或报告工作表已超过保存期限（6 个月）。' });
    expect(canDeleteExpired(state)).toBe(true);
    expect(canDeleteExpired(retentionPanelReducer(state, { type: 'started', kind: 'delete' }))).toBe(false);
    const none = retentionPanelReducer(state, {
      type: 'answered',
      kind: 'list',
      result: { ok: true, message: '没有超过保存期限（6 个月）的备份或报告工作表。', expired: [] },
    });
    expect(canDeleteExpired(none)).toBe(false);
  });

  it('shows what is left after a deletion, and keeps the listing when a request fails', () => {
    const failed = retentionPanelReducer(listed(), {
      type: 'answered',
      kind: 'delete',
      result: { ok: false, message: '工作表“客户报告 2026-02-01”的 A1:B5 受保护' },
    });
    expect(failed.expired).toEqual(EXPIRED);
    expect(failed.message?.ok).toBe(false);
    const deleted = retentionPanelReducer(failed, {
      type: 'answered',
      kind: 'delete',
      result: { ok: true, message: '已删除 2 个过期的工作表。', expired: [] },
    });
    expect(deleted.expired).toEqual([]);
    expect(deleted.busy).toBeNull();
  });

  it('puts the listing away when the settings are saved: the retention period may have changed', () => {
    expect(retentionPanelReducer(listed(), { type: 'settingsSaved' }).expired).toBeNull();
  });

  it('runs one request at a time', () => {
    const busy = retentionPanelReducer(INITIAL_RETENTION_PANEL, { type: 'started', kind: 'fill' });
    expect(retentionPanelReducer(busy, { type: 'started', kind: 'list' }).busy).toBe('fill');
  });
});

describe('retention and consent texts', () => {
  it('names each expired sheet with its kind and date, in both languages', () => {
    expect(TEXTS.zh.retention.expiredLine('客户备份 2026-01-10', 'backup', '2026-01-10')).toBe(
      '客户备份 2026-01-10（客户备份，2026-01-10）',
    );
    expect(TEXTS.en.retention.expiredLine('Report 2026-02-01', 'report', '2026-02-01')).toBe(
      'Report 2026-02-01 (report, 2026-02-01)',
    );
  });

  it('asks once before deleting, listing every sheet', () => {
    expect(TEXTS.zh.retention.deleteConfirm(['客户备份 2026-01-10', '客户报告 2026-02-01'])).toBe(
      '确定删除以下 2 个工作表吗？删除后只能从版本记录中找回。\n\n客户备份 2026-01-10\n客户报告 2026-02-01',
    );
    expect(TEXTS.en.retention.deleteConfirm(['Report 2026-02-01'])).toBe(
      'Delete this sheet? Only the version history can bring it back.\n\nReport 2026-02-01',
    );
  });

  it('labels the legal bases and consent columns as the core does', () => {
    expect(TEXTS.zh.retention.legalBasis('existing-customer')).toBe('履行合同（现有客户）');
    expect(TEXTS.en.retention.consentField('informedOn')).toBe('Informed on');
    expect(TEXTS.en.eraseOrdersModes['delete-rows']).toBe('are deleted');
  });
});
