import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Tests that build a real index over handbook pages take a few seconds each.
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
