/**
 * Loads an Apps Script bundle (the exact dist/Code.js that clasp pushes, with the appsscript.json
 * beside it) into its own realm whose globals are the in-memory service doubles, and exposes what
 * the doubles recorded (spreadsheets, menus, alerts, sidebars, mail, triggers, properties, call
 * counts). The manifest decides the scopes every call is checked against and the script's time
 * zone, which the realm's Date lives in.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import vm from 'node:vm';
import ts from 'typescript';
import { cacheService } from './cache.ts';
import { CallCounter } from './callCounter.ts';
import { propertiesService } from './properties.ts';
import { checkScopes } from './scopes.ts';
import { scriptAppService } from './scriptApp.ts';
import { ScriptError } from './scriptError.ts';
import { createScriptRealm } from './scriptRealm.ts';
import { createServices } from './services.ts';
import { SpreadsheetObjects, spreadsheetAppApi } from './spreadsheetApp.ts';
import { SpreadsheetModel } from './spreadsheetModel.ts';
import { uiService } from './ui.ts';
import { World } from './world.ts';

export interface SpreadsheetOptions {
  spreadsheetName?: string;
  /** The spreadsheet's locale (zh_CN unless told). */
  locale?: string;
  /** The spreadsheet's time zone (File → Settings), Asia/Shanghai unless told. */
  timeZone?: string;
  /** Owner of the file; protections never stop the owner (default: the user). */
  owner?: string;
}

export interface EnvironmentOptions extends SpreadsheetOptions {
  /** Folder holding the add-on's HTML files (dist/). */
  htmlDir?: string;
  userEmail?: string;
  userLocale?: string;
  /** The script's zone until a manifest says otherwise. */
  scriptTimeZone?: string;
  mailQuota?: number;
  lockHeldElsewhere?: boolean;
  /** The add-on's name in its Marketplace listing: the title of its menu under Extensions. */
  addonName?: string;
}

export function createAppsScriptEnvironment(options: EnvironmentOptions = {}) {
  const calls = new CallCounter();
  const user = options.userEmail ?? 'owner@example.com';
  const world = new World(
    calls,
    user,
    options.userLocale ?? options.locale ?? 'zh_CN',
    options.scriptTimeZone ?? 'Asia/Shanghai',
  );
  calls.guard = (key) => {
    if (world.scopes) checkScopes(key, world.scopes);
  };
  const objects = new SpreadsheetObjects(world);
  const addSpreadsheet = (o: SpreadsheetOptions = {}) => {
    const book = new SpreadsheetModel(
      `spreadsheet-${world.books.length + 1}`,
      o.spreadsheetName ?? '客户管理',
      o.locale ?? 'zh_CN',
      o.timeZone ?? 'Asia/Shanghai',
      user,
      o.owner,
    );
    world.books.push(book);
    return book;
  };
  const book = addSpreadsheet(options);
  world.execution = { kind: 'document', book };
  const properties = propertiesService(world);
  const cache = cacheService(world);
  const scriptApp = scriptAppService(world);
  const ui = uiService(world, options.addonName ?? 'CRM Toolkit');
  const services = createServices(world, {
    htmlDir: options.htmlDir ?? '.',
    mailQuota: options.mailQuota ?? 100,
    lockHeldElsewhere: options.lockHeldElsewhere ?? false,
  });
  const SpreadsheetApp = spreadsheetAppApi(world, objects, ui.api);
  return {
    world,
    calls,
    /** The first spreadsheet, the one the user has open unless openDocument says otherwise. */
    book,
    SpreadsheetApp,
    ui: ui.ui,
    uiApi: ui.api,
    mail: services.mail,
    triggers: scriptApp.triggers,
    properties: {
      get document() {
        return properties.documentStore(book.id);
      },
      documentOf: (b: SpreadsheetModel) => properties.documentStore(b.id),
      user: properties.user,
      script: properties.script,
    },
    documentCache: (b: SpreadsheetModel = book) => cache.documentStore(b.id),
    addSpreadsheet,
    /** The user works in this spreadsheet now: menus and sidebar calls run in it. */
    openDocument(b: SpreadsheetModel) {
      world.execution = { kind: 'document', book: b };
    },
    globals: {
      SpreadsheetApp,
      PropertiesService: properties.api,
      CacheService: cache.api,
      ScriptApp: scriptApp.api,
      ...services.globals,
    },
  };
}

export type AppsScriptEnvironment = ReturnType<typeof createAppsScriptEnvironment>;
export type AddonFunctions = Record<string, ((...args: unknown[]) => unknown) | undefined>;

interface Manifest {
  timeZone?: string;
  oauthScopes?: string[];
}

