// Makes a bundle esbuild wrote pure ASCII. esbuild escapes non-ASCII characters in strings,
// templates and names (its default charset), but leaves them raw in regular-expression literals
// (/(?:先生|女士)$/), in the raw text of tagged templates (String.raw`[(（]`, where an escape
// would change the text) and in comments. A file with a single non-ASCII character is decoded by Node
// into a two-byte string, twice the memory of an ASCII one and slower to read and compile at every
// start; so those characters are rewritten as escapes that mean the same.
//
// acorn parses the bundle, so that a regular expression is told from a division, a string or a
// template exactly as a JavaScript engine tells them; only the regular expressions, String.raw
// templates and comments it reports are changed, and anything non-ASCII elsewhere fails the build.
import { decode, encode } from '@jridgewell/sourcemap-codec';
import { getLineInfo, parse, tokTypes } from 'acorn';

/**
 * @typedef {{ start: number, end: number, text: string }} Edit  The input's characters
 *   [start, end) (UTF-16 offsets) replaced by `text`; never spans or adds a line break.
 */

/**
 * The bundle `code` with every non-ASCII character of its regular-expression literals, String.raw
 * templates and comments written as an escape, and the edits made. Lines keep their numbers: no
 * line break is added or removed. A changed line grows (`中` → `\u4E2D`, 5 columns more);
 * `shiftSourceMap` moves the source map's columns to match.
 *
 * Throws, naming `file`, line and column, when a non-ASCII character stands anywhere else (a
 * string, a template, a name: esbuild stopped escaping it), when a comment or template holds a
 * line separator (U+2028, U+2029: rewritten, it would no longer end a line), or when the code does
 * not parse.
 * @param {string} code
 * @param {{ file: string, sourceType: 'script' | 'module' }} options
 * @returns {{ code: string, edits: Edit[] }}
 */
export function asciiOnly(code, { file, sourceType }) {
  /** @type {Edit[]} */
  const edits = [];
  if (isAscii(code, 0, code.length)) return { code, edits };
  const fail = (offset, what) => {
    const { line, column } = getLineInfo(code, offset);
    const cp = code.codePointAt(offset) ?? 0;
    const char = String.fromCodePoint(cp);
    // The character itself too, when it shows (not a space, separator or control character).
    const shown = /[\p{L}\p{M}\p{N}\p{P}\p{S}]/u.test(char) ? ` "${char}"` : '';
    const name = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}${shown}`;
    throw new Error(`${file}:${line}:${column + 1}: ${name} ${what}; the bundle must be ASCII.`);
  };
  const noLineSeparator = (start, end, where) => {
    for (let i = start; i < end; i++) {
      const unit = code.charCodeAt(i);
      if (unit === 0x2028 || unit === 0x2029) fail(i, `in ${where} (a line separator)`);
    }
  };
  let program;
  try {
    program = parse(code, {
      ecmaVersion: 'latest',
      sourceType,
      allowHashBang: true,
      // CommonJS: the file is run inside a function, where a top-level return is allowed.
      allowReturnOutsideFunction: sourceType === 'script',
      onToken(token) {
        if (token.type !== tokTypes.regexp || isAscii(code, token.start, token.end)) return;
        const { pattern, flags } = token.value;
        // The pattern starts after the opening slash; flags are ASCII letters.
        escapePattern(pattern, /[uv]/.test(flags), token.start + 1, edits);
      },
      onComment(_block, text, start, end) {
        if (isAscii(code, start, end)) return;
        noLineSeparator(start, end, 'a comment');
        // The text starts after `//` or `/*`.
        const textStart = start + 2;
        for (let i = 0; i < text.length; ) {
          const cp = /** @type {number} */ (text.codePointAt(i));
          const width = cp > 0xffff ? 2 : 1;
          if (cp >= 0x80)
            edits.push({ start: textStart + i, end: textStart + i + width, text: escapeCodePoint(cp, true) });
          i += width;
        }
      },
    });
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    throw new Error(`${file}: acorn cannot parse the bundle (${error.message}), so it cannot be made ASCII.`);
  }

  const rawTemplates = [];
  const bindsString = forEachNode(program, (node) => {
    if (
      node.type === 'TaggedTemplateExpression' &&
      isStringRaw(node.tag) &&
      !isAscii(code, node.quasi.start, node.quasi.end)
    )
      rawTemplates.push(node.quasi);
  });
  for (const quasi of rawTemplates) {
    if (bindsString)
      fail(
        firstNonAscii(code, quasi.start, quasi.end),
        'in a String.raw template, where a binding named String may hide the built-in',
      );
    noLineSeparator(quasi.start, quasi.end, 'a String.raw template');
    for (const element of quasi.quasis) escapeRawText(code, element.start, element.end, edits);
  }
  edits.sort((a, b) => a.start - b.start);

  let out = '';
  let at = 0;
  const nonAscii = /[^\0-\x7F]/g;
  for (const edit of [...edits, { start: code.length, end: code.length, text: '' }]) {
    nonAscii.lastIndex = at;
    const found = nonAscii.exec(code);
    if (found !== null && found.index < edit.start)
      fail(
        found.index,
        'outside any regular expression, String.raw template or comment (esbuild escapes those in strings, templates and names)',
      );
    out += code.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return { code: out, edits };
}

