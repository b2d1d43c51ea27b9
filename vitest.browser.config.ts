import { defineConfig } from 'vitest/config';

// Browser tests: Vitest drives Debian's Chromium through playwright-core against the built site.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts', 'tests/bench/smoke.test.ts'],
    environment: 'node',
    globalSetup: ['tests/browser/globalSetup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/browser.json' },
  },
});
