import { splitNameNote } from '../parse/nameNote.ts';
import { foldTraditional } from '../parse/simplifiedChinese.ts';

/** A person's name prepared for comparison. */
export interface PersonName {
  /**
   * NFKC, lower-case, Latin accents dropped, in simplified characters (陳大文 and 陈大文 are one
   * name written two ways), no spaces, dots or other separators.
   */
  key: string;
  /** The name's words (Latin names), in the order written; one token for Chinese names. */
  tokens: string[];
  /** Written in Han characters only (e.g. 张伟), compared character by character. */
  cjk: boolean;
}

const PLAIN_HAN = /^[\u4e00-\u9fff]+$/;
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof']);

/**
 * Prepares a name for duplicate detection; null when nothing is left. A note in brackets at its
 * end is not part of the name (张伟（老客户） is 张伟), unless the brackets are all there is.
 */
export function normalizePersonName(text: string | null): PersonName | null {
  if (text === null) return null;
  text = splitNameNote(text).name;
  // Fast path for the common case, a plain Chinese name (most of a 100k-row table).
  if (PLAIN_HAN.test(text)) {
    const key = foldTraditional(text);
    return { key, tokens: [key], cjk: true };
  }
  const plain = foldTraditional(
    text
      .normalize('NFKD')
      // Drop accents on Latin letters only (José = Jose); kana voicing marks must stay.
      .replace(/(?<=\p{Script=Latin})\p{M}+/gu, '')
      .normalize('NFKC')
      .toLowerCase()
      .replace(/['’`]/g, ''),
  );
  const tokens = plain.split(/[\s\p{P}\p{S}]+/u).filter((token) => token !== '');
  while (tokens.length > 1 && HONORIFICS.has(tokens[0] ?? '')) tokens.shift();
  const key = tokens.join('');
  if (key === '') return null;
  const cjk = /^\p{Script=Han}+$/u.test(key);
  return { key, tokens: cjk ? [key] : tokens, cjk };
}
