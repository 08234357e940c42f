import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../config/config.ts';
import type { CustomerRecord } from '../model/records.ts';
import type { CleaningReview } from '../model/results.ts';
import { customer, mapHeaderForTest } from './customerTable.fixture.ts';
import { reviewCustomerTable } from './reviewCustomerTable.ts';

const config = resolveConfig();
const mapping = mapHeaderForTest(['Name', 'Company', 'Mobile', 'Email', 'City', 'Last purchase date']);

// Small pools, so that collisions (and hence groups) are frequent.
const arbitraryFields = fc.record({
  name: fc.constantFrom(
    null,
    '张伟',
    '张玮',
    '李娜',
    'Li Wei',
    'Wei Li',
    'Jane Smith',
    'John Smith',
    'Jon Smith',
  ),
  company: fc.constantFrom(null, '远帆有限公司', '远帆', 'Acme Inc.', 'ACME', 'Globex', '个人'),
  mobile: fc.constantFrom(null, null, '+8613900000001', '+8613900000002', '+8613900000003'),
  email: fc.constantFrom(null, null, 'a@x.com', 'b@x.com', 'c@x.com'),
  city: fc.constantFrom(null, '上海', 'Berlin'),
  lastPurchase: fc.constantFrom(null, '2024-01-01', '2025-06-30'),
});
const arbitraryRecords = fc
  .array(arbitraryFields, { maxLength: 40 })
  .map((rows) => rows.map((fields, index) => customer(index + 2, fields)));

function review(records: CustomerRecord[]): CleaningReview {
  return reviewCustomerTable(records, [], mapping, config);
}

describe('reviewCustomerTable properties', () => {
  it('never loses or repeats a row: each row is in at most one group, survivor first, the rest sorted', () => {
    fc.assert(
      fc.property(arbitraryRecords, (records) => {
        const { merges, summary } = review(records);
        const known = new Set(records.map((r) => r.row));
        const seen = new Set<number>();
        for (const merge of merges) {
          expect(merge.rows.length).toBeGreaterThanOrEqual(2);
          expect(merge.rows[0]).toBe(merge.survivorRow);
          const rest = merge.rows.slice(1);
          expect(rest).toEqual([...rest].sort((a, b) => a - b));
          for (const row of merge.rows) {
            expect(known.has(row)).toBe(true);
            expect(seen.has(row)).toBe(false);
            seen.add(row);
          }
          for (const { fromRow } of Object.values(merge.fill)) expect(merge.rows.slice(1)).toContain(fromRow);
          expect(merge.similarity).toBeGreaterThan(0);
          expect(merge.similarity).toBeLessThanOrEqual(1);
          if (merge.kind === 'exact') expect(merge.similarity).toBe(1);
        }
        expect(summary.rows).toBe(records.length);
        expect(summary.exactDuplicateGroups + summary.likelyDuplicateGroups).toBe(merges.length);
      }),
    );
  });

  it('puts every pair of rows sharing an email or mobile, and the same name or none, into the same group', () => {
    fc.assert(
      fc.property(arbitraryRecords, (records) => {
        const groupOf = new Map<number, number>();
        review(records).merges.forEach((merge, index) => {
          for (const row of merge.rows) groupOf.set(row, index);
        });
        for (const a of records) {
          for (const b of records) {
            if (a.row >= b.row) continue;
            const shared =
              (a.email !== null && a.email === b.email) || (a.mobile !== null && a.mobile === b.mobile);
            // A row without a name joins a key's other rows only when they name one person.
            if (shared && a.name !== null && a.name === b.name) {
              expect(groupOf.get(a.row)).toBeDefined();
              expect(groupOf.get(a.row)).toBe(groupOf.get(b.row));
            }
          }
        }
      }),
    );
  });

  it('gives the same review whatever the order of the input rows', () => {
    fc.assert(
      fc.property(
        arbitraryRecords.chain((records) =>
          fc.tuple(fc.constant(records), fc.shuffledSubarray(records, { minLength: records.length })),
        ),
        ([records, shuffled]) => {
          expect(review(shuffled)).toEqual(review(records));
        },
      ),
    );
  });
});
