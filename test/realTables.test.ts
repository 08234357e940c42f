// Workbooks as people keep them (ledgers.ts), read by the core's job layer exactly as every face
// reads them: the header found on the right row, each customer on its own row, totals, notes and
// repeated headers left out and listed, and revenue net of refunds with cancelled orders left
// out. realTables.e2e.test.ts runs the same workbooks through the CLI and the add-on.
import {
  type CustomerRecord,
  locateTables,
  readJobTables,
  resolveConfig,
  runJob,
  type SheetGrid,
} from '@crm/shared';
import { describe, expect, it } from 'vitest';
import { LEDGERS, type Ledger } from './fixtures/workbooks/ledgers.ts';

const TODAY = '2026-12-01';

function analyse(ledger: Ledger) {
  const sheets: SheetGrid[] = ledger.sheets.map((s) => ({ name: s.name, rows: s.rows }));
  const config = resolveConfig({ language: 'zh' });
  const location = locateTables(sheets, { headerOverrides: config.headerOverrides });
  const output = runJob('clean', {
    tables: readJobTables(sheets, location),
    config,
    today: TODAY,
    dateObjects: 'utc',
  });
  return { location, analysis: output.analysis };
}

describe.each(LEDGERS)('$name', (ledger) => {
  const { truth } = ledger;
  const check = (which: NonNullable<Ledger['knownMisses']>[number]) =>
    ledger.knownMisses?.includes(which) ? it.fails : it;

  check('header')('finds the customer table on its header row', () => {
    const { location } = analyse(ledger);
    expect(location.customers.sheet).toBe(truth.customerSheet);
    expect(location.customers.headerRow).toBe(truth.headerRow);
    expect(location.customers.usable).toBe(true);
  });

  check('customers')('reads every customer on its own row and nothing else as a customer', () => {
    const { analysis } = analyse(ledger);
    // A customer is known by its id, else by a name it has: the person's, or a business list's
    // company (QuickBooks' Customer beside the contact's Full Name), whichever the truth uses.
    const keyOf = ({ id, name, company }: CustomerRecord) =>
      id ?? [name, company].find((n) => n !== null && n in truth.customers) ?? name;
    const got = Object.fromEntries(analysis.customers.map((c) => [keyOf(c.record), c.row]));
    expect(got).toEqual(truth.customers);
  });

  const reasonsCheck = ledger.knownMisses?.includes('reasons') ? it.fails : check('skipped');
  reasonsCheck('leaves totals, notes and repeated headers out, each listed with its reason', () => {
    const { analysis } = analyse(ledger);
    const got = analysis.review.skipped.map((s) => `${s.table}:${s.row}:${s.reason}`);
    expect(got.sort()).toEqual([...truth.skipped].sort());
    expect(analysis.review.summary.skippedRows).toBe(truth.skipped.length);
  });

  check('revenue')('counts revenue net of refunds, cancelled orders left out', () => {
    const { analysis } = analyse(ledger);
    const net = analysis.customers.reduce((sum, c) => sum + c.stats.totalSpend, 0);
    expect(net).toBeCloseTo(truth.netRevenue, 2);
    const refunds = analysis.customers.reduce((sum, c) => sum + c.stats.refunds, 0);
    expect(refunds).toBe(truth.refunds);
    expect(analysis.orderSummary?.cancelled ?? 0).toBe(truth.cancelled);
    if (analysis.orderSummary) expect(analysis.orderSummary.netRevenue).toBeCloseTo(truth.netRevenue, 2);
  });
});