/**
 * Runs the bundle in a fresh realm. The appsscript.json next to it (as clasp pushes them
 * together) sets the script's time zone and the scopes every call is checked against.
 */
export function loadAddonBundle(codePath: string, env: AppsScriptEnvironment): AddonFunctions {
  const manifestPath = join(dirname(codePath), 'appsscript.json');
  if (existsSync(manifestPath)) {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
    if (manifest.timeZone) env.world.scriptTimeZone = manifest.timeZone;
    if (manifest.oauthScopes) env.world.scopes = new Set(manifest.oauthScopes);
  }
  const realm = createScriptRealm(env.world.scriptTimeZone);
  env.world.realmDate = realm.Date;
  // A service failure reaches the script as an Error of its own realm, named Exception.
  const RealmError = vm.runInContext('Error', realm.context) as ErrorConstructor;
  env.calls.realmError = (error) => {
    if (!(error instanceof ScriptError)) return error;
    const translated = new RealmError(error.message);
    translated.name = 'Exception';
    return translated;
  };
  const intrinsics = (
    vm.runInContext('Object.getOwnPropertyNames(globalThis)', realm.context) as string[]
  ).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name) && !['eval', 'arguments'].includes(name));
  Object.assign(realm.context, env.globals, { console });
  vm.runInContext(withIntrinsicsBound(readFileSync(codePath, 'utf8'), intrinsics), realm.context, {
    filename: codePath,
  });
  return realm.context as AddonFunctions;
}

/**
 * The bundle as it runs in Apps Script, but with the realm's built-ins (Math, Number, Map, the
 * script's Date …) read once into parameters of a wrapper. A node:vm context answers every global
 * lookup through an interceptor, which makes `Math.abs` in a hot loop over a hundred times slower
 * than in an ordinary V8 global such as Apps Script's, and would make the add-on's own CPU time
 * (and the benchmark's Apps Script estimate) mostly the double's. The script's top-level
 * declarations are put back on the global object, where Apps Script finds them. Services stay
 * globals read when called, so a test can still change them.
 */
function withIntrinsicsBound(code: string, intrinsics: readonly string[]): string {
  const exports = topLevelDeclarations(code)
    .map(
      (name) =>
        `Object.defineProperty(globalThis, ${JSON.stringify(name)}, { get: () => ${name}, set: (v) => { ${name} = v; }, enumerable: true });`,
    )
    .join(' ');
  // The wrapper opens on the code's first line, so stack traces keep the bundle's line numbers.
  return `(function (${intrinsics.join(', ')}) {${code}\n${exports}\n}).call(globalThis, ${intrinsics.join(', ')});`;
}

const declarationsOf = new Map<string, string[]>();

/** The names a script's top-level function and var declarations put on the global object. */
function topLevelDeclarations(code: string): string[] {
  let names = declarationsOf.get(code);
  if (names === undefined) {
    const source = ts.createSourceFile('Code.js', code, ts.ScriptTarget.ES2022, false, ts.ScriptKind.JS);
    names = source.statements.flatMap((statement) => {
      if (ts.isFunctionDeclaration(statement)) return statement.name ? [statement.name.text] : [];
      if (!ts.isVariableStatement(statement) || statement.declarationList.flags & ts.NodeFlags.BlockScoped)
        return [];
      return statement.declarationList.declarations.flatMap((d) =>
        ts.isIdentifier(d.name) ? [d.name.text] : [],
      );
    });
    declarationsOf.set(code, names);
  }
  return names;
}

/**
 * Fires a time-driven trigger as Apps Script does at its hour: the handler runs with the
 * time-driven event object, outside any document (no active spreadsheet, document properties,
 * document lock or UI). https://developers.google.com/apps-script/guides/triggers/events#time-driven_events
 */
export function fireTrigger(env: AppsScriptEnvironment, addon: AddonFunctions, triggerId: string): unknown {
  const trigger = env.triggers.find((t) => t.id === triggerId);
  if (!trigger) throw new Error(`No trigger ${triggerId}`);
  const handler = addon[trigger.handler];
  if (!handler) throw new Error(`The bundle has no function ${trigger.handler}`);
  const before = env.world.execution;
  env.world.execution = { kind: 'time-trigger', book: null };
  const now = new Date();
  try {
    return handler({
      authMode: 'FULL',
      triggerUid: trigger.id,
      timezone: 'UTC',
      year: now.getUTCFullYear(),
      month: now.getUTCMonth() + 1,
      'day-of-month': now.getUTCDate(),
      hour: now.getUTCHours(),
      minute: now.getUTCMinutes(),
      second: now.getUTCSeconds(),
    });
  } finally {
    env.world.execution = before;
  }
}
