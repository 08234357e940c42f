import { displayWidth } from '../files/writeTableFile.ts';
import { jsonPiecesForTerminal, terminalText } from './terminalText.ts';

/**
 * Prints a JSON document on stdout, and nothing else goes to stdout in --json mode. A long list
 * in it is written a few hundred entries at a time (see jsonPiecesForTerminal).
 */
export function printJson(value: unknown, indent = 2): void {
  for (const piece of jsonPiecesForTerminal(value, indent)) process.stdout.write(piece);
  process.stdout.write('\n');
}

/**
 * A line for people: on stdout normally, on stderr when stdout carries JSON. Lines quote cells
 * and pages, so escape sequences in them are removed before they reach the terminal.
 */
export function say(line: string, json = false): void {
  (json ? process.stderr : process.stdout).write(`${terminalText(line)}\n`);
}

/** `label 12 · label 3 · …` for a count per key, in the order of `keys`, skipping zeros. */
export function countLine<K extends string>(
  keys: readonly K[],
  counts: ReadonlyMap<K, number>,
  name: (key: K) => string,
): string {
  return keys
    .filter((key) => (counts.get(key) ?? 0) > 0)
    .map((key) => `${name(key)} ${counts.get(key)}`)
    .join(' · ');
}

/** Counts one more `key` in `counts`. */
export function countOne<K>(counts: Map<K, number>, key: K): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** `text` padded with spaces to `width` terminal columns (CJK characters take two). */
export function padDisplay(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}
