import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../model/keys.ts';
import type { CellIssue } from '../model/table.ts';
import { CellReader } from './cellReader.ts';
import type { ReaderProblem } from './readerProblem.ts';
import { READER_TEXTS, readerProblemText } from './readerTexts.ts';

/** One problem of every code: a code added to ReaderProblem without an example does not compile. */
const EXAMPLES: { [P in ReaderProblem as P['code']]: P } = {
  'future-date': { code: 'future-date', value: 'order-date', date: '2026-04-01', today: '2026-03-01' },
  negative: { code: 'negative', value: 'total-spend', number: -50 },
  'not-whole': { code: 'not-whole', value: 'order-count', number: 2.5 },
  'first-after-last': { code: 'first-after-last', first: '2025-12-01', last: '2025-01-01' },
  'no-orders-yet-purchase': { code: 'no-orders-yet-purchase', date: '2026-01-01' },
  'closed-before-opened': { code: 'closed-before-opened', closed: '2026-02-10', opened: '2026-02-20' },
  'order-without-customer': { code: 'order-without-customer' },
  'order-without-date': { code: 'order-without-date' },
  'order-without-amount': { code: 'order-without-amount' },
  'complaint-without-customer': { code: 'complaint-without-customer' },
  'complaint-unknown-customer': { code: 'complaint-unknown-customer', id: 'C999' },
  'orders-unknown-customer': { code: 'orders-unknown-customer', id: 'C999', orders: 2, amount: 25 },
  'order-without-contact': { code: 'order-without-contact', by: 'email' },
  'orders-ambiguous-contact': {
    code: 'orders-ambiguous-contact',
    by: 'name',
    id: 'Zhang Wei',
    orders: 2,
    amount: 1200,
    rows: [4, 9],
  },
  'orders-unknown-contact': {
    code: 'orders-unknown-contact',
    by: 'phone',
    id: '13900000000',
    orders: 1,
    amount: 88,
  },
  'orders-unknown-account': { code: 'orders-unknown-account', id: 'tb_lixiao', orders: 3, amount: 240 },
  'orders-ambiguous-customer': {
    code: 'orders-ambiguous-customer',
    id: 'Ｃ００１',
    orders: 3,
    amount: 960,
    matches: [
      { row: 2, id: 'C001' },
      { row: 5, id: 'c001' },
    ],
  },
  'orders-scientific-customer': {
    code: 'orders-scientific-customer',
    id: '1.23457E+11',
    orders: 1,
    amount: 80,
  },
  'complaint-ambiguous-customer': {
    code: 'complaint-ambiguous-customer',
    id: 'Ｃ００１',
    matches: [
      { row: 2, id: 'C001' },
      { row: 5, id: 'c001' },
    ],
  },
  'complaint-scientific-customer': { code: 'complaint-scientific-customer', id: '1.23457E+11' },
  'id-written-differently': { code: 'id-written-differently', id: 'Ｃ００１', other: { row: 2, id: 'C001' } },
  'id-differs-in-case': { code: 'id-differs-in-case', id: 'c001', other: { row: 2, id: 'C001' } },
  'formula-without-value': { code: 'formula-without-value', formula: 'F5*G5' },
};

const HAN = /\p{Script=Han}/u;

describe('reader texts', () => {
  it('has a text in every language for every problem code, and no other', () => {
    const codes = Object.keys(EXAMPLES).sort();
    for (const language of LANGUAGES) {
      expect(Object.keys(READER_TEXTS[language].problems).sort()).toEqual(codes);
    }
  });

  it.each(Object.values(EXAMPLES))('words $code in Chinese and in English', (problem) => {
    const zh = readerProblemText(problem, 'zh');
    const en = readerProblemText(problem, 'en');
    expect(zh).toMatch(HAN);
    expect(en).not.toMatch(HAN);
    expect(en).toMatch(/[a-z]{2}/);
  });

  it.each<[Language, string]>([
    ['zh', '客户编号 C999 不在客户表中：其 2 笔订单（合计 25）未计入统计'],
    [
      'en',
      '2 orders (total 25) for customer id C999, which is not in the customer table; left out of the statistics',
    ],
  ])('words orders of an unknown customer (%s)', (language, message) => {
    expect(readerProblemText(EXAMPLES['orders-unknown-customer'], language)).toBe(message);
  });

  it.each<[Language, string]>([
    ['zh', '第 2 列'],
    ['en', 'column 2'],
  ])('names a cell beyond the header by its place (%s)', (language, column) => {
    const issues: CellIssue[] = [];
    const read = new CellReader(['客户编号'], issues, 'customers', '2026-03-01', {}, language);
    read.at(2, ['C001', '-3']).amount(1, 'order-count');
    expect(issues).toEqual([
      {
        row: 2,
        column,
        value: '-3',
        message: readerProblemText({ code: 'negative', value: 'order-count', number: -3 }, language),
        kind: 'negative',
      },
    ]);
  });
});
