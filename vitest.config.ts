import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'shared/src/**/*.test.ts',
      'cli/src/**/*.test.ts',
      'extension/src/**/*.test.ts',
      'sheets-addon/src/**/*.test.ts',
      'test/**/*.test.ts',
    ],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ['default', './test/support/plainSummaryReporter.ts'],
    globalSetup: ['test/support/buildOnce.ts'],
    setupFiles: ['test/support/failOnConsole.ts', 'test/support/fastCheckSeed.ts'],
  },
});
