/**
 * In-memory doubles of the Apps Script services an editor add-on uses besides SpreadsheetApp:
 * PropertiesService, LockService, HtmlService, ScriptApp, MailApp, Session, Utilities and the
 * Ui. Limits and messages follow the Apps Script reference and quotas page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CallCounter } from './callCounter.ts';
import { ScriptError } from './spreadsheet.ts';

const PROPERTY_VALUE_LIMIT = 9 * 1024;
const PROPERTY_TOTAL_LIMIT = 500 * 1024;

export class PropertiesStore {
  readonly data = new Map<string, string>();
  api(calls: CallCounter, service: string) {
    const data = this.data;
    const total = () => [...data].reduce((n, [k, v]) => n + k.length + v.length, 0);
    const set = (key: string, value: string) => {
      const text = String(value);
      if (text.length > PROPERTY_VALUE_LIMIT) throw new ScriptError('Argument too large: value');
      const before = data.get(key);
      data.set(key, text);
      if (total() > PROPERTY_TOTAL_LIMIT) {
        if (before === undefined) data.delete(key);
        else data.set(key, before);
        throw new ScriptError(
          'You have exceeded the property storage quota. Please remove some properties and try again.',
        );
      }
    };
    const props = calls.wrap(service, {
      getProperty: (key: string) => data.get(key) ?? null,
      getProperties: () => Object.fromEntries(data),
      getKeys: () => [...data.keys()],
      setProperty: (key: string, value: string) => {
        set(key, value);
        return props;
      },
      setProperties: (values: Record<string, string>, deleteAllOthers = false) => {
        if (deleteAllOthers) data.clear();
        for (const [k, v] of Object.entries(values)) set(k, v);
        return props;
      },
      deleteProperty: (key: string) => {
        data.delete(key);
        return props;
      },
      deleteAllProperties: () => {
        data.clear();
        return props;
      },
    });
    return props;
  }
}

export interface Trigger {
  id: string;
  handler: string;
  kind: 'CLOCK' | 'ON_OPEN' | 'ON_EDIT';
  everyHours: number | null;
  everyDays: number | null;
  atHour: number | null;
}

export interface SentMail {
  to: string;
  subject: string;
  body: string;
  htmlBody?: string;
  name?: string;
}

export interface UiRecord {
  menus: { title: string; items: { caption: string; functionName: string }[] }[];
  alerts: { title: string; prompt: string }[];
  sidebars: { title: string; html: string }[];
  dialogs: { title: string; html: string }[];
}

export interface ServicesOptions {
  /** Folder holding the add-on's HTML files (dist/). */
  htmlDir: string;
  userEmail: string;
  userLocale: string;
  timeZone: string;
  mailQuota: number;
  /** Simulates another execution holding the document lock. */
  lockHeldElsewhere: boolean;
}

