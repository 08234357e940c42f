/**
 * The realm a bundle runs in, as Apps Script V8 gives it: its own built-ins (a Date made here is
 * `instanceof Date` inside the bundle, a host Date is not), and a local time zone that is the
 * script's (appsscript.json `timeZone`), whatever the machine's. Local Date getters and
 * `new Date(y, m, d)` therefore read and build wall clocks of the script's zone, not the
 * spreadsheet's. https://developers.google.com/apps-script/concepts/manifests (timeZone)
 *
 * Node's vm contexts share the process's local zone, so the context's Date is replaced by a
 * subclass whose local methods go through the script's zone; UTC methods, toISOString and
 * JSON are the built-in ones.
 */
import vm from 'node:vm';
import { instantOf, wallClockOf } from './timeZones.ts';

/** Installed inside the context; `zone` is the script's time zone. */
const SCRIPT_DATE_SOURCE = String.raw`(function install(toWall, toInstant, zone) {
  const NativeDate = Date;
  const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/;
  const HAS_ZONE = /(Z|[+-]\d{2}:?\d{2}|GMT|UTC)\s*$/i;
  const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
  const wall = (t) => new NativeDate(toWall(t, zone));
  function parse(text) {
    const m = LOCAL_DATE_TIME.exec(text);
    if (m) {
      const w = NativeDate.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +(m[6] || 0), +((m[7] || '0').padEnd(3, '0')));
      return toInstant(w, zone);
    }
    const t = NativeDate.parse(text);
    if (Number.isNaN(t) || DATE_ONLY.test(text) || HAS_ZONE.test(text)) return t;
    // Read by the host as a local time of the host: the same wall clock in the script's zone.
    return toInstant(t - new NativeDate(t).getTimezoneOffset() * 60000, zone);
  }
  function setLocal(date, setter, args) {
    const w = wall(date.getTime());
    NativeDate.prototype[setter].apply(w, args);
    return NativeDate.prototype.setTime.call(date, toInstant(w.getTime(), zone));
  }
  const pad = (n, w = 2) => String(Math.abs(n)).padStart(w, '0');
  class ScriptDate extends NativeDate {
    constructor(...args) {
      if (args.length === 0) super();
      else if (args.length === 1) {
        const a = args[0];
        if (typeof a === 'string') super(parse(a));
        else super(a instanceof NativeDate ? a.getTime() : a);
      } else {
        const [y, mo, d = 1, h = 0, mi = 0, s = 0, ms = 0] = args.map(Number);
        super(toInstant(NativeDate.UTC(y, mo, d, h, mi, s, ms), zone));
      }
    }
    static parse(text) { return parse(String(text)); }
    getTimezoneOffset() { return -(toWall(this.getTime(), zone) - this.getTime()) / 60000; }
    getFullYear() { return wall(this.getTime()).getUTCFullYear(); }
    getYear() { return this.getFullYear() - 1900; }
    getMonth() { return wall(this.getTime()).getUTCMonth(); }
    getDate() { return wall(this.getTime()).getUTCDate(); }
    getDay() { return wall(this.getTime()).getUTCDay(); }
    getHours() { return wall(this.getTime()).getUTCHours(); }
    getMinutes() { return wall(this.getTime()).getUTCMinutes(); }
    getSeconds() { return wall(this.getTime()).getUTCSeconds(); }
    getMilliseconds() { return wall(this.getTime()).getUTCMilliseconds(); }
    setFullYear(...a) { return setLocal(this, 'setUTCFullYear', a); }
    setMonth(...a) { return setLocal(this, 'setUTCMonth', a); }
    setDate(...a) { return setLocal(this, 'setUTCDate', a); }
    setHours(...a) { return setLocal(this, 'setUTCHours', a); }
    setMinutes(...a) { return setLocal(this, 'setUTCMinutes', a); }
    setSeconds(...a) { return setLocal(this, 'setUTCSeconds', a); }
    setMilliseconds(...a) { return setLocal(this, 'setUTCMilliseconds', a); }
    toString() {
      if (Number.isNaN(this.getTime())) return 'Invalid Date';
      return this.toDateString() + ' ' + this.toTimeString();
    }
    toDateString() {
      const w = wall(this.getTime());
      return w.toUTCString().slice(0, 3) + ' ' + w.toUTCString().slice(8, 11) + ' ' + pad(w.getUTCDate()) + ' ' + pad(w.getUTCFullYear(), 4);
    }
    toTimeString() {
      const w = wall(this.getTime());
      const offset = -this.getTimezoneOffset();
      const sign = offset < 0 ? '-' : '+';
      return pad(w.getUTCHours()) + ':' + pad(w.getUTCMinutes()) + ':' + pad(w.getUTCSeconds()) +
        ' GMT' + sign + pad(Math.trunc(offset / 60)) + pad(offset % 60) + ' (' + zone + ')';
    }
    toLocaleString(locales, options) { return NativeDate.prototype.toLocaleString.call(this, locales, { timeZone: zone, ...options }); }
    toLocaleDateString(locales, options) { return NativeDate.prototype.toLocaleDateString.call(this, locales, { timeZone: zone, ...options }); }
    toLocaleTimeString(locales, options) { return NativeDate.prototype.toLocaleTimeString.call(this, locales, { timeZone: zone, ...options }); }
  }
  globalThis.Date = ScriptDate;
})`;

export interface ScriptRealm {
  context: vm.Context;
  /** The realm's Date: what a bundle's `instanceof Date` checks against. */
  Date: DateConstructor;
  timeZone: string;
}

/** A fresh context whose Date lives in the script's time zone. */
export function createScriptRealm(timeZone: string): ScriptRealm {
  const context = vm.createContext({});
  const install = vm.runInContext(SCRIPT_DATE_SOURCE, context) as (
    toWall: typeof wallClockOf,
    toInstant: typeof instantOf,
    zone: string,
  ) => void;
  install(wallClockOf, instantOf, timeZone);
  return { context, Date: vm.runInContext('Date', context) as DateConstructor, timeZone };
}
