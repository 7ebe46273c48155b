import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { buildApp } from '../app';
import { recordErrorAnswers, undocumentedAnswers } from '../openapi/answers';
import { loadConfig } from '../core/config';
import type { Clock } from '../core/context';
import { Secrets } from '../core/pii';
import { openTestDatabase, type TestDatabase } from './database';
import { seedFixture, TEST_PASSWORD, type Fixture } from './fixture';

export const TEST_SECRET = 'test-secret-key-for-gongzhi-tests';

/** A clock tests can move: `clock.advance(31 * 60_000)` expires an idle session. */
export class TestClock implements Clock {
  private offset = 0;
  now() {
    return Date.now() + this.offset;
  }
  advance(ms: number) {
    this.offset += ms;
  }
}

export interface TestApp {
  app: FastifyInstance;
  db: TestDatabase['database']['db'];
  testDb: TestDatabase;
  fx: Fixture;
  clock: TestClock;
  secrets: Secrets;
  /** Signs a fixture user in and returns the Cookie header value. */
  login(user: string): Promise<string>;
  /** app.inject, signed in as a fixture user (cookies cached per user) when `as` is given. */
  req(o: InjectOptions & { as?: string }): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

/** A real app on a fresh database of the run's dialect, with the fixture seeded. */
export async function createTestApp(
  opts: { logStream?: NodeJS.WritableStream; env?: Record<string, string> } = {},
): Promise<TestApp> {
  const testDb = await openTestDatabase();
  const config = {
    ...loadConfig({
      LOG_LEVEL: opts.logStream ? 'info' : 'silent',
      GONGZHI_DATA_DIR: testDb.dataDir,
      ...opts.env,
    } as any),
    webDist: '/nonexistent',
  };
  const clock = new TestClock();
  const secrets = new Secrets(TEST_SECRET);
  const fx = await seedFixture(testDb.database.db, secrets);
  const app = await buildApp({
    config,
    database: testDb.database,
    secret: TEST_SECRET,
    clock,
    logStream: opts.logStream,
  });
  const answers = recordErrorAnswers(app);
  await app.ready();
  // The sign-in promise per user: concurrent first requests share one sign-in (each sign-in is a counted attempt).
  const cookies = new Map<string, Promise<string>>();

  async function login(user: string): Promise<string> {
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: user, password: TEST_PASSWORD },
    });
    if (res.statusCode !== 200) throw new Error(`login ${user} failed: ${res.statusCode} ${res.body}`);
    const c = res.cookies.find((x) => x.name === 'gz_sid');
    return `gz_sid=${c!.value}`;
  }

  return {
    app,
    db: testDb.database.db,
    testDb,
    fx,
    clock,
    secrets,
    login,
    async req({ as, ...o }) {
      const headers = { ...(o.headers ?? {}) } as Record<string, string>;
      if (as) {
        if (!cookies.has(as)) cookies.set(as, login(as));
        headers.cookie = await cookies.get(as)!;
      }
      return app.inject({ ...o, headers });
    },
    async close() {
      // Every error this file's tests saw must be in the route's OpenAPI document (its status and code).
      const undocumented = undocumentedAnswers(app.swagger(), answers);
      await app.close();
      await testDb.cleanup();
      if (undocumented.length)
        throw new Error(
          `Error answers missing from the OpenAPI document (declare them in the route's config.errors):\n  ${undocumented.join('\n  ')}`,
        );
    },
  };
}

/**
 * The usual shape of a test file: one app created before its tests and closed after them. Returns a
 * stand-in that forwards to that app, so `const t = useTestApp()` can sit at the top of the file; it
 * may be used only inside tests and hooks (before the file's first hook runs there is no app yet).
 */
export function useTestApp(opts?: Parameters<typeof createTestApp>[0]): TestApp {
  let app: TestApp | undefined;
  beforeAll(async () => {
    app = await createTestApp(opts);
  });
  afterAll(async () => {
    await app?.close();
  });
  return new Proxy({} as TestApp, {
    get(_, key) {
      if (!app) throw new Error('useTestApp(): the app exists only inside tests and hooks');
      const v = Reflect.get(app, key);
      return typeof v === 'function' ? v.bind(app) : v;
    },
  });
}
