// The services besides SpreadsheetApp, as an editor add-on meets them: properties, mail,
// triggers per document, the time-driven trigger's missing document, scopes and menus.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppsScriptEnvironment, fireTrigger, loadAddonBundle } from './environment.ts';

function bundle(source: string, scopes?: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'gas-'));
  writeFileSync(join(dir, 'Code.js'), source);
  writeFileSync(
    join(dir, 'appsscript.json'),
    JSON.stringify({ timeZone: 'Asia/Shanghai', oauthScopes: scopes }),
  );
  return join(dir, 'Code.js');
}

describe('PropertiesService and CacheService', () => {
  it('limits property values to 9 KB counted in bytes', () => {
    const props = createAppsScriptEnvironment().globals.PropertiesService.getDocumentProperties();
    props?.setProperty('settings', '{"language":"zh"}');
    expect(props?.getProperty('settings')).toBe('{"language":"zh"}');
    expect(() => props?.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow('Argument too large: value');
    expect(() => props?.setProperty('big', '客'.repeat(3100))).toThrow('Argument too large: value');
  });

  it('keeps document properties and caches per spreadsheet', () => {
    const env = createAppsScriptEnvironment();
    const other = env.addSpreadsheet({ spreadsheetName: 'B' });
    env.globals.PropertiesService.getDocumentProperties()?.setProperty('k', 'A');
    env.globals.CacheService.getDocumentCache()?.put('k', 'A');
    env.openDocument(other);
    expect(env.globals.PropertiesService.getDocumentProperties()?.getProperty('k')).toBeNull();
    expect(env.globals.CacheService.getDocumentCache()?.get('k')).toBeNull();
    expect(() => env.globals.CacheService.getScriptCache().put('big', 'x'.repeat(100 * 1024 + 1))).toThrow(
      'Argument too large: value',
    );
  });
});

describe('MailApp and LockService', () => {
  it('enforces the MailApp daily quota and records mail', () => {
    const env = createAppsScriptEnvironment({ mailQuota: 1 });
    env.globals.MailApp.sendEmail({ to: 'wang@example.com', subject: '今日跟进', body: '…' });
    expect(env.globals.MailApp.getRemainingDailyQuota()).toBe(0);
    expect(() =>
      env.globals.MailApp.sendEmail({ to: 'wang@example.com', subject: 'again', body: '' }),
    ).toThrow('Service invoked too many times for one day: email.');
    expect(env.mail).toHaveLength(1);
  });

  it('reports a held document lock', () => {
    const env = createAppsScriptEnvironment({ lockHeldElsewhere: true });
    const lock = env.globals.LockService.getDocumentLock();
    expect(lock?.tryLock(1000)).toBe(false);
    expect(() => lock?.waitLock(1000)).toThrow('Lock timeout');
  });
});

describe('ScriptApp triggers', () => {
  it('refuses add-on triggers more frequent than hourly, and a second clock trigger per document', () => {
    const { ScriptApp } = createAppsScriptEnvironment().globals;
    expect(() => ScriptApp.newTrigger('sendDigest').timeBased().everyMinutes(5)).toThrow(
      /at most once per hour/,
    );
    ScriptApp.newTrigger('sendDigest').timeBased().everyDays(1).atHour(8).create();
    expect(() => ScriptApp.newTrigger('other').timeBased().everyDays(1).create()).toThrow(
      'This add-on has created too many time-based triggers in this document for this Google user account.',
    );
  });

  it('lists the user’s triggers of every document as project triggers, and per document as user triggers', () => {
    const env = createAppsScriptEnvironment({ timeZone: 'Asia/Tokyo' });
    const { ScriptApp, SpreadsheetApp } = env.globals;
    const a = SpreadsheetApp.getActiveSpreadsheet();
    ScriptApp.newTrigger('sendDigest').timeBased().everyDays(1).atHour(8).create();
    const b = env.addSpreadsheet({ spreadsheetName: 'B', timeZone: 'America/Los_Angeles' });
    env.openDocument(b);
    ScriptApp.newTrigger('sendDigest')
      .timeBased()
      .everyDays(1)
      .atHour(9)
      .inTimezone('America/Los_Angeles')
      .create();
    expect(ScriptApp.getProjectTriggers()).toHaveLength(2);
    expect(
      ScriptApp.getUserTriggers(SpreadsheetApp.getActiveSpreadsheet() as { getId(): string }),
    ).toHaveLength(1);
    expect(ScriptApp.getUserTriggers(a as { getId(): string })).toHaveLength(1);
    expect(env.triggers.map((t) => [t.documentId, t.atHour, t.timeZone])).toEqual([
      ['spreadsheet-1', 8, 'Asia/Shanghai'],
      ['spreadsheet-2', 9, 'America/Los_Angeles'],
    ]);
  });

  it('runs a time-driven trigger outside any document: no active spreadsheet, UI, document store or lock', () => {
    const env = createAppsScriptEnvironment();
    const addon = loadAddonBundle(
      bundle(`
        function install() { ScriptApp.newTrigger('tick').timeBased().everyDays(1).create(); }
        function tick(e) {
          let ui;
          try { SpreadsheetApp.getUi(); ui = 'ui'; } catch (error) { ui = error.message; }
          return { uid: e.triggerUid, active: SpreadsheetApp.getActiveSpreadsheet(), ui,
            props: PropertiesService.getDocumentProperties(), lock: LockService.getDocumentLock(),
            opened: SpreadsheetApp.openById('spreadsheet-1').getName() };
        }`),
      env,
    );
    addon.install?.();
    expect(fireTrigger(env, addon, env.triggers[0]?.id ?? '')).toEqual({
      uid: 'trigger-1',
      active: null,
      ui: 'Cannot call SpreadsheetApp.getUi() from this context.',
      props: null,
      lock: null,
      opened: '客户管理',
    });
  });
});

describe('scopes and menus', () => {
  it('fails a call the manifest has no scope for, with Apps Script’s message', () => {
    const env = createAppsScriptEnvironment();
    const addon = loadAddonBundle(
      bundle(
        `function email() { return Session.getEffectiveUser().getEmail(); }
         function open() { return SpreadsheetApp.openById('spreadsheet-1').getName(); }
         function name() { return SpreadsheetApp.getActiveSpreadsheet().getName(); }`,
        ['https://www.googleapis.com/auth/spreadsheets.currentonly'],
      ),
      env,
    );
    expect(addon.name?.()).toBe('客户管理');
    expect(() => addon.email?.()).toThrow(
      'Specified permissions are not sufficient to call Session.getEffectiveUser. Required permissions: https://www.googleapis.com/auth/userinfo.email',
    );
    expect(() => addon.open?.()).toThrow(/not sufficient to call SpreadsheetApp.openById/);
  });

  it('records whether a menu is the add-on’s menu or one of the menu bar', () => {
    const env = createAppsScriptEnvironment({ addonName: '客户管理助手' });
    const addon = loadAddonBundle(
      bundle(`function onOpen() {
        SpreadsheetApp.getUi().createMenu('客户管理').addItem('生成报告', 'generateReport').addToUi();
        SpreadsheetApp.getUi().createAddonMenu().addItem('生成报告', 'generateReport').addToUi();
      }`),
      env,
    );
    addon.onOpen?.();
    expect(env.ui.menus).toEqual([
      { kind: 'custom', title: '客户管理', items: [{ caption: '生成报告', functionName: 'generateReport' }] },
      {
        kind: 'addon',
        title: '客户管理助手',
        items: [{ caption: '生成报告', functionName: 'generateReport' }],
      },
    ]);
  });

  it('answers an alert with a button of its set: the one the test scripted, else the first', () => {
    const env = createAppsScriptEnvironment();
    const addon = loadAddonBundle(
      bundle(`function ask(buttons) {
        const ui = SpreadsheetApp.getUi();
        return ui.alert('数据存储位置说明', '继续吗？', ui.ButtonSet[buttons]);
      }
      function tell() { return SpreadsheetApp.getUi().alert('已完成'); }`),
      env,
    );
    expect(addon.ask?.('YES_NO')).toBe('YES');
    env.ui.answers.push('NO', 'CLOSE');
    expect(addon.ask?.('YES_NO')).toBe('NO');
    expect(addon.ask?.('OK_CANCEL')).toBe('CLOSE');
    expect(addon.tell?.()).toBe('OK');
    env.ui.answers.push('YES');
    expect(() => addon.ask?.('OK_CANCEL')).toThrow('The alert offers OK/CANCEL/CLOSE, not YES');
    expect(env.ui.alerts.map((a) => [a.title, a.buttons])).toEqual([
      ['数据存储位置说明', 'YES_NO'],
      ['数据存储位置说明', 'YES_NO'],
      ['数据存储位置说明', 'OK_CANCEL'],
      ['', 'OK'],
      ['数据存储位置说明', 'OK_CANCEL'],
    ]);
  });
});
