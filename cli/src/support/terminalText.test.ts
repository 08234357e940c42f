import { describe, expect, it } from 'vitest';
import { jsonForTerminal, terminalText } from './terminalText.ts';

describe('terminalText', () => {
  it.each([
    ['\u001b[31m张伟\u001b[0m', '张伟'],
    ['\u001b]8;;https://evil.example\u0007点我\u001b]8;;\u0007', '点我'],
    ['\u001b]0;window title\u0007Li Lei', 'Li Lei'],
    ['\u001b[2J\u001b[HLi', 'Li'],
    ['\u009b31mred', 'red'],
    ['ok\rFAKE', 'okFAKE'],
    ['bell\u0007 and NUL\u0000', 'bell and NUL'],
    ['admin\u202e\u2066txt.exe', 'admintxt.exe'],
    ['第一行\n\t第二行', '第一行\n\t第二行'],
    ['+86 139 1234 5678 · li@example.com', '+86 139 1234 5678 · li@example.com'],
  ])('%j prints as %j', (text, shown) => {
    expect(terminalText(text)).toBe(shown);
  });
});

describe('jsonForTerminal', () => {
  it('escapes what JSON leaves raw and a terminal acts on, and holds the same data', () => {
    const value = { name: '\u009b2J张伟\u202e', note: '\u001b[31m' };
    const json = jsonForTerminal(value);
    expect(json).toBe('{"name":"\\u009b2J张伟\\u202e","note":"\\u001b[31m"}');
    expect(JSON.parse(json)).toEqual(value);
  });
});