/** Whether a tag is `String.raw` (the built-in, unless a binding named String hides it). */
function isStringRaw(tag) {
  return (
    tag.type === 'MemberExpression' &&
    !tag.computed &&
    tag.object.type === 'Identifier' &&
    tag.object.name === 'String' &&
    tag.property.type === 'Identifier' &&
    tag.property.name === 'raw'
  );
}

/**
 * Adds to `edits`, for the raw text [start, end) of a String.raw template, each run of non-ASCII
 * characters as a substitution of a string literal holding them: String.raw`年${"\u6708"}` is the
 * text "年月" as String.raw`年月` is. An escape in the raw text itself would not do: String.raw
 * keeps `\u6708` as six characters. A backslash before the run (an escape in the template) goes
 * into the literal with it, as before `${` it would escape the dollar sign.
 */
function escapeRawText(code, start, end, edits) {
  let escaping = false;
  /** The run of non-ASCII characters being read: where it starts and ends, and their escapes. */
  let run = null;
  const endRun = () => {
    if (run !== null) edits.push({ start: run.start, end: run.end, text: `\${"${run.escapes}"}` });
    run = null;
  };
  for (let i = start; i < end; ) {
    const cp = /** @type {number} */ (code.codePointAt(i));
    const width = cp > 0xffff ? 2 : 1;
    if (cp < 0x80) {
      endRun();
      escaping = !escaping && cp === 0x5c;
    } else {
      run ??= escaping ? { start: i - 1, end: i, escapes: '\\\\' } : { start: i, end: i, escapes: '' };
      run.escapes += escapeCodePoint(cp, true);
      run.end = i + width;
      escaping = false;
    }
    i += width;
  }
  endRun();
}

/**
 * Calls `visit` on every node of the tree under `root`, and tells whether any of them declares a
 * binding named String (a variable, function, class, parameter, catch or import), which would
 * make `String.raw` something else than the built-in.
 */
function forEachNode(root, visit) {
  let bindsString = false;
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    visit(node);
    for (const key of BINDINGS[node.type] ?? []) {
      for (const target of [node[key]].flat())
        if (target && boundNames(target).includes('String')) bindsString = true;
    }
    for (const key in node) {
      const value = node[key];
      if (Array.isArray(value)) {
        for (const child of value) if (child !== null && typeof child?.type === 'string') stack.push(child);
      } else if (value !== null && typeof value?.type === 'string') stack.push(value);
    }
  }
  return bindsString;
}

/** Per node type, the fields that declare bindings (patterns or identifiers). */
const BINDINGS = {
  VariableDeclarator: ['id'],
  FunctionDeclaration: ['id', 'params'],
  FunctionExpression: ['id', 'params'],
  ArrowFunctionExpression: ['params'],
  ClassDeclaration: ['id'],
  ClassExpression: ['id'],
  CatchClause: ['param'],
  ImportSpecifier: ['local'],
  ImportDefaultSpecifier: ['local'],
  ImportNamespaceSpecifier: ['local'],
};

