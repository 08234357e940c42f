// The double must behave as Apps Script documents it, or add-on tests prove nothing.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppsScriptEnvironment, loadAddonBundle } from './environment.ts';

function setup() {
  const env = createAppsScriptEnvironment();
  env.book.fill('客户', [
    ['客户编号', '姓名', '最近购买日期', '消费金额'],
    ['C001', '刘洋', new Date(2026, 9, 1), 1234.5],
    ['C002', 'Alice Chen', '', 88],
  ]);
  return env;
}

describe('SpreadsheetApp double', () => {
  it("getValues returns a 2-D array with '' for empty cells, numbers and Date objects", () => {
    const env = setup();
    const sheet = env.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('客户');
    const values = sheet?.getDataRange().getValues();
    expect(values).toHaveLength(3);
    expect(values?.[1]?.[2]).toBeInstanceOf(Date);
    expect(values?.[2]).toEqual(['C002', 'Alice Chen', '', 88]);
    expect(sheet?.getRange(1, 1, 5, 6).getValues()[4]).toEqual(['', '', '', '', '', '']);
  });

  it('setValues throws when the data size differs from the range, with the documented message', () => {
    const sheet = setup().SpreadsheetApp.getActiveSpreadsheet().getSheetByName('客户');
    expect(() => sheet?.getRange(1, 5, 3, 1).setValues([['a'], ['b']])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3.',
    );
    expect(() => sheet?.getRange(1, 5, 1, 2).setValues([['a']])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
  });

  it('refuses ranges outside the grid until columns are inserted', () => {
    const sheet = setup().SpreadsheetApp.getActiveSpreadsheet().getSheetByName('客户');
    expect(() => sheet?.getRange(1, 27, 1, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    sheet?.insertColumnsAfter(26, 2);
    expect(sheet?.getMaxColumns()).toBe(28);
    sheet?.getRange(1, 27, 1, 2).setValues([['R', 'F']]);
    expect(sheet?.getLastColumn()).toBe(28);
  });

  it('reads A1 ranges and counts every service call', () => {
    const env = setup();
    env.calls.reset();
    const sheet = env.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('客户');
    expect(sheet?.getRange('A2:B3').getValues()).toEqual([
      ['C001', '刘洋'],
      ['C002', 'Alice Chen'],
    ]);
    const cell = sheet?.getRange('E1');
    cell?.setValue('x');
    cell?.setFontWeight('bold');
    expect(env.calls.snapshot()).toEqual({
      'Range.getValues': 1,
      'Range.setFontWeight': 1,
      'Range.setValue': 1,
      'Sheet.getRange': 2,
      'Spreadsheet.getSheetByName': 1,
      'SpreadsheetApp.getActiveSpreadsheet': 1,
    });
  });

  it('rejects a second sheet with the same name', () => {
    const ss = setup().SpreadsheetApp.getActiveSpreadsheet();
    expect(() => ss.insertSheet('客户')).toThrow(
      'A sheet with the name "客户" already exists. Please enter another name.',
    );
  });
});

describe('other service doubles', () => {
  it('limits property values to 9 KB', () => {
    const env = setup();
    const props = env.globals.PropertiesService.getDocumentProperties();
    props.setProperty('settings', '{"language":"zh"}');
    expect(props.getProperty('settings')).toBe('{"language":"zh"}');
    expect(() => props.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow('Argument too large: value');
  });

  it('enforces the MailApp daily quota and records mail', () => {
    const env = createAppsScriptEnvironment({ mailQuota: 1 });
    env.globals.MailApp.sendEmail({ to: 'wang@example.com', subject: '今日跟进', body: '…' });
    expect(env.globals.MailApp.getRemainingDailyQuota()).toBe(0);
    expect(() =>
      env.globals.MailApp.sendEmail({ to: 'wang@example.com', subject: 'again', body: '' }),
    ).toThrow('Service invoked too many times for one day: email.');
    expect(env.mail).toHaveLength(1);
  });

  it('refuses add-on triggers more frequent than hourly and records daily ones', () => {
    const env = setup();
    const { ScriptApp } = env.globals;
    expect(() => ScriptApp.newTrigger('sendDigest').timeBased().everyMinutes(5)).toThrow(
      /at most once per hour/,
    );
    ScriptApp.newTrigger('sendDigest').timeBased().everyDays(1).atHour(8).create();
    expect(ScriptApp.getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual(['sendDigest']);
  });

  it('reports a held document lock', () => {
    const env = createAppsScriptEnvironment({ lockHeldElsewhere: true });
    const lock = env.globals.LockService.getDocumentLock();
    expect(lock.tryLock(1000)).toBe(false);
    expect(() => lock.waitLock(1000)).toThrow('Lock timeout');
  });

  it('runs a bundle whose top-level functions see the services and share Date with the host', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gas-'));
    const code = join(dir, 'Code.js');
    writeFileSync(
      code,
      `function onOpen() { SpreadsheetApp.getUi().createMenu('客户管理').addItem('生成报告', 'generateReport').addToUi(); }
       function firstDate() { return SpreadsheetApp.getActiveSpreadsheet().getSheetByName('客户').getRange(2, 3).getValue() instanceof Date; }`,
    );
    const env = setup();
    const addon = loadAddonBundle(code, env);
    addon.onOpen?.();
    expect(env.ui.menus).toEqual([
      { title: '客户管理', items: [{ caption: '生成报告', functionName: 'generateReport' }] },
    ]);
    expect(addon.firstDate?.()).toBe(true);
  });
});
