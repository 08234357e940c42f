/**
 * The word of `words` that `text` ends with (after trailing white space), and the text before
 * it with the white space before the word removed too: `1.2 万` → `万` and `1.2`. The same as
 * `text.replace(/\s*(?:word|…)$/, '')` but linear: a regular expression of that shape is tried
 * from every white-space character of a long run, which is quadratic in the run's length.
 * `words` are tried in order, so list the longest first.
 */
export function endingWord(
  text: string,
  words: readonly string[],
  ignoreCase = false,
): { word: string; before: string } | null {
  const trimmed = text.trimEnd();
  const compared = ignoreCase ? trimmed.toLowerCase() : trimmed;
  const wanted = ignoreCase ? lowerCased(words) : words;
  for (let i = 0; i < words.length; i++) {
    if (compared.endsWith(wanted[i] as string)) {
      const word = words[i] as string;
      return { word, before: trimmed.slice(0, trimmed.length - word.length).trimEnd() };
    }
  }
  return null;
}

/** Callers pass the same constant lists cell after cell: lower-case each list once. */
const LOWER_CASED = new WeakMap<readonly string[], readonly string[]>();

function lowerCased(words: readonly string[]): readonly string[] {
  let lower = LOWER_CASED.get(words);
  if (lower === undefined) {
    lower = words.map((word) => word.toLowerCase());
    LOWER_CASED.set(words, lower);
  }
  return lower;
}

/**
 * `text` without the characters at its end that `pattern` (one character) matches: the linear
 * form of `text.replace(/[…]+$/, '')`, which a long run of such characters inside the text makes
 * quadratic (the pattern is tried from every character of the run).
 */
export function trimEndMatching(text: string, pattern: RegExp): string {
  let end = text.length;
  while (end > 0 && pattern.test(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}
