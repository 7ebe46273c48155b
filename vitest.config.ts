import { defineConfig } from 'vitest/config';

/** Server tests; `GONGZHI_TEST_DIALECT` (sqlite | postgres) picks the database, and `npm test` runs both. */
export default defineConfig({
  test: {
    include: ['server/**/*.test.ts', 'bench/**/*.test.ts'],
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: process.env.CI ? ['default'] : ['default'],
  },
});
