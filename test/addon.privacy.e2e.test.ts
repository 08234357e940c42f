/// <reference types="google-apps-script" />
// The sidebar's settingsDraft is typed from the server surface, which names Apps Script types.
// The privacy settings, the bulk consent fill and the expired backups and reports through the
// exact dist/Code.js on the Apps Script double: settings saved the way the sidebar's form saves
// them change what the cleaning review lists and shows; the consent columns are filled in empty
// cells only; backups and reports past the retention period are listed and deleted, a recent one kept.
import { PERSON } from '@crm/shared/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SettingsView } from '../sheets-addon/src/sidebar/serverCall.ts';
import {
  draftFromView,
  type PrivacyDraft,
  settingsFromDraft,
} from '../sheets-addon/src/sidebar/settingsDraft.ts';
import {
  type AddonWorld,
  addonWorld,
  ensureAddonBuilt,
  type JobResult,
  personWorld,
  runJob,
  snapshot,
} from './addonHarness.ts';
import { ScriptError } from './doubles/appsScript/scriptError.ts';
import type { CellValue } from './doubles/appsScript/typedInput.ts';

beforeAll(() => ensureAddonBuilt(), 120_000);

interface PrivacyResult extends JobResult {
  expired?: { sheet: string; kind: 'backup' | 'report'; date: string }[];
}

const call = (w: AddonWorld, name: string, ...args: unknown[]) => w.addon[name]?.(...args) as PrivacyResult;

/** Saves the privacy fields as the sidebar's form does: the view, the draft, the settings to save. */
function savePrivacy(w: AddonWorld, change: Partial<PrivacyDraft>): JobResult {
  const view = w.addon.getSettings?.() as SettingsView;
  const draft = draftFromView(view);
  return w.addon.saveSettings?.(
    settingsFromDraft({ ...draft, privacy: { ...draft.privacy, ...change } }, view.settings),
  ) as JobResult;
}

const text = (cell: CellValue | undefined) =>
  cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell ?? '');

/** The review table's rows of one kind (类型 in the first column) below its summary. */
function reviewRows(w: AddonWorld, kind: string): string[][] {
  return w.env.book
    .sheet('数据质量')
    .values.filter((row) => row[0] === kind)
    .map((row) => row.map(text));
}

/** Every email and phone-like cell of the customer table. */
function contactCells(w: AddonWorld): string[] {
  const rows = w.env.book.sheet('客户').values;
  const header = rows[0]?.map(String) ?? [];
  return rows
    .slice(1)
    .flatMap((row) => ['邮箱', '手机', '电话'].map((h) => text(row[header.indexOf(h)])))
    .filter((c) => c.includes('@') || c.replace(/\D/g, '').length >= 8);
}

