import type { Conn, Trx } from '../../core/db/kysely';
import './evaluations.tables';

export const findRound = (conn: Conn, communityId: string, id: string) =>
  conn
    .selectFrom('evaluation_rounds')
    .selectAll()
    .where('community_id', '=', communityId)
    .where('id', '=', id)
    .executeTakeFirst();
export type RoundRow = NonNullable<Awaited<ReturnType<typeof findRound>>>;

export const findRubric = (conn: Conn, id: string) =>
  conn.selectFrom('evaluation_rubrics').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
export const latestRubric = (conn: Conn, communityId: string) =>
  conn
    .selectFrom('evaluation_rubrics')
    .selectAll()
    .where('community_id', '=', communityId)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();

/** Takes the round's row for the rest of the transaction (PostgreSQL row lock; SQLite runs one writer): a sheet and the close exclude each other. */
export const lockOpenRound = (trx: Trx, communityId: string, id: string, now: string) =>
  trx
    .updateTable('evaluation_rounds')
    .set({ updated_at: now })
    .where('community_id', '=', communityId)
    .where('id', '=', id)
    .where('status', '=', 'open')
    .returningAll()
    .executeTakeFirst();

export const sheetsOf = (conn: Conn, roundIds: string[]) =>
  roundIds.length
    ? conn
        .selectFrom('evaluation_sheets')
        .selectAll()
        .where('round_id', 'in', roundIds)
        .orderBy('submitted_at')
        .execute()
    : Promise.resolve([]);

export const rectificationsOf = (
  conn: Conn,
  communityId: string,
  f: { roundIds?: string[]; status?: 'open' | 'done'; id?: string },
) => {
  let q = conn
    .selectFrom('evaluation_rectifications as r')
    .innerJoin('evaluation_rounds as o', 'o.id', 'r.round_id')
    .selectAll('r')
    .select(['o.quarter', 'o.estate_id', 'o.company_id'])
    .where('r.community_id', '=', communityId);
  if (f.roundIds) q = f.roundIds.length ? q.where('r.round_id', 'in', f.roundIds) : q.where('r.id', '=', '');
  if (f.status) q = q.where('r.status', '=', f.status);
  if (f.id) q = q.where('r.id', '=', f.id);
  return q.orderBy('o.quarter', 'desc').orderBy('r.due_date').orderBy('r.id').limit(500).execute();
};
export type RectificationRow = Awaited<ReturnType<typeof rectificationsOf>>[number];
