import { defineConfig } from 'vitest/config';

/** End-to-end tests: one Chromium at a time on this 2-core machine. */
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 120_000,
  },
});
