// One vitest run for the whole repo: package unit tests, server tests, end-to-end tests in test/.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'server/src/**/*.test.ts', 'test/**/*.test.ts', 'examples/**/*.test.ts', 'web/src/**/*.test.ts'],
    // End-to-end tests start real servers and browsers: give them room, and keep the
    // 2-core machine from thrashing by limiting parallel files.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    maxWorkers: 2,
    pool: 'forks',
    setupFiles: ['test/support/cleanup.ts'],
  },
});
