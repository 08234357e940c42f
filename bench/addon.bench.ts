// The add-on's report job on 100k customers / 1M orders inside the vm, against the Apps Script
// double (`npm run bench`): wall time (median) and Spreadsheet service calls.
import { type AddonWorld, addonWorld, ensureAddonBuilt } from '../test/addonHarness.ts';
import { measure } from './harness.ts';

const CUSTOMERS = 100_000;

export async function run(): Promise<void> {
  ensureAddonBuilt();
  const world: AddonWorld = addonWorld({ customers: CUSTOMERS, ordersPerCustomer: 10 });
  const orders = (world.env.book.sheets.find((s) => s.name === '订单')?.values.length ?? 1) - 1;
  process.stdout.write(
    `add-on report job: ${CUSTOMERS.toLocaleString()} customers, ${orders.toLocaleString()} orders\n`,
  );
  let calls: Record<string, number> = {};
  for (const [label, settings] of [
    ['report (with CLV)', { clv: true }],
    ['report (CLV off)', { clv: false }],
  ] as const) {
    world.addon.saveSettings?.(settings);
    await measure(
      label,
      () => {
        world.env.calls.reset();
        const result = world.addon.runJob?.('report') as { ok: boolean; message: string };
        if (!result.ok) throw new Error(result.message);
        calls = world.env.calls.snapshot();
        return result;
      },
      { runs: 3, rows: CUSTOMERS },
    );
    const total = Object.values(calls).reduce((a, b) => a + b, 0);
    const reads = calls['Range.getValues'] ?? 0;
    const writes = calls['Range.setValues'] ?? 0;
    process.stdout.write(`  ${label}: ${total} service calls (getValues ${reads}, setValues ${writes})\n`);
  }
}
