// The daily digest as Apps Script runs it: a user's triggers span every spreadsheet the add-on
// is used in, the time-driven trigger runs with no document open, and the manifest's scopes are
// all the bundle may use.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSample } from '@crm/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ADDON_DIST,
  type AddonWorld,
  addonWorld,
  ensureAddonBuilt,
  fire,
  type JobResult,
  runJob,
  todayIn,
  toRows,
} from './addonHarness.ts';
import { requiredScopes } from './doubles/appsScript/scopes.ts';
import type { SpreadsheetModel } from './doubles/appsScript/spreadsheetModel.ts';

beforeAll(() => ensureAddonBuilt(), 120_000);

/** A Tokyo spreadsheet (the world's own) and a Los Angeles one, each with a customer table. */
function twoSpreadsheets(): { w: AddonWorld; tokyo: SpreadsheetModel; la: SpreadsheetModel } {
  const w = addonWorld({ customers: 300, timeZone: 'Asia/Tokyo', spreadsheetName: '东京客户' });
  const la = w.env.addSpreadsheet({ spreadsheetName: 'LA customers', timeZone: 'America/Los_Angeles' });
  const sample = generateSample({
    customers: 200,
    ordersPerCustomer: 4,
    seed: 11,
    today: todayIn(la.timeZone),
  });
  la.fill('客户', toRows(sample.customers), { typed: true });
  la.fill('订单', toRows(sample.orders), { typed: true });
  return { w, tokyo: w.env.book, la };
}

const status = (w: AddonWorld) => w.addon.getStatus?.() as { digestOn: boolean };

describe('daily digest', () => {
  it('keeps one trigger per spreadsheet, at its hour in its own time zone', () => {
    const { w, tokyo, la } = twoSpreadsheets();
    expect(runJob(w, 'digest-on')).toMatchObject({
      ok: true,
      message: expect.stringContaining('Asia/Tokyo'),
    });
    w.env.openDocument(la);
    expect(w.addon.saveSettings?.({ digestHour: 9 })).toMatchObject({ ok: true });
    expect(runJob(w, 'digest-on').ok).toBe(true);
    expect(w.env.triggers.map((t) => [t.documentId, t.atHour, t.timeZone])).toEqual([
      [tokyo.id, 8, 'Asia/Tokyo'],
      [la.id, 9, 'America/Los_Angeles'],
    ]);
    expect(status(w).digestOn).toBe(true);
    w.env.openDocument(tokyo);
    expect(status(w).digestOn).toBe(true);
    expect(runJob(w, 'digest-off').ok).toBe(true);
    expect(status(w).digestOn).toBe(false);
    expect(w.env.triggers.map((t) => t.documentId)).toEqual([la.id]);
  });

  it('mails each spreadsheet’s own tasks from its time-driven trigger, with no document open', () => {
    const { w, tokyo, la } = twoSpreadsheets();
    runJob(w, 'digest-on');
    w.env.openDocument(la);
    runJob(w, 'digest-on');
    const [tokyoTrigger, laTrigger] = w.env.triggers;
    expect(fire(w, tokyoTrigger?.id ?? '')).toMatchObject({ ok: true, figures: { sent: 1 } });
    expect(fire(w, laTrigger?.id ?? '')).toMatchObject({ ok: true, figures: { sent: 1 } });
    expect(w.env.mail.map((m) => m.to)).toEqual(['owner@example.com', 'owner@example.com']);
    expect(w.env.mail[0]?.subject).toContain(todayIn(tokyo.timeZone));
    expect(w.env.mail[0]?.body).toContain(tokyo.id);
    expect(w.env.mail[1]?.subject).toContain(todayIn(la.timeZone));
    expect(w.env.mail[1]?.body).toContain(la.id);
  });

  it('follows the settings saved after it was turned on', () => {
    const { w } = twoSpreadsheets();
    runJob(w, 'digest-on');
    expect(w.addon.saveSettings?.({ language: 'en', digestHour: 7 })).toMatchObject({ ok: true });
    expect(w.env.triggers.map((t) => t.atHour)).toEqual([7]);
    fire(w, w.env.triggers[0]?.id ?? '');
    expect(w.env.mail[0]?.subject).toMatch(/^Follow-ups for /);
  });

  it('mails the owner in the sheet’s language when the digest cannot be made', () => {
    const { w, tokyo } = twoSpreadsheets();
    runJob(w, 'digest-on');
    tokyo.sheet('客户').values = [];
    expect(fire(w, w.env.triggers[0]?.id ?? '')).toMatchObject({ ok: false });
    expect(w.env.mail).toEqual([
      expect.objectContaining({
        subject: '每日跟进摘要未能生成：东京客户',
        body: expect.stringContaining('是空的'),
      }),
    ]);
  });

  it('turns itself off when its spreadsheet is gone', () => {
    const { w, tokyo } = twoSpreadsheets();
    runJob(w, 'digest-on');
    w.env.world.books.splice(w.env.world.books.indexOf(tokyo), 1);
    expect(fire(w, w.env.triggers[0]?.id ?? '')).toMatchObject({ ok: false });
    expect(w.env.triggers).toEqual([]);
    expect(w.env.mail[0]?.body).toContain('每日摘要已自动关闭');
  });
});

describe('OAuth scopes', () => {
  it('asks exactly the scopes its calls need: each one is the only way some call is allowed', () => {
    const { w, la } = twoSpreadsheets();
    w.addon.onOpen?.({ authMode: 'FULL' });
    w.addon.showSidebar?.();
    for (const job of ['clean', 'classify', 'follow-ups', 'report', 'merge', 'digest-on', 'digest-send'])
      expect(runJob(w, job), job).toMatchObject({ ok: true });
    w.env.openDocument(la);
    expect(runJob(w, 'digest-on').ok).toBe(true);
    const fired = fire(w, w.env.triggers[1]?.id ?? '') as JobResult;
    expect(fired.ok).toBe(true);
    expect(runJob(w, 'digest-off').ok).toBe(true);

    const manifest = JSON.parse(readFileSync(join(ADDON_DIST, 'appsscript.json'), 'utf8')) as {
      oauthScopes: string[];
    };
    const needs = [...w.env.calls.counts.keys()].map(requiredScopes).filter((s) => s.length > 0);
    for (const scope of manifest.oauthScopes) {
      const without = manifest.oauthScopes.filter((s) => s !== scope);
      const stuck = needs.some((any) => !any.some((s) => without.includes(s)));
      expect(stuck, `${scope} is needed by some call`).toBe(true);
    }
  });
});
