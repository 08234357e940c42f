/**
 * Loads an Apps Script bundle (the exact dist/Code.js that clasp pushes) into a Node `vm`
 * context whose globals are the in-memory service doubles, and exposes what the doubles
 * recorded (sheets, menus, alerts, sidebars, mail, triggers, properties, call counts).
 */
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import vm from 'node:vm';
import { CallCounter } from './callCounter.ts';
import { createServices, type ServicesOptions } from './services.ts';
import { DataValidationBuilder, SpreadsheetModel, SpreadsheetService } from './spreadsheet.ts';

export interface EnvironmentOptions extends Partial<ServicesOptions> {
  spreadsheetName?: string;
  locale?: string;
}

export function createAppsScriptEnvironment(options: EnvironmentOptions = {}) {
  const calls = new CallCounter();
  const timeZone = options.timeZone ?? 'Asia/Shanghai';
  const book = new SpreadsheetModel(
    'spreadsheet-1',
    options.spreadsheetName ?? '客户管理',
    options.locale ?? 'zh_CN',
    timeZone,
  );
  const spreadsheets = new SpreadsheetService(book, calls);
  const services = createServices(calls, {
    htmlDir: options.htmlDir ?? '.',
    userEmail: options.userEmail ?? 'owner@example.com',
    userLocale: options.userLocale ?? options.locale ?? 'zh_CN',
    timeZone,
    mailQuota: options.mailQuota ?? 100,
    lockHeldElsewhere: options.lockHeldElsewhere ?? false,
  });
  const SpreadsheetApp = calls.wrap('SpreadsheetApp', {
    getActiveSpreadsheet: () => spreadsheets.spreadsheet(),
    getActive: () => spreadsheets.spreadsheet(),
    getUi: () => services.uiApi(),
    newDataValidation: () => new DataValidationBuilder(),
    flush: () => undefined,
    BorderStyle: { SOLID: 'SOLID', SOLID_MEDIUM: 'SOLID_MEDIUM' },
    WrapStrategy: { WRAP: 'WRAP', CLIP: 'CLIP', OVERFLOW: 'OVERFLOW' },
  });
  return { calls, book, SpreadsheetApp, ...services, globals: { SpreadsheetApp, ...services.globals } };
}

export type AppsScriptEnvironment = ReturnType<typeof createAppsScriptEnvironment>;

/**
 * Runs the bundle in a fresh context. `Date` is the host's, so Date cells from the doubles and
 * dates made by the bundle are one kind of object, as they are inside Apps Script.
 */
export function loadAddonBundle(codePath: string, env: AppsScriptEnvironment) {
  const code = readFileSync(codePath, 'utf8');
  const context = vm.createContext({ ...env.globals, console, Date, htmlDir: dirname(codePath) });
  vm.runInContext(code, context, { filename: codePath });
  return context as Record<string, (...args: unknown[]) => unknown>;
}
