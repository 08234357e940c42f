// Pattern sources built from lists of words: currency marks, total labels, stand-ins for @.

/** `text` as it stands in a pattern's source: its special characters escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[$()*+.?[\\\]^{|}]/g, '\\$&');
}

/**
 * Words as a pattern's alternatives, escaped, the longest first: MOP$ is read whole, not as MOP,
 * and pavisam kopā before kopā.
 */
export function alternationOf(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
}
