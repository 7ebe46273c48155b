import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/harness';
import { ACTOR_TTL_MS } from './actor-cache';

const t = useTestApp();
const rolesIn = async (cookie: string) => {
  const me = await t.req({ method: 'GET', url: '/api/me', headers: { cookie } });
  expect(me.statusCode).toBe(200);
  return me.json().communities.find((c: { id: string }) => c.id === t.fx.A.id)?.roles ?? [];
};

/** The per-session actor cache (actor-cache.ts): fewer queries per request, never stale rights from this process. */
describe('actor cache', () => {
  it("keeps an actor for a few seconds: a change made behind the app's back shows after the TTL", async () => {
    const c = await t.login('committee1');
    expect(await rolesIn(c)).toEqual(['committee']);
    // Raw SQL is not seen by the watch: only the TTL ends the cached actor (as for another app server's change).
    await sql`delete from role_grants where user_id = ${t.fx.users.committee1}`.execute(t.db);
    expect(await rolesIn(c)).toEqual(['committee']);
    t.clock.advance(ACTOR_TTL_MS + 1);
    expect(await rolesIn(c)).toEqual([]);
  });

  it('forgets every cached actor at once when this process changes a role, a household or a session', async () => {
    const c = await t.login('committee2');
    expect(await rolesIn(c)).toEqual(['committee', 'party_member']);
    await t.db
      .deleteFrom('role_grants')
      .where('user_id', '=', t.fx.users.committee2)
      .where('role', '=', 'party_member')
      .execute();
    expect(await rolesIn(c)).toEqual(['committee']);

    // A household's representative changes; a sign-out deletes the session and its cookie is refused at once.
    const r = await t.login('resident2');
    expect(await rolesIn(r)).toContain('representative');
    await t.db
      .updateTable('households')
      .set({ representative_id: null })
      .where('id', '=', t.fx.A.households[4])
      .execute();
    expect(await rolesIn(r)).not.toContain('representative');
    const other = await t.login('secretary');
    expect((await t.req({ method: 'POST', url: '/api/auth/logout', headers: { cookie: other } })).statusCode).toBe(204);
    expect((await t.req({ method: 'GET', url: '/api/me', headers: { cookie: other } })).statusCode).toBe(401);
  });

  it('still ends a cached session after 30 minutes idle', async () => {
    const c = await t.login('property');
    expect((await t.req({ method: 'GET', url: '/api/me', headers: { cookie: c } })).statusCode).toBe(200);
    t.clock.advance(31 * 60_000);
    expect((await t.req({ method: 'GET', url: '/api/me', headers: { cookie: c } })).statusCode).toBe(401);
  });
});
