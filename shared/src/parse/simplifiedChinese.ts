/// <reference path="./opencc-dicts.d.ts" />
import TSCharacters from 'opencc-js/dict/TSCharacters';

// Traditional Chinese folded to simplified, one character at a time, for recognising words: a
// Hong Kong or Taiwan ledger's 客戶編號, 電郵 and 處理中 meet the simplified vocabulary (客户编号,
// 电邮, 处理中). Only the matching sees the folded text; a cell keeps what its user wrote.
//
// The table is OpenCC's character table (TSCharacters, from opencc-js), without its phrase
// tables: a key must fold the same way wherever it is met, and each simplified word of the
// vocabularies folds to itself. Characters outside the Basic Multilingual Plane are not folded.

/** The folded code of each BMP character the table folds (0: it folds to itself); built once. */
let table: Uint16Array | null = null;

/** The simplified form of a traditional character's code; any other code as it is. */
export function foldedCode(code: number): number {
  if (code < FIRST_CJK) return code;
  table ??= foldTable();
  return table[code] || code;
}

/**
 * The table, read from the dictionary in one pass over its text ("from to|from to|…") when the
 * first CJK character is met. Read directly rather than through opencc-js's converter: for one
 * character at a time its trie adds only the cost of building it (15 ms, where this pass takes
 * about 1), and the extension pays that on every page it reads. Keys or values outside the BMP
 * (surrogate pairs) are left out.
 */
function foldTable(): Uint16Array {
  const folds = new Uint16Array(0x10000);
  const keys: number[] = [];
  const dictionary = TSCharacters;
  for (let i = 0; i < dictionary.length; ) {
    const end = dictionary.indexOf('|', i);
    const next = end === -1 ? dictionary.length : end;
    // One BMP character, a space and one BMP character (a value may list more after a space).
    if (
      dictionary.charCodeAt(i + 1) === SPACE &&
      (next === i + 3 || dictionary.charCodeAt(i + 3) === SPACE)
    ) {
      const from = dictionary.charCodeAt(i);
      const to = dictionary.charCodeAt(i + 2);
      if (!isSurrogate(from) && !isSurrogate(to) && to !== from) {
        folds[from] = to;
        keys.push(from);
      }
    }
    i = next + 1;
  }
  // Folded again until it stays: a few characters fold to one that folds on (薴 → 苧 → 苎).
  for (const key of keys) {
    let fold = folds[key] ?? 0;
    for (let step = 0; (folds[fold] ?? 0) !== 0 && step < 3; step++) fold = folds[fold] ?? 0;
    folds[key] = fold;
  }
  return folds;
}

function isSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff;
}

const SPACE = 0x20;

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
