import { describe, expect, it } from 'vitest';
import { parseBirthday } from './parseBirthday.ts';

describe('parseBirthday on lunar birthdays (农历)', () => {
  it.each([
    ['农历三月初五', 'L--03-05'],
    ['1990年农历三月初五', 'L1990-03-05'],
    ['1990-03-05（农历）', 'L1990-03-05'],
    ['1990-03-05 (农历)', 'L1990-03-05'],
    ['农历 1990/3/5', 'L1990-03-05'],
    ['阴历3月5日', 'L--03-05'],
    ['農曆正月初一', 'L--01-01'],
    ['农历腊月廿三', 'L--12-23'],
    ['农历冬月十九', 'L--11-19'],
    ['农历二月三十', 'L--02-30'],
    ['农历八月二十', 'L--08-20'],
    ['农历九月初十', 'L--09-10'],
    // A leap month's birthday is kept on the ordinary month's day.
    ['农历闰四月初八', 'L--04-08'],
    ['2020年农历闰四月初八', 'L2020-04-08'],
    ['農曆閏六月十五', 'L--06-15'],
    ['农历闰2月1日', 'L--02-01'],
  ])('reads %j as %s', (cell, expected) => {
    expect(parseBirthday(cell)).toEqual({ ok: true, value: expected });
  });

  it.each([
    '农历',
    '农历十三月初一',
    '农历三月三十一',
    '农历三月',
    '1990-13-05 农历',
    '农历下个月',
    '农历闰月',
    '农历闰闰四月初八',
    `农历三月初五${' '.repeat(40)}前后`,
  ])('refuses %j as a birthday', (cell) => {
    expect(parseBirthday(cell)).toEqual({ ok: false, problem: { code: 'birthday-expected', text: cell } });
  });

  it('still reads a Gregorian birthday as before', () => {
    expect(parseBirthday('1990-03-05')).toEqual({ ok: true, value: '1990-03-05' });
    expect(parseBirthday('3月5日')).toEqual({ ok: true, value: '--03-05' });
  });
});