describe('privacy settings from the sidebar', () => {
  it('the bundle exposes the retention and consent calls to google.script.run', () => {
    const w = personWorld();
    for (const name of ['fillConsentColumns', 'listExpiredSheets', 'deleteExpiredSheets'])
      expect(typeof w.addon[name], name).toBe('function');
  });

  it('a retention period lists the customers past it, a required legal basis the ones without', () => {
    const w = addonWorld({ customers: 300 });
    expect(runJob(w, 'clean')).toMatchObject({
      ok: true,
      figures: { pastRetention: 0, withoutLegalBasis: 0 },
    });
    expect(reviewRows(w, '超过保存期限')).toEqual([]);

    expect(savePrivacy(w, { retentionMonths: '12', requireLegalBasis: true })).toMatchObject({ ok: true });
    const view = w.addon.getSettings?.() as SettingsView;
    expect(view.config.privacy).toMatchObject({ retentionMonths: 12, requireLegalBasis: true });
    // Stored in the one settings property, with every other setting the form spells out.
    const stored = String(w.env.properties.document.data.get('crm.settings'));
    expect(JSON.parse(stored).config.privacy).toEqual({
      retentionMonths: 12,
      showContactDetails: false,
      requireLegalBasis: true,
      eraseOrders: 'keep-amounts',
    });
    expect(Buffer.byteLength(stored, 'utf8')).toBeLessThan(8 * 1024);
    const clean = runJob(w, 'clean');
    const past = reviewRows(w, '超过保存期限');
    expect(past.length).toBe(clean.figures?.pastRetention);
    expect(past.length).toBeGreaterThan(10);
    expect(past.length).toBeLessThan(300);
    const customers = w.env.book.sheet('客户').values;
    const header = customers[0]?.map(String) ?? [];
    const cutoff = `${Number(w.today.slice(0, 4)) - 1}${w.today.slice(4)}`;
    for (const [, row, , who, reason] of past) {
      // Named by name (the id when the name is empty) and row, never by contact details; the last
      // purchase or contact is more than 12 months before today.
      const cells = customers[Number(row) - 1] ?? [];
      expect(text(cells[header.indexOf('姓名')]) || text(cells[header.indexOf('客户编号')])).toBe(who);
      const last = /最近购买或联系 (\d{4}-\d{2}-\d{2})，保存期限 12 个月/.exec(reason ?? '')?.[1] ?? '';
      expect(last < cutoff, `${row} ${reason}`).toBe(true);
    }
    // The generated table has no 合法依据 column: every customer is listed.
    expect(clean.figures?.withoutLegalBasis).toBe(300);
    expect(reviewRows(w, '缺少合法依据').length).toBe(300);

    // Filled in bulk from the sidebar, the legal basis no longer misses; turned off, nothing is listed.
    expect(call(w, 'fillConsentColumns', { legalBasis: 'existing-customer' })).toMatchObject({
      ok: true,
      figures: { rowsFilled: 300 },
    });
    expect(runJob(w, 'clean').figures).toMatchObject({ withoutLegalBasis: 0, pastRetention: past.length });
    expect(savePrivacy(w, { retentionMonths: '' })).toMatchObject({ ok: true });
    expect(runJob(w, 'clean').figures).toMatchObject({ pastRetention: 0 });
  });

  it('the review masks emails and phones unless the setting shows them', () => {
    const w = addonWorld({ customers: 300 });
    const contacts = contactCells(w);
    expect(contacts.length).toBeGreaterThan(100);
    const shownIn = () => {
      const cells = w.env.book.sheet('数据质量').values.flat().map(text).join('\n');
      return contacts.filter((c) => cells.includes(c)).length;
    };
    expect(runJob(w, 'clean')).toMatchObject({ ok: true });
    expect(shownIn()).toBe(0);
    expect(w.env.book.sheet('数据质量').values.flat().map(text).join('\n')).toMatch(/\*\*\*/);
    expect(savePrivacy(w, { showContactDetails: true })).toMatchObject({ ok: true });
    expect(runJob(w, 'clean')).toMatchObject({ ok: true });
    expect(shownIn()).toBeGreaterThan(0);
  });

  it('a retention period the core refuses is not saved', () => {
    const w = addonWorld({ customers: 20 });
    const before = w.env.properties.document.data.get('crm.settings');
    const refused = savePrivacy(w, { retentionMonths: '0' });
    expect(refused).toMatchObject({ ok: false, message: expect.stringContaining('privacy.retentionMonths') });
    expect(w.env.properties.document.data.get('crm.settings')).toBe(before);
  });
});

