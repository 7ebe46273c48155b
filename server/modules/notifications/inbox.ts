import type { z } from 'zod';
import type { NotificationQuery } from '../../../contract/notifications';
import type { Conn } from '../../core/db/kysely';
import { errors } from '../../core/errors';
import './notifications.tables';

/**
 * A user's own inbox. Read marks are the reader's own bookkeeping, not a change to shared records,
 * so they are not audit events.
 */
export async function inboxPage(conn: Conn, userId: string, o: z.infer<typeof NotificationQuery>) {
  let q = conn.selectFrom('notifications').where('user_id', '=', userId);
  if (o.unread) q = q.where('read_at', 'is', null);
  const [rows, total, unreadCount] = await Promise.all([
    q
      .selectAll()
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(o.pageSize)
      .offset((o.page - 1) * o.pageSize)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    conn
      .selectFrom('notifications')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('user_id', '=', userId)
      .where('read_at', 'is', null)
      .executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map((n) => ({
      id: n.id,
      communityId: n.community_id,
      kind: n.kind,
      title: n.title,
      body: n.body,
      titleEn: n.title_en ?? n.title,
      bodyEn: n.body_en ?? n.body,
      entityType: n.entity_type,
      entityId: n.entity_id,
      read: n.read_at !== null,
      createdAt: n.created_at,
    })),
    total: Number(total.n),
    unread: Number(unreadCount.n),
    page: o.page,
    pageSize: o.pageSize,
  };
}

/** Marks one of the user's messages read; another user's message is "not found". */
export async function markRead(conn: Conn, userId: string, id: string, now: string): Promise<void> {
  const res = await conn
    .updateTable('notifications')
    .set({ read_at: now })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) === 0) throw errors.notFound('notification');
}

export async function markAllRead(conn: Conn, userId: string, now: string): Promise<number> {
  const res = await conn
    .updateTable('notifications')
    .set({ read_at: now })
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}
