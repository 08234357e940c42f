import { jaroWinkler } from './jaroWinkler.ts';
import type { PersonName } from './normalizePersonName.ts';
import { toleratedTypos, withinTypos } from './typoDistance.ts';

/** Latin names at least this similar (Jaro-Winkler) count as the same person at the same company. */
export const NAME_SIMILARITY_THRESHOLD = 0.85;

/** How two names relate, when they may belong to one person. */
export interface NameMatch {
  similarity: number;
  /**
   * A Chinese name that differs in one given-name character (张伟/张玮, 王小明/王晓明): a typo
   * or a homophone, but just as likely a colleague, so it needs a shared city or title as well.
   */
  needsCorroboration: boolean;
}

/**
 * Compares two normalised names; null when they are clearly different.
 *
 * Chinese names are too short for string similarity (Jaro-Winkler of 张伟/张玮 is 0.7, of any two
 * different two-character names at most that): they match when identical, or with corroboration
 * when the surname (first character) and the length agree and exactly one other character differs.
 * Latin names match at Jaro-Winkler ≥ 0.85; when both have the same number (≥ 2) of words, every
 * word must match in the written, reversed (`Li Wei` / `Wei Li`) or sorted order, so that `John
 * Smith` and `Jane Smith` (0.87 as whole strings) stay apart. Jaro-Winkler rewards a shared prefix
 * (Michael / Michelle: 0.92), so each compared string must also be within typing-error distance
 * (one edit, two from nine characters). A Chinese and a Latin name never match.
 */
export function compareNames(a: PersonName, b: PersonName): NameMatch | null {
  if (a.key === b.key) return { similarity: 1, needsCorroboration: false };
  if (a.cjk !== b.cjk) return null;
  if (a.cjk)
    return oneGivenNameCharacterApart(a.key, b.key)
      ? { similarity: jaroWinkler(a.key, b.key), needsCorroboration: true }
      : null;
  const similarity = latinSimilarity(a, b);
  return similarity >= NAME_SIMILARITY_THRESHOLD ? { similarity, needsCorroboration: false } : null;
}

// By code points, so a rare character outside the BMP (e.g. 𠮷) counts once.
function oneGivenNameCharacterApart(a: string, b: string): boolean {
  let differences = 0;
  let characters = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const ca = a.codePointAt(i) ?? 0;
    const cb = b.codePointAt(j) ?? 0;
    if (ca !== cb) {
      if (characters === 0 || ++differences > 1) return false;
    }
    characters++;
    i += ca > 0xffff ? 2 : 1;
    j += cb > 0xffff ? 2 : 1;
  }
  return i === a.length && j === b.length && characters >= 2 && differences === 1;
}

function latinSimilarity(a: PersonName, b: PersonName): number {
  const ta = withoutInitials(a.tokens);
  const tb = withoutInitials(b.tokens);
  if (ta.length >= 2 && ta.length === tb.length) {
    return Math.max(
      weakestWord(ta, tb),
      weakestWord(ta, [...tb].reverse()),
      weakestWord([...ta].sort(), [...tb].sort()),
    );
  }
  return typoSimilarity(a.key, b.key);
}

// Jaro-Winkler, or 0 when the strings are more than a typo or two apart.
function typoSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const similarity = jaroWinkler(a, b);
  if (similarity < NAME_SIMILARITY_THRESHOLD) return similarity;
  return withinTypos(a, b, toleratedTypos(Math.max(a.length, b.length))) ? similarity : 0;
}

// A middle initial (`John A. Smith`) should not decide whether the words line up.
function withoutInitials(tokens: string[]): string[] {
  const words = tokens.filter((token) => token.length > 1);
  return words.length > 0 ? words : tokens;
}

function weakestWord(a: string[], b: string[]): number {
  let weakest = 1;
  for (let i = 0; i < a.length && weakest >= NAME_SIMILARITY_THRESHOLD; i++) {
    weakest = Math.min(weakest, typoSimilarity(a[i] ?? '', b[i] ?? ''));
  }
  return weakest;
}
