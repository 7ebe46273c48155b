import { sql } from 'kysely';
import type { Conn, Trx } from '../../core/db/kysely';
import './projects.tables';

export type ProjectRow = NonNullable<Awaited<ReturnType<typeof findProject>>>;
export type SpendingRow = Awaited<ReturnType<typeof spendingsOf>>[number];
export type PhotoRow = NonNullable<Awaited<ReturnType<typeof findPhoto>>>;

export function findProject(conn: Conn, communityId: string, id: string) {
  return conn
    .selectFrom('projects')
    .selectAll()
    .where('community_id', '=', communityId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function listProjects(
  conn: Conn,
  communityId: string,
  q: { year?: number; topicId?: string; publishedOnly?: boolean },
) {
  let query = conn.selectFrom('projects').selectAll().where('community_id', '=', communityId);
  if (q.year) query = query.where('year', '=', q.year);
  if (q.topicId) query = query.where('topic_id', '=', q.topicId);
  if (q.publishedOnly) query = query.where('published', '=', true);
  return query.orderBy('year', 'desc').orderBy('created_at', 'desc').limit(500).execute();
}

/**
 * Takes `amount` out of the balance in one conditional UPDATE: the condition is re-checked against the
 * row as it is when the update runs (PostgreSQL waits for a concurrent spender's commit and re-reads the
 * row; SQLite runs writers one at a time), so two spendings can never together go past the budget.
 * Undefined when the balance is too small.
 */
export function takeFromBalance(trx: Trx, communityId: string, id: string, amount: number, now: string) {
  return trx
    .updateTable('projects')
    .set({ spent_fen: sql<number>`spent_fen + ${amount}`, updated_at: now })
    .where('community_id', '=', communityId)
    .where('id', '=', id)
    .where(sql<boolean>`spent_fen + ${amount} <= budget_fen`)
    .returning(['spent_fen', 'budget_fen'])
    .executeTakeFirst();
}

export function spendingsOf(conn: Conn, projectId: string) {
  return conn
    .selectFrom('project_spendings')
    .selectAll()
    .where('project_id', '=', projectId)
    .orderBy('spent_on')
    .orderBy('created_at')
    .execute();
}

export function photosOf(conn: Conn, projectId: string) {
  return conn
    .selectFrom('project_photos')
    .selectAll()
    .where('project_id', '=', projectId)
    .orderBy('created_at')
    .execute();
}

export function findPhoto(conn: Conn, projectId: string, photoId: string) {
  return conn
    .selectFrom('project_photos')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('id', '=', photoId)
    .executeTakeFirst();
}

export function invoiceUsed(conn: Conn, photoId: string) {
  return conn.selectFrom('project_spendings').select('id').where('invoice_photo_id', '=', photoId).executeTakeFirst();
}

export function publishedProject(conn: Conn, id: string) {
  return conn.selectFrom('projects').selectAll().where('id', '=', id).where('published', '=', true).executeTakeFirst();
}

/** Spending recorded on [fromDate, toDate) (YYYY-MM-DD): total, payments and projects paid from (dashboards). */
export async function spendTotals(conn: Conn, communityId: string, fromDate: string, toDate: string) {
  const r = await conn
    .selectFrom('project_spendings')
    .select((eb) => [
      eb.fn.countAll<number>().as('n'),
      eb.fn.coalesce(eb.fn.sum<number>('amount_fen'), eb.lit(0)).as('spent'),
      eb.fn.count<number>('project_id').distinct().as('projects'),
    ])
    .where('community_id', '=', communityId)
    .where('spent_on', '>=', fromDate)
    .where('spent_on', '<', toDate)
    .executeTakeFirst();
  return { spentFen: Number(r?.spent ?? 0), payments: Number(r?.n ?? 0), projects: Number(r?.projects ?? 0) };
}
