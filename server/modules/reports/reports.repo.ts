import type { Conn } from '../../core/db/kysely';
import './reports.tables';

export type ReportRow = NonNullable<Awaited<ReturnType<typeof findReport>>>;

export function findReport(conn: Conn, communityId: string, month: string) {
  return conn
    .selectFrom('monthly_reports')
    .selectAll()
    .where('community_id', '=', communityId)
    .where('month', '=', month)
    .executeTakeFirst();
}

/** The archive: every report of the community, newest month first (one per month, so a few hundred at most). */
export function listReports(conn: Conn, communityId: string) {
  return conn
    .selectFrom('monthly_reports')
    .select([
      'id',
      'month',
      'status',
      'created_by_name',
      'updated_at',
      'finalised_by_name',
      'finalised_at',
      'content_hash',
    ])
    .where('community_id', '=', communityId)
    .orderBy('month', 'desc')
    .limit(600)
    .execute();
}

/** Every finalised report of every community, with what its hash covers (`gongzhi verify`). */
export function finalisedReports(conn: Conn) {
  return conn
    .selectFrom('monthly_reports')
    .select(['community_id', 'month', 'figures', 'sections', 'content_hash'])
    .where('status', '=', 'final')
    .orderBy('community_id')
    .orderBy('month')
    .execute();
}
