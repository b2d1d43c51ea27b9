import { defineConfig } from 'vitest/config';
import { bundledData } from './scripts/lib/bundledDataPlugin.ts';

// Browser tests: Vitest drives Debian's Chromium through playwright-core against the built site.
export default defineConfig({
  // The tests read the bundled dataset as the app does (checked at build time).
  plugins: [bundledData()],
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
