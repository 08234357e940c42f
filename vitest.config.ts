import { defineConfig } from 'vitest/config';

// Three projects: `unit` (no browser, no build; the fast inner loop), `slow` (whole-corpus and
// cost checks of the core, time and heap, and checks that start a Node of their own: seconds to
// tens of seconds each) and `e2e` (drives the built CLI, add-on bundle and extension; builds the
// CLI and add-on once before its files run).
// `npm run test:unit` / `npm run test:slow` / `npm run test:e2e` pick one, `npm test` runs all.
const shared = {
  testTimeout: 60_000,
  hookTimeout: 120_000,
  setupFiles: ['test/support/failOnConsole.ts', 'test/support/fastCheckSeed.ts'],
};

export default defineConfig({
  test: {
    reporters: ['default', './test/support/plainSummaryReporter.ts'],
    projects: [
      {
        test: {
          ...shared,
          name: 'unit',
          // The files share one module cache per worker: most of them import the core, and
          // importing it afresh for each of ~190 files was three quarters of the run (99 s → 23 s
          // on this 2-core machine). Module state the tests change (the CLI's language) is set by
          // each test that depends on it; the files pass in any order (--sequence.shuffle.files).
          isolate: false,
          include: [
            'shared/src/**/*.test.ts',
            'cli/src/**/*.test.ts',
            'extension/src/**/*.test.ts',
            'sheets-addon/src/**/*.test.ts',
            'test/**/*.test.ts',
          ],
          exclude: ['**/node_modules/**', 'test/**/*.e2e.test.ts', 'test/**/*.slow.test.ts'],
        },
      },
      {
        test: {
          ...shared,
          name: 'slow',
          include: ['test/**/*.slow.test.ts'],
        },
      },
      {
        test: {
          ...shared,
          name: 'e2e',
          include: ['test/**/*.e2e.test.ts'],
          globalSetup: ['test/support/buildOnce.ts'],
        },
      },
    ],
  },
});
