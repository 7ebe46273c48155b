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
    // A worker runs its files one after another in one module graph instead of importing the whole server
    // (Fastify, Kysely, Zod, every module) again for each of the 80 files: that import was 214 of 325 s of a
    // loaded SQLite run; without it 112 s. Safe because no test mocks a module or touches module-level state
    // by hand: every file builds its own app on its own fresh database, and what the server keeps in memory is
    // held per database instance (compiled statements, place names, fingerprints) or keyed by random ids
    // (sessions) or by a stamp of the rows it was built from (the category model).
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: process.env.CI ? ['default'] : ['default'],
  },
});