/** The names a binding pattern declares. */
function boundNames(pattern) {
  switch (pattern.type) {
    case 'Identifier':
      return [pattern.name];
    case 'ObjectPattern':
      return pattern.properties.flatMap((p) => boundNames(p.type === 'RestElement' ? p.argument : p.value));
    case 'ArrayPattern':
      return pattern.elements.flatMap((e) => (e === null ? [] : boundNames(e)));
    case 'RestElement':
      return boundNames(pattern.argument);
    case 'AssignmentPattern':
      return boundNames(pattern.left);
    default:
      return [];
  }
}

/**
 * Adds to `edits` an escape for each non-ASCII character of a regular expression's pattern, which
 * starts at `offset` in the file. `\uXXXX` for a character of the Basic Multilingual Plane; above
 * it `\u{XXXXX}` in Unicode mode (the u or v flag), else the two UTF-16 halves, which is what the
 * raw character is to a pattern without those flags. Escapes mean the character itself anywhere a
 * character may stand: in and out of classes, in v-mode set operations and `\q{…}`, in group
 * names (`(?<名>…)`, where an escaped surrogate pair is one name character).
 */
function escapePattern(pattern, unicodeMode, offset, edits) {
  let escaping = false;
  for (let i = 0; i < pattern.length; ) {
    const cp = /** @type {number} */ (pattern.codePointAt(i));
    const width = cp > 0xffff ? 2 : 1;
    if (cp < 0x80) {
      // A backslash escapes the next character, unless it is itself escaped (`\\`).
      escaping = !escaping && cp === 0x5c;
    } else {
      // Without the u flag, `\中` is an identity escape: the character itself. The backslash goes
      // with it, as `\\u4E2D` would be a backslash followed by "u4E2D".
      const start = escaping ? i - 1 : i;
      edits.push({ start: offset + start, end: offset + i + width, text: escapeCodePoint(cp, unicodeMode) });
      escaping = false;
    }
    i += width;
  }
}

/** The escape for code point `cp`: `\uXXXX`, or above U+FFFF `\u{XXXXX}` (braces) or two `\uXXXX`. */
function escapeCodePoint(cp, braces) {
  const hex = (n, digits) => n.toString(16).toUpperCase().padStart(digits, '0');
  if (cp <= 0xffff) return `\\u${hex(cp, 4)}`;
  if (braces) return `\\u{${hex(cp, 5)}}`;
  const pair = String.fromCodePoint(cp);
  return `\\u${hex(pair.charCodeAt(0), 4)}\\u${hex(pair.charCodeAt(1), 4)}`;
}

function isAscii(code, start, end) {
  return firstNonAscii(code, start, end) === -1;
}

function firstNonAscii(code, start, end) {
  for (let i = start; i < end; i++) if (code.charCodeAt(i) >= 0x80) return i;
  return -1;
}

/**
 * The source map `mapJson` of `code` (esbuild's), with its generated columns moved to match the
 * text after `edits`: on each line, a position after an escape moves right by what the escapes
 * before it added. Columns count UTF-16 code units, as esbuild and V8 count them.
 * @param {string} mapJson
 * @param {string} code
 * @param {readonly Edit[]} edits  sorted by start, as `asciiOnly` returns them
 * @returns {string}
 */
export function shiftSourceMap(mapJson, code, edits) {
  if (edits.length === 0) return mapJson;
  const map = JSON.parse(mapJson);
  const lines = decode(map.mappings);
  let line = 0;
  let lineStart = 0;
  let lineEnd = code.indexOf('\n');
  /** Per line: the edits on it, as [column where it starts, how many columns it adds]. */
  const shifts = new Map();
  for (const edit of edits) {
    while (lineEnd !== -1 && lineEnd < edit.start) {
      line++;
      lineStart = lineEnd + 1;
      lineEnd = code.indexOf('\n', lineStart);
    }
    const list = shifts.get(line) ?? [];
    list.push([edit.start - lineStart, edit.text.length - (edit.end - edit.start)]);
    shifts.set(line, list);
  }
  for (const [number, list] of shifts) {
    for (const segment of lines[number] ?? []) {
      const column = segment[0];
      for (const [start, added] of list) if (start < column) segment[0] += added;
    }
  }
  map.mappings = encode(lines);
  return JSON.stringify(map);
}