describe('consent columns filled in bulk', () => {
  const VALUES = {
    legalBasis: 'existing-customer',
    purpose: '售后服务与回访',
    source: '门店登记',
    informedOn: '2026-11-20',
  };

  it('fills empty cells only, adds the missing columns, and reports the counts', () => {
    const w = personWorld();
    const customers = w.env.book.sheet('客户');
    // The table already records one basis (韩梅梅, row 5) in a 合法依据 column the user added.
    (customers.values[2] as CellValue[])[10] = '合法依据';
    (customers.values[4] as CellValue[])[10] = '本人同意';
    const result = call(w, 'fillConsentColumns', VALUES);
    expect(result).toMatchObject({
      ok: true,
      sheetName: '客户',
      figures: { rowsFilled: 5, cellsFilled: 4 + 5 * 3, columnsAdded: 3 },
      message:
        '已在“客户”中为 5 位客户填写 19 个空单元格，新增列：处理目的、来源、告知日期；已有内容的单元格未改动。',
    });
    // Each cell as the sheet shows it (a date cell as its calendar day).
    const rows = customers.values.map((row, r) =>
      row.map((cell, c) => customers.dayAt(r + 1, c + 1) ?? text(cell)),
    );
    expect(rows[2]?.slice(10, 14)).toEqual(['合法依据', '处理目的', '来源', '告知日期']);
    expect(rows.slice(3, 8).map((r) => r.slice(10, 14))).toEqual([
      ['履行合同（现有客户）', '售后服务与回访', '门店登记', '2026-11-20'],
      ['本人同意', '售后服务与回访', '门店登记', '2026-11-20'],
      ['履行合同（现有客户）', '售后服务与回访', '门店登记', '2026-11-20'],
      ['履行合同（现有客户）', '售后服务与回访', '门店登记', '2026-11-20'],
      ['履行合同（现有客户）', '售后服务与回访', '门店登记', '2026-11-20'],
    ]);
    // The date is a date cell, the texts plain text; the title rows above the header are untouched.
    expect(customers.numberFormat(4, 14)).toBe('yyyy-mm-dd');
    expect(customers.numberFormat(4, 12)).toBe('@');
    expect(rows[0]?.slice(10)).toEqual([]);
    expect(rows[5]?.slice(0, 10)).toContain(PERSON.name);

    // A second fill finds nothing empty and changes nothing.
    const filled = snapshot(w);
    expect(call(w, 'fillConsentColumns', { ...VALUES, purpose: '营销' })).toMatchObject({
      ok: true,
      figures: { rowsFilled: 0, cellsFilled: 0, columnsAdded: 0 },
    });
    expect(snapshot(w)).toBe(filled);
  });

  it('without a date records today; refuses an unknown basis, a bad date or nothing to fill', () => {
    const w = personWorld();
    const before = snapshot(w);
    expect(call(w, 'fillConsentColumns', { legalBasis: 'because' })).toMatchObject({
      ok: false,
      message: '不认识的合法依据“because”。未做任何修改。',
    });
    expect(call(w, 'fillConsentColumns', { purpose: '回访', informedOn: '2026-02-30' })).toMatchObject({
      ok: false,
      message: expect.stringContaining('不是有效日期'),
    });
    expect(call(w, 'fillConsentColumns', { purpose: ' ' })).toMatchObject({ ok: false });
    expect(snapshot(w)).toBe(before);
    expect(call(w, 'fillConsentColumns', { purpose: '=回访' })).toMatchObject({
      ok: true,
      figures: { rowsFilled: 5, cellsFilled: 10, columnsAdded: 2 },
    });
    const sheet = w.env.book.sheet('客户');
    expect(sheet.values[2]?.slice(10, 12)).toEqual(['处理目的', '告知日期']);
    // Written as plain text: a purpose starting with = is not a formula.
    expect(sheet.values[3]?.[10]).toBe('=回访');
    expect(sheet.formula(4, 11)).toBe('');
    expect(sheet.dayAt(8, 12)).toBe(w.today);
  });

  it('a Google failure half-way puts every cell and column back', () => {
    const w = personWorld();
    const before = snapshot(w);
    w.env.calls.hook({
      key: 'Range.setValues',
      nth: 3,
      before: () => {
        throw new ScriptError('Service Spreadsheets failed while accessing document');
      },
    });
    expect(call(w, 'fillConsentColumns', VALUES)).toMatchObject({
      ok: false,
      message: expect.stringContaining('Google 表格服务暂时出错'),
    });
    expect(snapshot(w)).toBe(before);
  });

  it('waits for the storage notice', () => {
    const w = personWorld({ notice: 'unanswered' });
    const before = snapshot(w);
    expect(call(w, 'fillConsentColumns', VALUES)).toMatchObject({
      ok: false,
      message: '未运行：请先阅读并确认数据存储位置说明。',
    });
    expect(call(w, 'listExpiredSheets')).toMatchObject({ ok: false });
    expect(call(w, 'deleteExpiredSheets', ['客户备份 2026-01-10'])).toMatchObject({ ok: false });
    expect(snapshot(w)).toBe(before);
  });
});

