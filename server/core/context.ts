import type { FastifyRequest } from 'fastify';
import type { Config } from './config';
import type { Database, Db } from './db/kysely';
import { errors } from './errors';
import type { Secrets } from './pii';
import type { Actor } from './policy/policy';

/** Time as the app sees it; tests move it forward to expire sessions or make tickets overdue. */
export interface Clock {
  now(): number;
}
export const systemClock: Clock = { now: () => Date.now() };

/** An instant as ISO-8601 UTC text with milliseconds — the one time format stored and compared. */
export const isoAt = (ms: number): string => new Date(ms).toISOString();
/** Now on `clock` (the app's, `app.ctx.clock`, so tests can move it) in that format. */
export const nowIso = (clock: Clock = systemClock): string => isoAt(clock.now());

/** What every module needs, decorated on the Fastify instance as `app.ctx`. */
export interface AppContext {
  config: Config;
  database: Database;
  db: Db;
  secrets: Secrets;
  clock: Clock;
}

/** One request as every service sees it: the app, its database, who acts and in which community. */
export interface RequestContext {
  app: AppContext;
  db: Db;
  actor: Actor;
  communityId: string;
}

/** The context of a request on a `:communityId` route (route access has already checked the actor there). */
export function requestContext(req: FastifyRequest, app: AppContext): RequestContext {
  if (!req.actor) throw errors.unauthenticated();
  return { app, db: app.db, actor: req.actor, communityId: (req.params as { communityId: string }).communityId };
}

declare module 'fastify' {
  interface FastifyInstance {
    ctx: AppContext;
  }
}