export function createServices(calls: CallCounter, options: ServicesOptions) {
  const properties = {
    document: new PropertiesStore(),
    user: new PropertiesStore(),
    script: new PropertiesStore(),
  };
  const triggers: Trigger[] = [];
  const mail: SentMail[] = [];
  const ui: UiRecord = { menus: [], alerts: [], sidebars: [], dialogs: [] };
  let locked = false;
  let nextTrigger = 1;

  const lock = () =>
    calls.wrap('Lock', {
      tryLock: (_ms: number) => {
        if (options.lockHeldElsewhere) return false;
        locked = true;
        return true;
      },
      waitLock: (_ms: number) => {
        if (options.lockHeldElsewhere)
          throw new ScriptError('Lock timeout: another process was holding the lock for too long.');
        locked = true;
      },
      releaseLock: () => {
        locked = false;
      },
      hasLock: () => locked,
    });

  const htmlOutput = (html: string) => {
    let title = '';
    let width = 300;
    const out = calls.wrap('HtmlOutput', {
      getContent: () => html,
      setTitle: (t: string) => {
        title = t;
        return out;
      },
      getTitle: () => title,
      setWidth: (w: number) => {
        width = w;
        return out;
      },
      getWidth: () => width,
      setXFrameOptionsMode: () => out,
    });
    return out;
  };

  const clockBuilder = (trigger: Trigger) => {
    const b = {
      everyHours: (n: number) => {
        if (![1, 2, 4, 6, 8, 12].includes(n))
          throw new ScriptError('The hour interval must be 1, 2, 4, 6, 8 or 12.');
        trigger.everyHours = n;
        return b;
      },
      everyMinutes: (_n: number) => {
        // Add-ons may run time-driven triggers at most once an hour.
        throw new ScriptError('Add-ons can only create time-based triggers that run at most once per hour.');
      },
      everyDays: (n: number) => {
        trigger.everyDays = n;
        return b;
      },
      atHour: (h: number) => {
        if (h < 0 || h > 23) throw new ScriptError('The hour must be between 0 and 23.');
        trigger.atHour = h;
        return b;
      },
      nearMinute: () => b,
      inTimezone: () => b,
      create: () => {
        triggers.push(trigger);
        return triggerApi(trigger);
      },
    };
    return b;
  };
  const triggerApi = (t: Trigger) =>
    calls.wrap('Trigger', {
      getHandlerFunction: () => t.handler,
      getUniqueId: () => t.id,
      getEventType: () => t.kind,
      getTriggerSource: () => 'CLOCK',
    });

  const button = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' } as const;

  const uiApi = () => {
    const menu = (title: string) => {
      const record = { title, items: [] as { caption: string; functionName: string }[] };
      const m = {
        addItem: (caption: string, functionName: string) => {
          record.items.push({ caption, functionName });
          return m;
        },
        addSeparator: () => m,
        addSubMenu: () => m,
        addToUi: () => {
          ui.menus.push(record);
        },
      };
      return m;
    };
    return calls.wrap('Ui', {
      createMenu: (title: string) => menu(title),
      createAddonMenu: () => menu('Add-on'),
      alert: (...args: unknown[]) => {
        const [title, prompt] = args.length >= 2 && typeof args[1] === 'string' ? args : ['', args[0]];
        ui.alerts.push({ title: String(title), prompt: String(prompt) });
        return button.OK;
      },
      showSidebar: (out: { getContent(): string; getTitle(): string }) => {
        ui.sidebars.push({ title: out.getTitle(), html: out.getContent() });
      },
      showModalDialog: (out: { getContent(): string }, title: string) => {
        ui.dialogs.push({ title, html: out.getContent() });
      },
      ButtonSet: { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' },
      Button: button,
    });
  };

  const globals = {
    PropertiesService: calls.wrap('PropertiesService', {
      getDocumentProperties: () => properties.document.api(calls, 'Properties'),
      getUserProperties: () => properties.user.api(calls, 'Properties'),
      getScriptProperties: () => properties.script.api(calls, 'Properties'),
    }),
    LockService: calls.wrap('LockService', {
      getDocumentLock: () => lock(),
      getScriptLock: () => lock(),
      getUserLock: () => lock(),
    }),
    HtmlService: calls.wrap('HtmlService', {
      createHtmlOutputFromFile: (name: string) =>
        htmlOutput(readFileSync(join(options.htmlDir, `${name}.html`), 'utf8')),
      createHtmlOutput: (html = '') => htmlOutput(html),
      XFrameOptionsMode: { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' },
    }),
    ScriptApp: calls.wrap('ScriptApp', {
      newTrigger: (handler: string) => ({
        timeBased: () =>
          clockBuilder({
            id: `trigger-${nextTrigger++}`,
            handler,
            kind: 'CLOCK',
            everyHours: null,
            everyDays: null,
            atHour: null,
          }),
      }),
      getProjectTriggers: () => triggers.map(triggerApi),
      getUserTriggers: () => triggers.map(triggerApi),
      deleteTrigger: (t: { getUniqueId(): string }) => {
        const i = triggers.findIndex((x) => x.id === t.getUniqueId());
        if (i >= 0) triggers.splice(i, 1);
      },
      AuthMode: { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION' },
      getOAuthToken: () => 'apps-script-token',
    }),
    MailApp: calls.wrap('MailApp', {
      getRemainingDailyQuota: () => options.mailQuota - mail.length,
      sendEmail: (...args: unknown[]) => {
        const message = (
          typeof args[0] === 'object'
            ? args[0]
            : { to: args[0], subject: args[1], body: args[2], ...(args[3] as object) }
        ) as SentMail;
        if (!message.to || !/@/.test(message.to)) throw new ScriptError(`Invalid email: ${message.to}`);
        if (mail.length >= options.mailQuota)
          throw new ScriptError('Service invoked too many times for one day: email.');
        mail.push(message);
      },
    }),
    Session: calls.wrap('Session', {
      getActiveUser: () => ({ getEmail: () => options.userEmail }),
      getEffectiveUser: () => ({ getEmail: () => options.userEmail }),
      getActiveUserLocale: () => options.userLocale,
      getScriptTimeZone: () => options.timeZone,
    }),
    Utilities: calls.wrap('Utilities', {
      formatDate: (date: Date, timeZone: string, pattern: string) => formatDate(date, timeZone, pattern),
      sleep: (_ms: number) => undefined,
      getUuid: () => crypto.randomUUID(),
    }),
    Charts: {
      ChartType: { PIE: 'PIE', COLUMN: 'COLUMN', BAR: 'BAR', LINE: 'LINE', AREA: 'AREA', TABLE: 'TABLE' },
    },
    Logger: { log: () => undefined },
  };
  return { globals, properties, triggers, mail, ui, uiApi };
}

/** Utilities.formatDate for the patterns add-ons use (yyyy, MM, dd, HH, mm, ss). */
function formatDate(date: Date, timeZone: string, pattern: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  return pattern
    .replace('yyyy', parts.year ?? '')
    .replace('MM', parts.month ?? '')
    .replace('dd', parts.day ?? '')
    .replace('HH', parts.hour ?? '')
    .replace('mm', parts.minute ?? '')
    .replace('ss', parts.second ?? '');
}