describe('backups and reports past the retention period', () => {
  /** The one-person workbook with a backup made today beside the old backup and report. */
  function withRecentBackup() {
    const w = personWorld();
    const recent = `客户备份 ${w.today}`;
    w.env.book.fill(
      recent,
      [
        ['客户编号', '姓名'],
        ['C001', '李雷'],
      ],
      { typed: true },
    );
    return { w, recent };
  }

  it('without a retention period nothing is listed', () => {
    const { w } = withRecentBackup();
    expect(call(w, 'listExpiredSheets')).toMatchObject({
      ok: true,
      expired: [],
      message: '未设置保存期限：请在“设置”中填写保存期限（月）。',
    });
  });

  it('lists the old backup and report, deletes them on request, and keeps the recent backup', () => {
    const { w, recent } = withRecentBackup();
    expect(savePrivacy(w, { retentionMonths: '6' })).toMatchObject({ ok: true });
    const listed = call(w, 'listExpiredSheets');
    expect(listed).toMatchObject({
      ok: true,
      message: '2 个备份或报告工作表已超过保存期限（6 个月）。',
      figures: { sheets: 2 },
    });
    expect(listed.expired).toEqual([
      { sheet: '客户备份 2026-01-10', kind: 'backup', date: '2026-01-10' },
      { sheet: '客户报告 2026-02-01', kind: 'report', date: '2026-02-01' },
    ]);

    // A sheet that is not an expired copy is refused, and nothing at all is deleted.
    const before = snapshot(w);
    expect(call(w, 'deleteExpiredSheets', ['客户备份 2026-01-10', recent])).toMatchObject({
      ok: false,
      message: `工作表“${recent}”不是过期的备份或报告，未删除任何工作表。`,
    });
    expect(call(w, 'deleteExpiredSheets', ['客户'])).toMatchObject({ ok: false });
    expect(snapshot(w)).toBe(before);

    const deleted = call(
      w,
      'deleteExpiredSheets',
      (listed.expired ?? []).map((e) => e.sheet),
    );
    expect(deleted).toMatchObject({
      ok: true,
      message: '已删除 2 个过期的工作表。',
      expired: [],
      figures: { sheetsDeleted: 2 },
    });
    const names = w.env.book.sheets.map((s) => s.name);
    expect(names).toContain(recent);
    expect(names).not.toContain('客户备份 2026-01-10');
    expect(names).not.toContain('客户报告 2026-02-01');
    expect(names).toEqual(['客户', '订单', '投诉', '跟进任务', '数据质量', '备注', recent]);
    expect(call(w, 'listExpiredSheets')).toMatchObject({ ok: true, expired: [] });
  });

  it('a protected expired report stops the deletion before any sheet is deleted', () => {
    const w = personWorld({ owner: 'boss@example.com' });
    expect(savePrivacy(w, { retentionMonths: '6' })).toMatchObject({ ok: true });
    w.env.book.protect('客户报告 2026-02-01', { row: 1, column: 1, rows: 5, columns: 2 });
    const before = snapshot(w);
    const refused = call(w, 'deleteExpiredSheets', ['客户备份 2026-01-10', '客户报告 2026-02-01']);
    expect(refused.ok).toBe(false);
    expect(refused.message).toMatch(/^工作表“客户报告 2026-02-01”的 .+ 受保护，您没有编辑权限/);
    expect(snapshot(w)).toBe(before);
  });
});
