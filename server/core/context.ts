import type { Config } from './config';
import type { Database, Db } from './db/kysely';
import type { Secrets } from './pii';

/** Time as the app sees it; tests move it forward to expire sessions or make tickets overdue. */
export interface Clock {
  now(): number;
}
export const systemClock: Clock = { now: () => Date.now() };

/** What every module needs, decorated on the Fastify instance as `app.ctx`. */
export interface AppContext {
  config: Config;
  database: Database;
  db: Db;
  secrets: Secrets;
  clock: Clock;
}

declare module 'fastify' {
  interface FastifyInstance {
    ctx: AppContext;
  }
}
