import { defineConfig } from 'vitest/config';

// Unit tests of the extension's plain modules (Node, no browser). The root config should also
// include 'extension/src/**/*.test.ts' so `npm test` runs them.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    setupFiles: ['../test/support/failOnConsole.ts'],
  },
});
