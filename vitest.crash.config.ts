import { defineConfig } from 'vitest/config';

/** `npm run test:crash`: the kill -9 suite, on the dialect in GONGZHI_TEST_DIALECT (scripts/test.mjs crash runs both). */
export default defineConfig({
  test: { include: ['server/crash/*.spec.ts'], pool: 'forks', testTimeout: 900_000, hookTimeout: 300_000 },
});
