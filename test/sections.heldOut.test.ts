// The section-line rule scored on ledgers kept aside (fixtures/sections/heldOutLedgers.ts),
// written before the rule was run on them and not tuned to them after: each data row read as a
// section line or as a customer, through the job layer every face reads a workbook with.
import {
  type CellBlock,
  locateTables,
  readJobTables,
  resolveConfig,
  runJob,
  type SheetGrid,
} from '@crm/shared';
import { describe, expect, it } from 'vitest';
import { HELD_OUT_LEDGERS, type HeldOutLedger, type RowTruth } from './fixtures/sections/heldOutLedgers.ts';

const TODAY = '2026-12-01';

/** A1:C1 as a 1-based block. */
function blockOf(range: string): CellBlock {
  const [from, to] = range.split(':').map((ref) => {
    const match = /^([A-Z]+)(\d+)$/.exec(ref) as RegExpExecArray;
    const column = [...(match[1] as string)].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    return { row: Number(match[2]), column };
  }) as [{ row: number; column: number }, { row: number; column: number }];
  return {
    row: from.row,
    column: from.column,
    rows: to.row - from.row + 1,
    columns: to.column - from.column + 1,
  };
}

/** How each scored row is read: a section line, a customer, or something else. */
function readingOf(ledger: HeldOutLedger): Record<number, RowTruth | 'other'> {
  const sheets: SheetGrid[] = [{ name: '客户', rows: ledger.rows, merges: ledger.merges.map(blockOf) }];
  const config = resolveConfig({ language: 'zh' });
  const location = locateTables(sheets, { headerOverrides: config.headerOverrides });
  const { analysis } = runJob('clean', { tables: readJobTables(sheets, location), config, today: TODAY });
  const customers = new Set(analysis.customers.map((c) => c.row));
  const sections = new Set(analysis.review.skipped.filter((s) => s.reason === 'section').map((s) => s.row));
  return Object.fromEntries(
    Object.keys(ledger.truth).map((row) => {
      const r = Number(row);
      return [r, customers.has(r) ? 'customer' : sections.has(r) ? 'section' : 'other'];
    }),
  );
}

/**
 * The rows the rule reads otherwise than a person, as found when the ledgers were first scored
 * (43 of 45 rows right; the rule before this one got 31). Pinned, not tuned away.
 */
const KNOWN_MISSES: Record<string, string[]> = {
  '2025年度客户台账 (12 columns, names in B)': [],
  'Accounts ledger (10 columns, names in A)': [
    // Starts with *, so the footnote rule takes it first: left out as a note, not a section. No
    // customer is lost and none is made up; only the reason shown in the review differs.
    '14: section read as other',
    // A place before Area is not among the qualifiers the names' column accepts (nor is
    // Tri-State, a company in this ledger): a heading read as a customer with a name only.
    '18: section read as customer',
  ],
};

describe.each(HELD_OUT_LEDGERS)('held-out ledger: $name', (ledger) => {
  it('reads each row as a person reads it, but for the misses pinned above', () => {
    const got = readingOf(ledger);
    const misses = Object.entries(ledger.truth)
      .filter(([row, truth]) => got[Number(row)] !== truth)
      .map(([row, truth]) => `${row}: ${truth} read as ${got[Number(row)]}`);
    expect(misses).toEqual(KNOWN_MISSES[ledger.name]);
  });
});
