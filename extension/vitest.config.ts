import { defineConfig } from 'vitest/config';

// Unit tests of the extension's plain modules (Node, no browser), for `npm test -w extension`.
// The root config's unit project runs the same files as part of `npm test`.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    setupFiles: ['../test/support/failOnConsole.ts'],
  },
});
