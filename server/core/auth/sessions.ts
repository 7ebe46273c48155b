import crypto from 'node:crypto';
import type { Db, Trx } from '../db/kysely';
import { nowIso } from '../ids';
import type { Actor, Role } from '../policy/policy';
import { actorCache } from './actor-cache';
import { directory } from './directory';

export const SESSION_COOKIE = 'gz_sid';
export const IDLE_MS = 30 * 60 * 1000;
export const ABSOLUTE_MS = 12 * 60 * 60 * 1000;
/** last_seen_at is written at most this often, so reads don't each cost a write. */
const TOUCH_MS = 60 * 1000;

const sha256 = (s: string) => crypto.createHash('sha256').update(s).digest('hex');

/** A fresh random token for the cookie; only its hash is stored. */
export async function createSession(
  db: Db,
  userId: string,
  meta: { ip?: string; userAgent?: string },
  now = Date.now(),
) {
  const token = crypto.randomBytes(32).toString('base64url');
  const at = new Date(now).toISOString();
  await db
    .insertInto('sessions')
    .values({
      id: sha256(token),
      user_id: userId,
      created_at: at,
      last_seen_at: at,
      expires_at: new Date(now + ABSOLUTE_MS).toISOString(),
      ip: meta.ip ?? null,
      user_agent: meta.userAgent?.slice(0, 300) ?? null,
    })
    .execute();
  return token;
}

export async function endSession(db: Db, token: string) {
  await db.deleteFrom('sessions').where('id', '=', sha256(token)).execute();
}

/** Ends every session of the user but one (by its stored id): after a password change. */
export async function endOtherSessions(conn: Db | Trx, userId: string, keepSessionId: string) {
  await conn.deleteFrom('sessions').where('user_id', '=', userId).where('id', '!=', keepSessionId).execute();
}

/** Resolves a cookie token to an actor, enforcing idle and absolute expiry. */
export async function actorFromToken(db: Db, token: string, now = Date.now()): Promise<Actor | null> {
  const id = sha256(token);
  const hit = actorCache.get(id, now);
  if (hit && now < hit.expiresAt && now - hit.lastSeen < IDLE_MS) {
    if (now - hit.lastSeen > TOUCH_MS) {
      await db
        .updateTable('sessions')
        .set({ last_seen_at: new Date(now).toISOString() })
        .where('id', '=', id)
        .execute();
      hit.lastSeen = now;
    }
    return hit.actor;
  }
  const generation = actorCache.generation;
  const s = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select([
      's.id',
      's.user_id',
      's.last_seen_at',
      's.expires_at',
      'u.login',
      'u.display_name',
      'u.platform_admin',
      'u.disabled',
    ])
    .where('s.id', '=', id)
    .executeTakeFirst();
  if (!s) return null;
  const lastSeen = Date.parse(s.last_seen_at);
  if (s.disabled || now >= Date.parse(s.expires_at) || now - lastSeen >= IDLE_MS) {
    await db.deleteFrom('sessions').where('id', '=', id).execute();
    return null;
  }
  const touch = now - lastSeen > TOUCH_MS;
  if (touch) {
    await db
      .updateTable('sessions')
      .set({ last_seen_at: new Date(now).toISOString() })
      .where('id', '=', id)
      .execute();
  }
  const actor = await loadActor(
    db,
    s.user_id,
    { login: s.login, displayName: s.display_name, platformAdmin: s.platform_admin },
    id,
  );
  actorCache.set(
    id,
    { actor, lastSeen: touch ? now : lastSeen, expiresAt: Date.parse(s.expires_at), cachedAt: now },
    generation,
  );
  return actor;
}

export async function loadActor(
  db: Db,
  userId: string,
  u: { login: string; displayName: string; platformAdmin: boolean },
  sessionId = '',
): Promise<Actor> {
  const [grants, residents] = await Promise.all([
    db.selectFrom('role_grants').select(['community_id', 'role']).where('user_id', '=', userId).execute(),
    directory().residencies(db, userId),
  ]);
  const roles = new Map<string, Set<Role>>();
  const add = (c: string, r: Role) => (roles.get(c) ?? roles.set(c, new Set()).get(c)!).add(r);
  for (const g of grants) add(g.community_id, g.role as Role);
  const res = new Map<string, { residentId: string; householdId: string | null }>();
  for (const r of residents) {
    res.set(r.communityId, { residentId: r.residentId, householdId: r.householdId });
    if (r.representative) add(r.communityId, 'representative');
  }
  return {
    userId,
    login: u.login,
    displayName: u.displayName,
    platformAdmin: u.platformAdmin,
    roles,
    residents: res,
    sessionId,
  };
}

/** Removes expired sessions and old login attempts; called periodically by the server. */
export async function sweepSessions(db: Db, now = Date.now()) {
  await db
    .deleteFrom('sessions')
    .where((eb) =>
      eb.or([
        eb('expires_at', '<=', new Date(now).toISOString()),
        eb('last_seen_at', '<=', new Date(now - IDLE_MS).toISOString()),
      ]),
    )
    .execute();
  await db
    .deleteFrom('login_attempts')
    .where('at', '<', new Date(now - 24 * 3600 * 1000).toISOString())
    .execute();
}

export { nowIso };
