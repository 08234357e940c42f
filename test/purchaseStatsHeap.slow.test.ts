import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const run = promisify(execFile);

// A million customers keep a million PurchaseStats until the run ends, within a peak of 2 GB.
// How V8 lays an object out depends on where its numbers came from: a count read from a
// Float64Array is kept as a double, in a box of its own, 16 bytes more per count. The layout is
// shared by every object of the same keys in the process, so the heap is measured in a Node of
// its own, as the CLI runs: in the test workers other cases make such objects too.
it('keeps the purchase stats of a customer in under 100 bytes of heap (counts as small integers)', async () => {
  const shared = new URL('../shared/src/index.ts', import.meta.url).href;
  const script = `
    const { derivePurchaseStats, OrderColumnsBuilder } = await import(${JSON.stringify(shared)});
    const n = 200_000;
    const records = Array.from({ length: n }, (_, i) => ({ id: 'C' + i }));
    const orders = new OrderColumnsBuilder();
    // Every customer has orders (no unknown ids); some are refunds, amounts have cents.
    for (let k = 0; k < 2 * n; k++)
      orders.addDay(k + 2, 'C' + ((k * 7919) % n), 20000 + (k % 300), k % 50 === 0 ? -5 : 10.5 + (k % 13), null);
    const columns = orders.build();
    globalThis.gc();
    const before = process.memoryUsage().heapUsed;
    const { stats } = derivePurchaseStats(records, columns);
    globalThis.gc();
    const perCustomer = (process.memoryUsage().heapUsed - before) / n;
    console.log(JSON.stringify({ perCustomer, second: stats[1] }));
  `;
  const cwd = fileURLToPath(new URL('.', import.meta.url));
  const args = ['--expose-gc', '--import', 'tsx', '--input-type=module', '-e', script];
  const { stdout } = await run(process.execPath, args, { cwd });
  const { perCustomer, second } = JSON.parse(stdout) as { perCustomer: number; second: unknown };
  expect(second).toMatchObject({ orderCount: 2, refunds: 0, source: 'orders' });
  // About 88 bytes here (the object, its slot and the spend's box); 120 with counts as doubles.
  expect(perCustomer).toBeLessThan(100);
});
