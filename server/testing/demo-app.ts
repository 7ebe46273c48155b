import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect } from 'vitest';
import { buildApp } from '../app';
import { loadConfig } from '../core/config';
import { ensureDemo } from '../demo/demo';
import { openTestDatabase, type TestDatabase } from './database';
import { TEST_SECRET } from './harness';

/** The demo community served by the real app, with signed-in sessions: what the demo tests read through the API. */
export interface DemoApp {
  tdb: TestDatabase;
  app: FastifyInstance;
  /** The demo community (砖桥居民区). */
  communityId: string;
  /** `gz_sid=…` cookie header per signed-in login. */
  cookies: Record<string, string>;
  /** GET `/api/communities/{communityId}{url}` as `as` (default `staff`); the answer must be 200, its JSON returned. */
  get(url: string, as?: string): Promise<any>;
}

/**
 * Seeds the demo (`ensureDemo` with `households`, which sets the generated households' count; the article's
 * records are there at any size), builds the app on it and signs in each of `logins`, before the file's tests;
 * closes and drops it all after them. Call at the top level of a test file.
 */
export function useDemoApp(opts: { households: number; logins?: string[] }): DemoApp {
  const demo = { cookies: {} } as DemoApp;
  demo.get = async (url, as = 'staff') => {
    const res = await demo.app.inject({
      method: 'GET',
      url: `/api/communities/${demo.communityId}${url}`,
      headers: { cookie: demo.cookies[as] },
    });
    expect(res.statusCode, `GET ${url} as ${as}: ${res.body}`).toBe(200);
    return res.json();
  };
  beforeAll(async () => {
    demo.tdb = await openTestDatabase();
    const config = {
      ...loadConfig({ LOG_LEVEL: 'silent', GONGZHI_DATA_DIR: demo.tdb.dataDir } as never),
      webDist: '/nonexistent',
    };
    await ensureDemo(demo.tdb.database, TEST_SECRET, config, { households: opts.households });
    demo.app = await buildApp({ config, database: demo.tdb.database, secret: TEST_SECRET });
    await demo.app.ready();
    const password = fs.readFileSync(path.join(demo.tdb.dataDir, 'demo-password'), 'utf8').trim();
    for (const login of opts.logins ?? ['staff']) {
      const res = await demo.app.inject({ method: 'POST', url: '/api/auth/login', payload: { login, password } });
      expect(res.statusCode, `sign in as ${login}`).toBe(200);
      demo.cookies[login] = `gz_sid=${res.cookies.find((c) => c.name === 'gz_sid')!.value}`;
      demo.communityId = res.json().communities[0].id;
    }
  }, 600_000);
  afterAll(async () => {
    await demo.app?.close();
    await demo.tdb?.cleanup();
  });
  return demo;
}
