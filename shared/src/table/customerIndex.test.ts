import { describe, expect, it } from 'vitest';
import { emptyCustomerRecord } from '../model/records.ts';
import { CustomerIndex } from './customerIndex.ts';

const IDS = [
  'C000001',
  ' C000002 ',
  'C000001',
  '1001',
  '001002',
  null,
  '客户甲',
  'CUSTOMER-2024-000017',
  'c000001',
];
const index = new CustomerIndex(IDS.map((id, i) => emptyCustomerRecord(i + 2, { id })));

describe('CustomerIndex', () => {
  it.each([
    ['C000001', 0, 'the first of two rows with one id'],
    ['c000001', 8, 'case matters'],
    ['C000002', 1, 'the id of a cell written with spaces'],
    ['  C000002', 1, 'an order id written with spaces'],
    ['1001', 3, 'a numeric id'],
    ['1001.0', 3, 'a numeric id as a number cell shows it'],
    ['0001001', 3, 'a numeric id with leading zeros'],
    ['1002', 4, 'a numeric id written with leading zeros in the table'],
    ['客户甲', 6, 'an id in Chinese'],
    ['CUSTOMER-2024-000017', 7, 'a long id'],
    ['C000003', -1, 'an id not in the table'],
    ['', -1, 'no id'],
  ])('finds %s at %i: %s', (id, expected) => {
    expect(index.find(id)).toBe(expected);
  });
});

describe('CustomerIndex with ids written differently', () => {
  // Customers typed by one person in half width; orders typed by another, or pasted from a shop
  // export or a WeChat message.
  const TABLE = ['C001', 'C002', 'VIP-7', 'c010', 'C010', '1001', '00123456789012', 'Ｃ２０'];
  const typed = new CustomerIndex(TABLE.map((id, i) => emptyCustomerRecord(i + 2, { id })));

  it.each([
    ['Ｃ００１', 0, 'full width, from a Chinese IME'],
    ['C００１', 0, 'letters half width, digits full width'],
    ['c001', 0, 'lower case'],
    ['c002', 1, 'lower case of another customer'],
    ['vip－７', 2, 'lower case and a full-width hyphen'],
    ['C001\u200B', 0, 'a zero-width space pasted along'],
    ['\uFEFFC001', 0, 'a byte order mark inside the cell'],
    ['C\u00A0001', 0, 'a no-break space inside the id'],
    ['C001\u3000', 0, 'a trailing ideographic space'],
    ['1,001', 5, 'a number format’s thousands separator'],
    ['１，００１', 5, 'the same in full width'],
    ['123,456,789,012', 6, 'a long id grouped by thousands, the table’s with leading zeros'],
    ['C20', 7, 'the table writes it in full width, the orders in half'],
    ['C010', 4, 'as written: exact matches are as they were'],
    ['c010', 3, 'as written, the other customer'],
    ['Ｃ０１０', -1, 'c010 and C010 are two customers: a third writing matches neither'],
    ['1.23457E+11', -1, 'scientific notation has lost digits: no match'],
    ['C003', -1, 'not in the table at all'],
  ])('finds %s at %i: %s', (id, expected) => {
    expect(typed.find(id)).toBe(expected);
  });

  it.each([
    ['Ｃ００１', { index: 0, candidates: [0], scientific: false }],
    ['Ｃ０１０', { index: -1, candidates: [3, 4], scientific: false }],
    ['1.23457E+11', { index: -1, candidates: [], scientific: true }],
    ['C001', undefined],
    ['C003', undefined],
  ])('says how %s was matched', (id, expected) => {
    typed.find(id);
    expect(typed.foldOf(id)).toEqual(expected);
  });
});

describe('CustomerIndex with one id written differently in the customer table', () => {
  it.each([
    [['C001', 'Ｃ００１'], 'c001', 0, 'one id written twice is one customer: the first row'],
    [['C001', 'Ｃ００１'], 'Ｃ００１', 1, 'as written: exact matches are as they were'],
    [['1001', '１，００１'], '1,001', 0, 'a number written twice'],
    [['C001', 'Ｃ００１', 'c001'], 'c001', 2, 'as written'],
    [['C001', 'Ｃ００１', 'c001'], 'ｃ００１', -1, 'C001 and c001 are two customers: nothing folds'],
    [['C001', 'Ｃ００１', 'c001'], 'C\u200B001', -1, 'nor an id written as C001 with a zero-width space'],
  ])('in %j finds %s at %i: %s', (table, id, expected) => {
    const index = new CustomerIndex(table.map((written, i) => emptyCustomerRecord(i + 2, { id: written })));
    expect(index.find(id)).toBe(expected);
  });
});
