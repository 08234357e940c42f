// A bundle's Dates are of its own realm and live in the script's time zone (appsscript.json),
// while a date cell is midnight in the spreadsheet's zone: the two differ for a Tokyo or Los
// Angeles spreadsheet of a script set to Asia/Shanghai.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppsScriptEnvironment, loadAddonBundle } from './environment.ts';
import { createScriptRealm } from './scriptRealm.ts';

function bundle(source: string, manifest: object = { timeZone: 'Asia/Shanghai' }) {
  const dir = mkdtempSync(join(tmpdir(), 'gas-'));
  writeFileSync(join(dir, 'Code.js'), source);
  writeFileSync(join(dir, 'appsscript.json'), JSON.stringify(manifest));
  return join(dir, 'Code.js');
}

describe('the script realm', () => {
  it('builds and reads local dates in the script’s zone', () => {
    const { Date: ScriptDate } = createScriptRealm('Asia/Shanghai');
    const d = new ScriptDate(2026, 9, 1);
    expect(d.toISOString()).toBe('2026-09-30T16:00:00.000Z');
    expect([d.getFullYear(), d.getMonth(), d.getDate(), d.getHours()]).toEqual([2026, 9, 1, 0]);
    expect(d.getTimezoneOffset()).toBe(-480);
    const la = createScriptRealm('America/Los_Angeles');
    expect(new la.Date(2026, 6, 1).toISOString()).toBe('2026-07-01T07:00:00.000Z');
    expect(new la.Date(2026, 0, 1).getTimezoneOffset()).toBe(480);
    d.setDate(31);
    expect(d.getMonth()).toBe(9);
    expect(new ScriptDate('2026-10-01T08:00:00').toISOString()).toBe('2026-10-01T00:00:00.000Z');
    expect(new ScriptDate('2026-10-01').toISOString()).toBe('2026-10-01T00:00:00.000Z');
  });

  it('puts the script’s top-level functions and vars on the global object, and nothing declared deeper', () => {
    const addon = loadAddonBundle(
      bundle(`var counter = 1;
        const hidden = 2;
        function outer() { function inner() { return Math.max(counter, hidden); } return inner() + counter; }
        function bump() { counter += 1; return counter; }`),
      createAppsScriptEnvironment(),
    );
    expect(addon.outer?.()).toBe(3);
    expect(addon.bump?.()).toBe(2);
    expect(Object.keys(addon)).not.toContain('inner');
    expect(Object.keys(addon)).not.toContain('hidden');
    // A top-level var is the global property, both ways, as in any script.
    expect((addon as Record<string, unknown>).counter).toBe(2);
    (addon as Record<string, unknown>).counter = 10;
    expect(addon.bump?.()).toBe(11);
  });

  it('hands the bundle Dates of its own realm, read in the script’s zone', () => {
    const env = createAppsScriptEnvironment({ timeZone: 'Asia/Tokyo' });
    env.book.fill('客户', [['最近购买日期'], [new Date(Date.UTC(2026, 9, 1))]]);
    const code = bundle(`
      function firstDate() {
        const d = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('客户').getRange(2, 1).getValue();
        return { isDate: d instanceof Date, local: [d.getFullYear(), d.getMonth() + 1, d.getDate()].join('-'),
          inSheet: Utilities.formatDate(d, SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone(), 'yyyy-MM-dd') };
      }`);
    const addon = loadAddonBundle(code, env);
    // Midnight in Tokyo is 23:00 the day before in Shanghai.
    expect(addon.firstDate?.()).toEqual({ isDate: true, local: '2026-9-30', inSheet: '2026-10-01' });
  });

  it('writes a Date the bundle built as its instant, shown in the spreadsheet’s zone', () => {
    const env = createAppsScriptEnvironment({ timeZone: 'America/Los_Angeles' });
    const code = bundle(`function write() {
      SpreadsheetApp.getActiveSpreadsheet().getActiveSheet().getRange('A1').setValue(new Date(2026, 10, 20));
    }`);
    loadAddonBundle(code, env).write?.();
    // Shanghai midnight of 20 November is 08:00 on the 19th in Los Angeles.
    const cell = env.book.sheets[0]?.get(1, 1) as Date;
    expect(cell.toISOString()).toBe('2026-11-19T08:00:00.000Z');
  });
});
