import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { SheetGrid } from '../jobs/sheetGrid.ts';
import type { IsoDate } from '../model/dates.ts';
import { LANGUAGES, type Language } from '../model/keys.ts';
import type { Cell } from '../model/table.ts';
import { cellToText } from '../parse/cellToText.ts';
import { SHEET_NAMES } from '../sheets/sheetNames.ts';
import { type PersonKey, personKeyText } from './personKey.ts';

/** What a person asked for (个人信息保护法 art. 44–47: access, copy, deletion). */
export const PERSON_REQUESTS = ['find', 'export', 'erase'] as const;
export type PersonRequest = (typeof PERSON_REQUESTS)[number];

export const LOG_COLUMNS = [
  'date',
  'request',
  'keyKind',
  'keyHash',
  'hashMethod',
  'places',
  'rowsDeleted',
  'cellsChanged',
  'sheets',
] as const;
export type LogColumn = (typeof LOG_COLUMNS)[number];

const LOG_LABELS: Record<Language, Record<LogColumn, string>> = {
  zh: {
    date: '日期',
    request: '请求类型',
    keyKind: '标识类型',
    keyHash: '标识哈希',
    hashMethod: '哈希方法',
    places: '找到的位置',
    rowsDeleted: '删除的行',
    cellsChanged: '清除或改写的单元格',
    sheets: '涉及的工作表数',
  },
  en: {
    date: 'Date',
    request: 'Request',
    keyKind: 'Key kind',
    keyHash: 'Key hash',
    hashMethod: 'Hash method',
    places: 'Places found',
    rowsDeleted: 'Rows deleted',
    cellsChanged: 'Cells emptied or rewritten',
    sheets: 'Sheets changed',
  },
};

const REQUEST_LABELS: Record<Language, Record<PersonRequest, string>> = {
  zh: { find: '查阅', export: '导出副本', erase: '删除' },
  en: { find: 'Access', export: 'Copy', erase: 'Erasure' },
};

const KEY_KIND_LABELS: Record<Language, Record<PersonKey['kind'], string>> = {
  zh: { email: '邮箱', phone: '电话', wechat: '微信', id: '客户编号', account: '平台账号' },
  en: { email: 'Email', phone: 'Phone', wechat: 'WeChat', id: 'Customer ID', account: 'Platform account' },
};

/**
 * Whether a sheet is the personal data log, by its name in either language and any letter case:
 * Google Sheets and Excel keep one sheet per name regardless of case, so a log someone retyped
 * as "personal data log" is the log, and a second one beside it could not be made.
 */
export function isPersonalDataLogName(name: string): boolean {
  const folded = name.trim().toLowerCase();
  return LANGUAGES.some((l) => SHEET_NAMES.personalDataLog[l].toLowerCase() === folded);
}

/** The log's header in a language. */
export function personalDataLogHeader(language: Language): string[] {
  return LOG_COLUMNS.map((column) => LOG_LABELS[language][column]);
}

export interface KeyHash {
  hash: string;
  method: 'SHA-256' | 'HMAC-SHA-256';
}

/**
 * The hash the log keeps instead of the key: SHA-256 of the normalised key (`phone:+86139…`), or
 * HMAC-SHA-256 with a secret the user keeps elsewhere. A plain hash lets whoever holds the key
 * check the entry, and can be reversed by trying every phone number; the keyed hash cannot be
 * without the secret (FIPS 180-4; RFC 2104).
 */
export function hashPersonKey(key: PersonKey, secret?: string | null): KeyHash {
  const message = utf8Bytes(personKeyText(key));
  if (secret) return { hash: bytesToHex(hmac(sha256, utf8Bytes(secret), message)), method: 'HMAC-SHA-256' };
  return { hash: bytesToHex(sha256(message)), method: 'SHA-256' };
}

/**
 * UTF-8 bytes of a text (RFC 3629), written out because Apps Script's V8 has no TextEncoder, which
 * @noble/hashes' utf8ToBytes needs; a lone surrogate becomes U+FFFD as TextEncoder makes it.
 */
export function utf8Bytes(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const ch of text) {
    let code = ch.codePointAt(0) ?? 0xfffd;
    if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd;
    if (code < 0x80) bytes.push(code);
    else if (code < 0x800) bytes.push(0xc0 | (code >> 6), 0x80 | (code & 63));
    else if (code < 0x10000) bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
    else
      bytes.push(
        0xf0 | (code >> 18),
        0x80 | ((code >> 12) & 63),
        0x80 | ((code >> 6) & 63),
        0x80 | (code & 63),
      );
  }
  return Uint8Array.from(bytes);
}

export interface LogEntryInput {
  date: IsoDate;
  request: PersonRequest;
  key: PersonKey;
  secret?: string | null;
  places: number;
  rowsDeleted: number;
  cellsChanged: number;
  sheets: number;
}

/** Where and what to append: the log sheet's name, its header when it is new, and the entry row. */
export interface LogAppend {
  sheet: string;
  /** The header to write first, when the workbook has no log yet. */
  header: string[] | null;
  row: Cell[];
}

/**
 * One entry of the personal data log (个人信息处理记录): when, which request, which kind of key,
 * its hash, and how much was found and changed. No name, email, phone or id is written. An
 * existing log (in either language) is appended to; otherwise one is started in `language`.
 */
export function personalDataLogAppend(
  sheets: readonly Pick<SheetGrid, 'name'>[],
  input: LogEntryInput,
  language: Language,
): LogAppend {
  const existing = sheets.find((s) => isPersonalDataLogName(s.name));
  const hash = hashPersonKey(input.key, input.secret);
  const row: Cell[] = [
    input.date,
    REQUEST_LABELS[language][input.request],
    KEY_KIND_LABELS[language][input.key.kind],
    hash.hash,
    hash.method,
    input.places,
    input.rowsDeleted,
    input.cellsChanged,
    input.sheets,
  ];
  return existing
    ? { sheet: existing.name, header: null, row }
    : { sheet: SHEET_NAMES.personalDataLog[language], header: personalDataLogHeader(language), row };
}

/** The rows of a grid after an append (for files): the header if new, then the entry below the last row. */
export function appendToLogGrid(grid: SheetGrid | undefined, append: LogAppend): SheetGrid {
  const rows = grid ? grid.rows.map((r) => [...r]) : [];
  while (rows.length > 0 && (rows[rows.length - 1] ?? []).every((c) => cellToText(c).trim() === ''))
    rows.pop();
  if (append.header && rows.length === 0) rows.push(append.header);
  rows.push(append.row);
  return { name: append.sheet, rows };
}
