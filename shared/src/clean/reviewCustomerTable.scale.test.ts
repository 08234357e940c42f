import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../config/config.ts';
import type { CustomerRecord } from '../model/records.ts';
import { customer, mapHeaderForTest } from './customerTable.fixture.ts';
import { reviewCustomerTable } from './reviewCustomerTable.ts';

// Deterministic PRNG (mulberry32), so the generated table is the same on every run.
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Generated {
  records: CustomerRecord[];
  exactGroups: number;
  likelyGroups: number;
  rowsInGroups: number;
}

// About 20k rows: 18,600 distinct customers (random two-word names, unique emails and mobiles,
// 20 per company, plus one company of 300 that is compared by sorted neighbourhood) and planted
// duplicates whose number is known.
function generate(): Generated {
  const next = random(20240501);
  const consonants = 'bcdfghjklmnprstvwz';
  const vowels = 'aeiou';
  const word = () => {
    let text = '';
    for (let i = 0; i < 7; i++) {
      const letters = i % 2 === 0 ? consonants : vowels;
      text += letters[Math.floor(next() * letters.length)];
    }
    return text[0]?.toUpperCase() + text.slice(1);
  };
  const base = 18_600;
  const records: CustomerRecord[] = [];
  let row = 2;
  let extraContact = 0;
  const add = (fields: Partial<CustomerRecord>) => records.push(customer(row++, fields));
  const result = { exactGroups: 0, likelyGroups: 0, rowsInGroups: 0 };
  for (let i = 0; i < base; i++) {
    const first = word();
    const last = word();
    const companyNumber = i < 300 ? 'Mega' : String(Math.floor(i / 20));
    const company = `Company ${companyNumber} Ltd.`;
    const email = `c${i}@example.com`;
    add({ name: `${first} ${last}`, company, email, mobile: `+86139${String(i).padStart(8, '0')}` });
    if (i % 50 === 0) {
      // Exact: the same email, the name written family-first, the company with other suffixes.
      add({
        name: `${last}, ${first}`,
        company: `company ${companyNumber} Co., Ltd.`,
        email: email.toUpperCase(),
      });
      result.exactGroups++;
      result.rowsInGroups += 2;
    } else if (i % 50 === 25) {
      // Likely: reordered name at the same company, from a business card: a desk number, no email.
      add({
        name: `${last} ${first}`,
        company: `COMPANY ${companyNumber}`,
        phone: `+86215${String(extraContact++).padStart(7, '0')}`,
      });
      result.likelyGroups++;
      result.rowsInGroups += 2;
    } else if (i % 50 === 10) {
      // Likely: a typo (two letters swapped) in the given name, and no contact written down.
      const typo = `${first.slice(0, 2)}${first[3]}${first[2]}${first.slice(4)}`;
      add({ name: `${typo} ${last}`, company });
      result.likelyGroups++;
      result.rowsInGroups += 2;
    } else if (i % 100 === 5) {
      // Exact, transitively: B shares A's email, C shares B's mobile and has nothing else in
      // common (a number from a call log, with no name).
      const mobile = `+86137${String(extraContact++).padStart(8, '0')}`;
      add({ name: `${first} ${last}`, email, mobile });
      add({ mobile });
      result.exactGroups++;
      result.rowsInGroups += 3;
    }
  }
  return { records, ...result };
}

describe('reviewCustomerTable on a generated table of about 20k rows', () => {
  const generated = generate();
  const review = reviewCustomerTable(
    generated.records,
    [],
    mapHeaderForTest(['Name', 'Company', 'Mobile', 'Email']),
    resolveConfig(),
  );

  it('finds exactly the planted duplicate groups', () => {
    expect(generated.records.length).toBeGreaterThan(19_500);
    expect(review.summary.exactDuplicateGroups).toBe(generated.exactGroups);
    expect(review.summary.likelyDuplicateGroups).toBe(generated.likelyGroups);
    expect(review.merges.reduce((sum, merge) => sum + merge.rows.length, 0)).toBe(generated.rowsInGroups);
  });

  it('finds the planted duplicates inside the large company too', () => {
    const megaRows = new Set(generated.records.filter((r) => r.company?.includes('Mega')).map((r) => r.row));
    const megaGroups = review.merges.filter((merge) => merge.rows.some((r) => megaRows.has(r)));
    // Customers 0..299 are at Company Mega: planted groups at i % 50 in {0, 5 (odd hundreds), 10, 25}.
    expect(megaGroups.length).toBe(6 * 3 + 3);
  });
});
