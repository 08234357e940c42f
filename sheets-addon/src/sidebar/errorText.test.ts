import { describe, expect, it } from 'vitest';
import { errorText } from './errorText.ts';
import { ScriptRunUnavailableError } from './ScriptRunUnavailableError.ts';
import { TEXTS } from './texts.ts';

describe('errorText', () => {
  it('says in the sidebar language that google.script.run is missing', () => {
    expect(errorText(new ScriptRunUnavailableError(), TEXTS.zh)).toBe(TEXTS.zh.scriptRunUnavailable);
    expect(errorText(new ScriptRunUnavailableError(), TEXTS.en)).toBe(TEXTS.en.scriptRunUnavailable);
  });

  it.each([
    [new Error('没有找到客户表'), '没有找到客户表'],
    ['Exceeded maximum execution time', 'Exceeded maximum execution time'],
  ])('shows a server failure as the server worded it', (error, text) => {
    expect(errorText(error, TEXTS.en)).toBe(text);
  });
});
