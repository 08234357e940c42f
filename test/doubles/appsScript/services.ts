/**
 * In-memory doubles of the smaller services an editor add-on uses: LockService, HtmlService,
 * MailApp, Session, Utilities, Charts and Logger. Limits and messages follow the Apps Script
 * reference and quotas page; what has no document in a time-driven trigger (the document lock)
 * is null there. https://developers.google.com/apps-script/reference/lock/lock-service
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ScriptError } from './scriptError.ts';
import type { World } from './world.ts';

export interface SentMail {
  to: string;
  subject: string;
  body: string;
  htmlBody?: string;
  name?: string;
}

export interface ServicesOptions {
  /** Folder holding the add-on's HTML files (dist/). */
  htmlDir: string;
  mailQuota: number;
  /** Simulates another execution holding the document lock. */
  lockHeldElsewhere: boolean;
}

export function createServices(world: World, options: ServicesOptions) {
  const { calls } = world;
  const mail: SentMail[] = [];
  let locked = false;

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

  const globals = {
    LockService: calls.wrap('LockService', {
      getDocumentLock: () => (world.activeBook() ? lock() : null),
      getScriptLock: () => lock(),
      getUserLock: () => lock(),
    }),
    HtmlService: calls.wrap('HtmlService', {
      createHtmlOutputFromFile: (name: string) =>
        htmlOutput(readFileSync(join(options.htmlDir, `${name}.html`), 'utf8')),
      createHtmlOutput: (html = '') => htmlOutput(html),
      XFrameOptionsMode: { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' },
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
      // The active user is unknown to a trigger (it runs as whoever made it).
      getActiveUser: () => ({ getEmail: () => (world.inTrigger() ? '' : world.user) }),
      getEffectiveUser: () => ({ getEmail: () => world.user }),
      getActiveUserLocale: () => world.userLocale,
      getScriptTimeZone: () => world.scriptTimeZone,
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
  return { globals, mail };
}

/** Utilities.formatDate for the SimpleDateFormat letters add-ons use (yyyy, MM, dd, HH, mm, ss). */
function formatDate(date: Date, timeZone: string, pattern: string): string {
  if (Object.prototype.toString.call(date) !== '[object Date]')
    throw new ScriptError(
      "The parameters (String,String,String) don't match the method signature for Utilities.formatDate.",
    );
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
