import { defineConfig } from 'vitest/config';

/** The package tests (`npm run test:packages`): they build and zip twice, so they are not part of the unit run. */
export default defineConfig({
  test: {
    include: ['tests/package/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 600_000,
  },
});
