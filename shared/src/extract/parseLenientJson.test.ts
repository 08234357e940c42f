import { describe, expect, it } from 'vitest';
import { parseLenientJson } from './parseLenientJson.ts';

describe('parseLenientJson', () => {
  it.each([
    ['valid JSON', '{"name":"王芳"}', [{ name: '王芳' }]],
    ['a trailing comma', '{"name":"A",}', [{ name: 'A' }]],
    ['a trailing comma in an array', '{"a":[1,2,],}', [{ a: [1, 2] }]],
    ['line and block comments', '// plugin\n{ /* x */ "name": "A" // y\n}', [{ name: 'A' }]],
    ['HTML entities', '{&quot;name&quot;:&quot;A &amp; B&quot;}', [{ name: 'A & B' }]],
    ['a raw line break in a string', '{"name":"A\nB"}', [{ name: 'A B' }]],
    ['a CDATA wrapper', '//<![CDATA[\n{"name":"A"}\n//]]>', [{ name: 'A' }]],
    ['several objects', '{"name":"A"}\n{"name":"B"}', [{ name: 'A' }, { name: 'B' }]],
    ['several objects with commas', '{"name":"A"},{"name":"B",}', [{ name: 'A' }, { name: 'B' }]],
    ['a comment marker inside a string', '{"url":"https://x.com/a"}', [{ url: 'https://x.com/a' }]],
  ])('recovers %s', (_, text, expected) => {
    expect(parseLenientJson(text)).toEqual(expected);
  });

  it.each([
    ['empty text', ''],
    ['plain text', 'not json at all'],
    ['an unclosed object', '{"name":'],
  ])('returns nothing for %s', (_, text) => {
    expect(parseLenientJson(text)).toEqual([]);
  });
});
