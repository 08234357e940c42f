// The sample generator at the sizes the toolkit is tested and benchmarked at (1k to 1M orders).
import { generateSample } from '@crm/shared';
import { measure, note, printHeader } from './harness.ts';

const TODAY = '2025-06-30';

export async function run(): Promise<void> {
  printHeader('generateSample (seeded, ~10 orders per customer)');
  for (const [customers, runs] of [
    [100, 5],
    [1_000, 5],
    [10_000, 3],
    [100_000, 3],
  ] as const) {
    const { result } = await measure(
      `${customers.toLocaleString('en')} customers`,
      () => generateSample({ customers, seed: 2025, today: TODAY }),
      {
        runs,
        rows: (sample) =>
          sample.customers.rows.length + sample.orders.rows.length + sample.complaints.rows.length,
      },
    );
    note(
      `${result.customers.rows.length} customers, ${result.orders.rows.length} orders, ${result.complaints.rows.length} complaints`,
    );
  }
}
