import { stripVTControlCharacters } from 'node:util';

/**
 * Characters that make a terminal do something instead of showing text: C0 controls other than
 * tab and line feed (a carriage return rewrites the line, BEL ends an OSC sequence), DEL, the C1
 * controls (U+009B opens a CSI sequence like ESC [), and the bidirectional overrides and isolates
 * that reorder what is shown (CVE-2021-42574, "Trojan Source").
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Operating system commands (ECMA-48 §8.3.89: ESC ] or OSC … ended by BEL or ST): window titles,
 * OSC 8 links, clipboard writes. Removed whole, whatever their text, up to their terminator.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: ESC and BEL delimit the sequence.
const OSC = /(?:\u001B\]|\u009D)[^\u0007\u001B\u009C]*(?:\u0007|\u001B\\|\u009C)/g;

/**
 * Text from cells, pages or file names made safe to print: OSC sequences and the other ANSI
 * escape sequences (colours, cursor moves; with Node's own stripVTControlCharacters) removed,
 * then any control character left over. Line breaks and tabs stay.
 */
export function terminalText(text: string): string {
  return stripVTControlCharacters(text.replace(OSC, '')).replace(CONTROL, '');
}

/** What JSON.stringify leaves raw although a terminal may act on it: DEL, C1, bidi controls. */
const JSON_UNSAFE = /[\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** `json` with the characters a terminal acts on escaped (see jsonPiecesForTerminal). */
function terminalJsonPiece(json: string): string {
  // Most pieces hold none: one search is cheaper than a replace, which copies the piece.
  if (json.search(JSON_UNSAFE) < 0) return json;
  return json.replace(JSON_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Elements of a long array given to one piece of jsonPiecesForTerminal: about 50 KB of customers. */
export const JSON_ARRAY_PIECE = 256;

/**
 * JSON for stdout, JSON.stringify(value, null, indent)'s text in pieces to be written one after
 * another. JSON.stringify escapes C0 controls (ESC is \\u001b) but not DEL, C1 or the bidi
 * controls; those are escaped too, so the document holds the same data and a terminal showing it
 * acts on none of it. A long array (more than `perPiece` elements) of the document's own objects
 * is given a piece per `perPiece` elements, so a document of many customers is never one string.
 * As one string, the CLV predictions for 23,570 customers were a 9 MB two-byte string (the notes
 * hold α and γ) that was copied whole to be encoded for the pipe; in pieces, printing them took
 * 40-80 ms less.
 */
export function* jsonPiecesForTerminal(
  value: unknown,
  indent = 0,
  perPiece = JSON_ARRAY_PIECE,
): Generator<string> {
  // JSON.stringify indents by at most 10 spaces.
  const gap = ' '.repeat(Math.min(10, Math.max(0, Math.floor(indent))));
  for (const piece of jsonPieces(value, gap, '', perPiece)) yield terminalJsonPiece(piece);
}

/**
 * The pieces of JSON.stringify(value, null, gap.length) for a value written at the indentation
 * `margin`. Only plain arrays and objects are taken apart (what toJSON or JSON.stringify's other
 * rules would change is given whole), so the pieces joined are exactly JSON.stringify's text.
 */
function* jsonPieces(value: unknown, gap: string, margin: string, perPiece: number): Generator<string> {
  if (!holdsLongArray(value, perPiece)) {
    yield indented(JSON.stringify(value, null, gap.length), margin);
    return;
  }
  const inner = margin + gap;
  const open = gap === '' ? '' : `\n${inner}`;
  const comma = gap === '' ? ',' : `,\n${inner}`;
  const close = gap === '' ? '' : `\n${margin}`;
  const list = value instanceof JsonList ? value : Array.isArray(value) ? new JsonList(value, same) : null;
  if (list !== null) {
    const { items, map } = list;
    for (let start = 0; start < items.length; start += perPiece) {
      const elements = items.slice(start, start + perPiece);
      // JSON.stringify of the slice gives its elements as they appear in the whole array
      // (undefined and functions as null), between brackets to take off.
      const text = JSON.stringify(map === same ? elements : elements.map(map), null, gap.length);
      const body = gap === '' ? text.slice(1, -1) : text.slice(2 + gap.length, -2);
      yield `${start === 0 ? `[${open}` : comma}${indented(body, margin)}`;
    }
    yield `${close}]`;
    return;
  }
  let first = true;
  for (const [key, property] of Object.entries(value as object)) {
    const name = `${JSON.stringify(key)}:${gap === '' ? '' : ' '}`;
    if (holdsLongArray(property, perPiece)) {
      yield `${first ? `{${open}` : comma}${name}`;
      yield* jsonPieces(property, gap, inner, perPiece);
    } else {
      const text = JSON.stringify(property, null, gap.length);
      if (text === undefined) continue; // undefined, a function or a symbol: left out, as JSON.stringify does
      yield `${first ? `{${open}` : comma}${name}${indented(text, inner)}`;
    }
    first = false;
  }
  yield first ? '{}' : `${close}}`;
}

/**
 * A list in a document for jsonPiecesForTerminal whose elements are made from `items` by `map`
 * only as they are written: a long list is then never held whole as JSON values beside the items
 * it is made from, only a piece's worth at a time. The `crm clv --json` customers were 23,570
 * objects made at once, kept while the whole document was printed. JSON.stringify gives it as the
 * array of every item mapped.
 */
export class JsonList<T, U> {
  constructor(
    readonly items: readonly T[],
    readonly map: (item: T) => U,
  ) {}

  toJSON(): U[] {
    return this.items.map((item) => this.map(item));
  }
}

const same = <T>(item: T): T => item;

/** Whether `value` is a plain array or object that is, or holds, an array of more than `perPiece` elements. */
function holdsLongArray(value: unknown, perPiece: number): boolean {
  if (value instanceof JsonList) return value.items.length > perPiece;
  if (typeof value !== 'object' || value === null || 'toJSON' in value) return false;
  if (Array.isArray(value))
    return Object.getPrototypeOf(value) === Array.prototype && value.length > perPiece;
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return false;
  return Object.values(value).some((property) => holdsLongArray(property, perPiece));
}

/** JSON text placed at indentation `margin`: its line breaks (never inside a string) carry the margin. */
function indented(text: string, margin: string): string {
  return margin === '' ? text : text.replaceAll('\n', `\n${margin}`);
}
