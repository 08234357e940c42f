import { decodeEntities } from './text.ts';

// JSON-LD blocks on real pages are often not valid JSON: trailing commas, // and /* */ comments,
// HTML entities (&quot;), raw line breaks inside strings, CDATA/comment wrappers, or several
// objects in one <script>. The extractor tolerates all of them: a broken block still names people.

/** Every JSON value that can be recovered from `text` (empty when none). Never throws. */
export function parseLenientJson(text: string): unknown[] {
  const stripped = withoutClosingWrapper(text.trim().replace(/^(?:\/\/\s*)?(?:<!--|<!\[CDATA\[)\s*/, ''));
  const whole = tryParse(stripped);
  if (whole.ok) return [whole.value];
  const cleaned = cleanJson(stripped);
  const again = tryParse(cleaned);
  if (again.ok) return [again.value];
  if (/&(?:quot|#34|#x22);/i.test(stripped)) {
    const decoded = tryParse(cleanJson(decodeEntities(stripped)));
    if (decoded.ok) return [decoded.value];
  }
  // Several objects one after the other ({…}{…} or {…},{…}): parse each balanced block.
  const values: unknown[] = [];
  for (const block of topLevelBlocks(cleaned)) {
    const one = tryParse(block);
    if (one.ok) values.push(one.value);
  }
  return values;
}

/**
 * The text without a closing `-->` or `]]>` (perhaps after //) and the white space before it.
 * Read off the end with endsWith: a `\s*(…)$` pattern is tried from every space of a long run.
 */
function withoutClosingWrapper(text: string): string {
  for (const closer of ['-->', ']]>']) {
    if (!text.endsWith(closer)) continue;
    const before = text.slice(0, -closer.length).trimEnd();
    return before.endsWith('//') ? before.slice(0, -2).trimEnd() : before;
  }
  return text;
}

type Parsed = { ok: true; value: unknown } | { ok: false };

function tryParse(text: string): Parsed {
  if (text === '') return { ok: false };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** Drops comments and trailing commas and escapes raw control characters inside strings. */
function cleanJson(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (inString) {
      if (c === '\\') {
        out += c + (text[i + 1] ?? '');
        i++;
      } else if (c === '"') {
        inString = false;
        out += c;
      } else if (c === '\n' || c === '\r' || c === '\t') out += ' ';
      else out += c;
      continue;
    }
    if (c === '"') {
      inString = true;
      out += c;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      i = close < 0 ? text.length : close + 1;
    } else if (c === ',') {
      let j = i + 1;
      while (j < text.length && /\s/.test(text[j] as string)) j++;
      if (text[j] !== '}' && text[j] !== ']') out += c;
    } else out += c;
  }
  return out;
}

/** Balanced top-level {…} and […] blocks, skipping anything between them. */
function topLevelBlocks(text: string): string[] {
  const blocks: string[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = depth > 0;
    else if (c === '{' || c === '[') {
      if (depth === 0) start = i;
      depth++;
    } else if ((c === '}' || c === ']') && depth > 0) {
      depth--;
      if (depth === 0 && start >= 0) blocks.push(text.slice(start, i + 1));
    }
  }
  return blocks;
}
