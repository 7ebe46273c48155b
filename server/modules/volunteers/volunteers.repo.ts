import type { Conn, Trx } from '../../core/db/kysely';
import './volunteers.tables';

/** Kysely only: the module's own tables. */

export const activityById = (conn: Conn, communityId: string, id: string) =>
  conn
    .selectFrom('activities')
    .selectAll()
    .where('community_id', '=', communityId)
    .where('id', '=', id)
    .executeTakeFirst();

export function listActivities(conn: Conn, communityId: string, when: 'upcoming' | 'past' | 'all', now: string) {
  let q = conn.selectFrom('activities').selectAll().where('community_id', '=', communityId);
  if (when === 'upcoming') q = q.where('ends_at', '>=', now);
  if (when === 'past') q = q.where('ends_at', '<', now);
  return q
    .orderBy('starts_at', when === 'upcoming' ? 'asc' : 'desc')
    .limit(500)
    .execute();
}

export const signupsOf = (conn: Conn, activityIds: string[]) =>
  activityIds.length
    ? conn
        .selectFrom('activity_signups')
        .selectAll()
        .where('activity_id', 'in', activityIds)
        .orderBy('signed_up_at')
        .execute()
    : Promise.resolve([]);

export const signupOf = (conn: Conn, activityId: string, personKey: string) =>
  conn
    .selectFrom('activity_signups')
    .selectAll()
    .where('activity_id', '=', activityId)
    .where('person_key', '=', personKey)
    .executeTakeFirst();

/** Takes one seat if one is left: one conditional UPDATE, so concurrent sign-ups for the last seat cannot both win. */
export async function takeSeat(trx: Trx, activityId: string, now: string): Promise<boolean> {
  const res = await trx
    .updateTable('activities')
    .set((eb) => ({ signup_count: eb('signup_count', '+', 1), updated_at: now }))
    .where('id', '=', activityId)
    .whereRef('signup_count', '<', 'capacity')
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Sign-ups with their activity's time, for the figures of a period (checked-out ones count). */
export function servedBetween(conn: Conn, communityId: string, from: string, to: string) {
  return conn
    .selectFrom('activity_signups as s')
    .innerJoin('activities as a', 'a.id', 's.activity_id')
    .select(['s.person_key', 's.user_id', 's.name', 's.party_member', 's.minutes', 's.activity_id', 'a.starts_at'])
    .where('s.community_id', '=', communityId)
    .where('s.checked_out_at', 'is not', null)
    .where('a.starts_at', '>=', from)
    .where('a.starts_at', '<', to)
    .execute();
}

export function myServed(conn: Conn, communityId: string, personKey: string) {
  return conn
    .selectFrom('activity_signups as s')
    .innerJoin('activities as a', 'a.id', 's.activity_id')
    .select(['a.id', 'a.title', 'a.starts_at', 's.checked_in_at', 's.checked_out_at', 's.minutes'])
    .where('s.community_id', '=', communityId)
    .where('s.person_key', '=', personKey)
    .orderBy('a.starts_at', 'desc')
    .limit(500)
    .execute();
}

export const commitmentsOf = (conn: Conn, communityId: string, year: number) =>
  conn
    .selectFrom('party_commitments')
    .selectAll()
    .where('community_id', '=', communityId)
    .where('year', '=', year)
    .orderBy('member_name')
    .orderBy('created_at')
    .execute();

export const commitmentById = (conn: Conn, communityId: string, id: string) =>
  conn
    .selectFrom('party_commitments')
    .selectAll()
    .where('community_id', '=', communityId)
    .where('id', '=', id)
    .executeTakeFirst();

export const entriesOf = (conn: Conn, ids: string[]) =>
  ids.length
    ? conn
        .selectFrom('party_commitment_entries')
        .selectAll()
        .where('commitment_id', 'in', ids)
        .orderBy('date')
        .execute()
    : Promise.resolve([]);

/** Person-times, minutes and people served at activities that started in [from, to) (dashboards). */
export async function servedTotals(conn: Conn, communityId: string, from: string, to: string) {
  const r = await conn
    .selectFrom('activity_signups as s')
    .innerJoin('activities as a', 'a.id', 's.activity_id')
    .select((eb) => [
      eb.fn.countAll<number>().as('n'),
      eb.fn.coalesce(eb.fn.sum<number>('s.minutes'), eb.lit(0)).as('minutes'),
      eb.fn.count<number>('s.person_key').distinct().as('people'),
    ])
    // The community's activities of the period by their index (community_id, starts_at), then their sign-ups.
    .where('a.community_id', '=', communityId)
    .where('s.checked_out_at', 'is not', null)
    .where('a.starts_at', '>=', from)
    .where('a.starts_at', '<', to)
    .executeTakeFirst();
  return { personTimes: Number(r?.n ?? 0), minutes: Number(r?.minutes ?? 0), people: Number(r?.people ?? 0) };
}
