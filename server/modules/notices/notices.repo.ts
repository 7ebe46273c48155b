import type { Conn } from '../../core/db/kysely';

export type NoticeRow = Awaited<ReturnType<typeof findNotice>> & {};

export function findNotice(conn: Conn, communityId: string, id: string) {
  return conn
    .selectFrom('notices')
    .selectAll()
    .where('community_id', '=', communityId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Any community's notice by id: the public page. */
export function noticeById(conn: Conn, id: string) {
  return conn.selectFrom('notices').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listNotices(conn: Conn, communityId: string, status?: 'published' | 'withdrawn') {
  let q = conn.selectFrom('notices').selectAll().where('community_id', '=', communityId);
  if (status) q = q.where('status', '=', status);
  return q.orderBy('published_at', 'desc').limit(500).execute();
}

/** The notice of this record still published, if any (a record is announced once at a time). */
export function publishedNoticeOf(conn: Conn, communityId: string, sourceType: string, sourceId: string) {
  return conn
    .selectFrom('notices')
    .select(['id'])
    .where('community_id', '=', communityId)
    .where('source_type', '=', sourceType)
    .where('source_id', '=', sourceId)
    .where('status', '=', 'published')
    .executeTakeFirst();
}
