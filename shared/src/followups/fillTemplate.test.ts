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

  it.each([
    ['{name}您好', { name: 'Hannah Lim' }, 'Hannah Lim 您好'],
    [
      '感谢您及{company}的支持',
      { company: 'Acme Trading Co., Ltd.' },
      '感谢您及 Acme Trading Co., Ltd. 的支持',
    ],
    ['{name}您好', { name: '王芳' }, '王芳您好'],
    ['感谢您{date}的订购', { date: '2026年11月20日' }, '感谢您2026年11月20日的订购'],
    ['已有 {days} 天', { days: 12 }, '已有 12 天'],
    ['Dear {name},', { name: 'Ms. Müller' }, 'Dear Ms. Müller,'],
  ])('spaces Latin text from Han characters: %s', (template, values, expected) => {
    expect(fillTemplate(template, values)).toBe(expected);
  });
});
