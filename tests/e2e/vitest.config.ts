import { defineConfig } from 'vitest/config';

// Browser tests: Node drives Debian's Chromium through playwright-core against the production build.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
