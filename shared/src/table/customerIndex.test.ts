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
