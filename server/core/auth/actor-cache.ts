import { watchWrites } from '../db/write-watch';
import type { Actor } from '../policy/policy';

/**
 * Who a session's caller is (user, roles, households) is read on every API request: three queries,
 * each a round trip to PostgreSQL. It is kept here for a few seconds, per session.
 *
 * Fresh enough because: any write in this process to the tables an actor is made of (role grants,
 * residents, households, users, or a session deleted: sign-out, disabled account, new password)
 * empties the cache at once — core/db's `WriteWatch` sees every statement of the app's Kysely instance.
 * Another app server's change reaches this one within TTL_MS at most. Idle and absolute expiry are
 * still checked against the session's own times on every request.
 */
export const ACTOR_TTL_MS = 3000;
const MAX_ENTRIES = 20_000;

interface Entry {
  actor: Actor;
  lastSeen: number;
  expiresAt: number;
  cachedAt: number;
}
const entries = new Map<string, Entry>();
/** Bumped by every clear: an actor read while a change was being made is not stored afterwards. */
let generation = 0;

export const actorCache = {
  get generation() {
    return generation;
  },
  get(sessionId: string, now: number): Entry | undefined {
    const e = entries.get(sessionId);
    if (e && now - e.cachedAt < ACTOR_TTL_MS && now >= e.cachedAt) return e;
    if (e) entries.delete(sessionId);
    return undefined;
  },
  set(sessionId: string, e: Entry, readAtGeneration: number) {
    if (readAtGeneration !== generation) return;
    if (entries.size >= MAX_ENTRIES) entries.clear();
    entries.set(sessionId, e);
  },
  delete(sessionId: string) {
    entries.delete(sessionId);
  },
  clear() {
    generation++;
    entries.clear();
  },
};

/** Tables an Actor is built from: any insert, update or delete empties the cache. */
const ACTOR_TABLES = ['role_grants', 'residents', 'households', 'users'];
// New sessions and last-seen touches change nobody's rights; a deleted session does.
watchWrites([...ACTOR_TABLES, 'sessions'], (table, kind) => {
  if (table !== 'sessions' || kind === 'DeleteQueryNode') actorCache.clear();
});
