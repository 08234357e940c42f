/**
 * What Sheets stores when a value arrives through Range.setValues / setValue: strings are read
 * as if typed into the cell. `=…` is a formula, and so is `+…` that is not a number (`+1+1`);
 * `00423`, `1,234.5`, `+8613912345678` and `12%` are numbers; `2026-11-20` and `2026/11/20` are
 * dates (and `11/20/2026` in a US spreadsheet); TRUE/FALSE are booleans. A cell formatted as
 * plain text (`@`) or a leading apostrophe keeps the text as written.
 * https://developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object)
 * https://support.google.com/docs/answer/56470 (number formats: plain text)
 */
import { utcFields, wallClockOf } from './timeZones.ts';

/** A stored cell: a Date here is a wall clock of the spreadsheet's zone (see timeZones.ts). */
export type CellValue = string | number | boolean | Date;

export interface StoredCell {
  value: CellValue;
  formula: string | null;
}

export interface InputContext {
  /** The cell's number format is plain text (`@`). */
  plainText: boolean;
  locale: string;
  /** The spreadsheet's time zone: a Date object is stored as its wall clock there. */
  timeZone: string;
  /** False reads `=…` and `+…` as text, as an import that does not convert formulas does. */
  formulas?: boolean;
}

const NUMBER = /^([$¥￥€£])?([+-])?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)([eE][+-]?\d+)?(%)?$/;
const YMD = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const MDY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const ARITHMETIC = /^[\d\s.+\-*/()]+$/;

export function isDateObject(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** The cell Sheets keeps for one input value. */
export function typedInput(input: unknown, context: InputContext): StoredCell {
  if (input === null || input === undefined) return { value: '', formula: null };
  if (typeof input === 'number' || typeof input === 'boolean') return { value: input, formula: null };
  if (isDateObject(input)) {
    return { value: new Date(wallClockOf(input.getTime(), context.timeZone)), formula: null };
  }
  const text = String(input);
  if (context.plainText) return { value: text, formula: null };
  if (text.startsWith("'")) return { value: text.slice(1), formula: null };
  const formulas = context.formulas ?? true;
  if (formulas && text.length > 1 && text.startsWith('=')) return formula(text);
  const trimmed = text.trim();
  const number = parseNumber(trimmed);
  if (number !== null) return { value: number, formula: null };
  if (formulas && (/^\+\S/.test(trimmed) || (/^-\S/.test(trimmed) && ARITHMETIC.test(trimmed))))
    return formula(`=${trimmed}`);
  const date = parseDate(trimmed, context.locale);
  if (date !== null) return { value: date, formula: null };
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === 'true', formula: null };
  return { value: text, formula: null };
}

function parseNumber(text: string): number | null {
  const m = NUMBER.exec(text);
  if (!m) return null;
  const value = Number(`${m[3]?.replace(/,/g, '')}${m[4] ?? ''}`) * (m[2] === '-' ? -1 : 1);
  return m[5] ? value / 100 : value;
}

function parseDate(text: string, locale: string): Date | null {
  let m = YMD.exec(text);
  if (m)
    return calendarDate(+(m[1] ?? 0), +(m[2] ?? 0), +(m[3] ?? 0), +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
  m = locale === 'en_US' ? MDY.exec(text) : null;
  if (m) return calendarDate(+(m[3] ?? 0), +(m[1] ?? 0), +(m[2] ?? 0), 0, 0, 0);
  return null;
}

function calendarDate(y: number, m: number, d: number, h: number, mi: number, s: number): Date | null {
  if (m < 1 || m > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return null;
  const wall = utcFields(y, m - 1, d, h, mi, s);
  if (new Date(wall).getUTCDate() !== d) return null;
  return new Date(wall);
}

/**
 * HYPERLINK(url, [link_label]) with text arguments: the cell shows the label, else the URL.
 * https://support.google.com/docs/answer/3093313
 */
const HYPERLINK = /^HYPERLINK\(\s*"((?:[^"]|"")*)"\s*(?:[,;]\s*"((?:[^"]|"")*)"\s*)?\)$/i;

/** A formula cell: its value is computed for plain arithmetic and a HYPERLINK, an error otherwise. */
function formula(text: string): StoredCell {
  const body = text.slice(1);
  const link = HYPERLINK.exec(body.trim());
  if (link) return { value: (link[2] ?? link[1] ?? '').replaceAll('""', '"'), formula: text };
  const value = ARITHMETIC.test(body) ? evaluate(body) : null;
  return { value: value === null || !Number.isFinite(value) ? '#ERROR!' : value, formula: text };
}

/** + − × ÷, unary signs and parentheses, by recursive descent. */
function evaluate(expression: string): number | null {
  const tokens = expression.match(/\d+(?:\.\d+)?|\.\d+|[-+*/()]/g) ?? [];
  let i = 0;
  const peek = () => tokens[i];
  const factor = (): number => {
    const t = tokens[i++];
    if (t === '+') return factor();
    if (t === '-') return -factor();
    if (t === '(') {
      const v = sum();
      if (tokens[i++] !== ')') throw new SyntaxError('missing )');
      return v;
    }
    if (t === undefined || Number.isNaN(Number(t))) throw new SyntaxError(`unexpected ${t}`);
    return Number(t);
  };
  const product = (): number => {
    let v = factor();
    while (peek() === '*' || peek() === '/') v = tokens[i++] === '*' ? v * factor() : v / factor();
    return v;
  };
  const sum = (): number => {
    let v = product();
    while (peek() === '+' || peek() === '-') v = tokens[i++] === '+' ? v + product() : v - product();
    return v;
  };
  try {
    const v = sum();
    return i === tokens.length ? v : null;
  } catch {
    return null;
  }
}
