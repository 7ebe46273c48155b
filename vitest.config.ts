import os from 'node:os';
import { defineConfig } from 'vitest/config';

/** Server tests; `GONGZHI_TEST_DIALECT` (sqlite | postgres) picks the database, and `npm test` runs both. */
export default defineConfig({
  test: {
    include: ['server/**/*.test.ts', 'bench/**/*.test.ts'],
    globalSetup: ['server/testing/template.ts'],
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores: one at a time on a 2-core CI box, while the
    // files (each on its own fresh database) spend much of their time waiting on the database.
    maxWorkers: Math.max(2, os.availableParallelism()),
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: process.env.CI ? ['default'] : ['default'],
  },
});
