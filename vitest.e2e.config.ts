import { defineConfig } from 'vitest/config';

/**
 * E2E: the real server (`gongzhi demo` on a temp SQLite directory) and one Chromium, both started
 * once per run by e2e/support/global-setup.ts. Files run one after another: one browser, 2 cores.
 */
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/support/global-setup.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    // The spec files of a lane share their imports (playwright-core, axe-core, the support code) instead of importing
    // them again per file: 4.2 → 1.1 s of imports for five files, 24.6 s in a CI lane of eight. The support code keeps
    // no state from one file to the next (each file connects to the browser and closes its own contexts).
    isolate: false,
    // Generous for a shared 2-core machine: an axe pass over an antd page alone can take seconds there.
    // A safety net against a hung page, not a speed check (speed is the bench's): the longest tests (care mode's
    // measurements of every H5 page) took 88–89 s in a CI run where every spec ran about twice its usual time.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    expect: { poll: { timeout: 15_000, interval: 100 } },
  },
});
