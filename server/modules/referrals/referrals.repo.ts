import type { Conn } from '../../core/db/kysely';
import './referrals.tables';

export const referralById = (conn: Conn, communityId: string, id: string) =>
  conn
    .selectFrom('referrals')
    .selectAll()
    .where('community_id', '=', communityId)
    .where('id', '=', id)
    .executeTakeFirst();

export function listReferrals(conn: Conn, communityId: string, status?: 'outstanding' | 'answered') {
  let q = conn.selectFrom('referrals').selectAll().where('community_id', '=', communityId);
  if (status) q = q.where('status', '=', status);
  return q.orderBy('status', 'desc').orderBy('expected_date').orderBy('referred_at').limit(1000).execute();
}

/** Outstanding past the expected date and not reminded since `since`: the reminder job's work. */
export const dueForReminder = (conn: Conn, today: string, since: string) =>
  conn
    .selectFrom('referrals')
    .selectAll()
    .where('status', '=', 'outstanding')
    .where('expected_date', '<', today)
    .where((eb) => eb.or([eb('last_reminded_at', 'is', null), eb('last_reminded_at', '<', since)]))
    .orderBy('expected_date')
    .limit(500)
    .execute();
