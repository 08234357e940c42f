import { describe, expect, it } from 'vitest';
import { fillTemplate } from './fillTemplate.ts';

describe('fillTemplate', () => {
  it('fills every placeholder, repeated ones included', () => {
    expect(
      fillTemplate('{holiday}将至，祝您{holiday}快乐，{name}', { holiday: '中秋节', name: '王总' }),
    ).toBe('中秋节将至，祝您中秋节快乐，王总');
  });

  it('takes values before the fallback and numbers as written', () => {
    expect(fillTemplate('{a}-{b}-{c}', { a: 1, b: 'x' }, { b: 'ignored', c: 0 })).toBe('1-x-0');
  });

  it('leaves an unknown placeholder visible instead of writing undefined', () => {
    expect(fillTemplate('Dear {salutation}, {missing}', { salutation: 'Mr. Smith' })).toBe(
      'Dear Mr. Smith, {missing}',
    );
  });

  it('does not re-scan inserted values', () => {
    expect(fillTemplate('{company}', { company: '{name} Ltd' })).toBe('{name} Ltd');
  });

  it('returns a template without placeholders unchanged', () => {
    expect(fillTemplate('感谢您的支持！', {})).toBe('感谢您的支持！');
  });
});
