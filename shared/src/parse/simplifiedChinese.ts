/// <reference path="./opencc-dicts.d.ts" />
import { CustomConverter } from 'opencc-js/core';
import TSCharacters from 'opencc-js/dict/TSCharacters';

/**
 * Traditional Chinese folded to simplified, one character at a time, for recognising words: a
 * Hong Kong or Taiwan ledger's 客戶編號, 電郵 and 處理中 meet the simplified vocabulary (客户编号,
 * 电邮, 处理中). Only the matching sees the folded text; a cell keeps what its user wrote.
 *
 * The table is OpenCC's character table (TSCharacters, through opencc-js), without its phrase
 * tables: a key must fold the same way wherever it is met, and each simplified word of the
 * vocabularies folds to itself. Characters outside the Basic Multilingual Plane are not folded.
 */
let convert: ((text: string) => string) | null = null;

/** The folded code of each BMP character met so far (0: not asked yet). */
const folded = new Uint16Array(0x10000);

/** The simplified form of a traditional character's code; any other code as it is. */
export function foldedCode(code: number): number {
  if (code < FIRST_CJK || (code >= 0xd800 && code <= 0xdfff)) return code;
  const known = folded[code] ?? 0;
  if (known !== 0) return known;
  convert ??= CustomConverter(TSCharacters);
  // Folded again until it stays: a few characters of the table fold to one that folds on (苧 → 苎).
  let fold = code;
  for (let step = 0; step < 3; step++) {
    const out = convert(String.fromCharCode(fold));
    if (out.length !== 1 || out.charCodeAt(0) === fold) break;
    fold = out.charCodeAt(0);
  }
  folded[code] = fold;
  return fold;
}

/** True when `text` holds a traditional character that folds to another. */
export function hasTraditional(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= FIRST_CJK && foldedCode(code) !== code) return true;
  }
  return false;
}

/** `text` with its traditional characters folded to simplified; the same string when it has none. */
export function foldTraditional(text: string): string {
  if (!hasTraditional(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(foldedCode(text.charCodeAt(i)));
  return out;
}

/** The first code of CJK Extension A (U+3400); no traditional character of the table is below it. */
const FIRST_CJK = 0x3400;
