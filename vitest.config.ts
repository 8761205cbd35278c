import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/**/*.test.ts'],
    // End-to-end tests start Chromium; two cores are shared with builds.
    testTimeout: 30_000,
    hookTimeout: 120_000,
    restoreMocks: true,
  },
});
