import type { BlockList } from 'node:net';
import { record } from '../../core/audit/audit';
import { checkWebhookUrl } from '../../core/outbound';
import type { Conn, Db } from '../../core/db/kysely';
import { newId } from '../../core/ids';
import './notifications.tables';

/** Shows where a webhook goes without giving away its key. */
const maskUrl = (url: string) => url.replace(/([?&]key=)([^&]{0,4})[^&]*/i, '$1$2****');

export async function listChannels(conn: Conn, communityId: string) {
  const rows = await conn
    .selectFrom('notification_channels')
    .selectAll()
    .where('community_id', '=', communityId)
    .orderBy('kind')
    .execute();
  return { items: rows.map((c) => ({ kind: c.kind, url: maskUrl(c.url), active: c.active, updatedAt: c.updated_at })) };
}

/**
 * Creates or updates the community's channel of this kind; the change (with the key masked) is an audit
 * event. The address must be https and resolve to public addresses (checked again at every send).
 */
export async function setChannel(
  db: Db,
  actorId: string,
  communityId: string,
  kind: string,
  body: { url: string; active: boolean },
  now: string,
  allow: BlockList,
) {
  await checkWebhookUrl(body.url, allow);
  await db.transaction().execute(async (trx) => {
    const prev = await trx
      .selectFrom('notification_channels')
      .select(['id', 'url', 'active'])
      .where('community_id', '=', communityId)
      .where('kind', '=', kind)
      .executeTakeFirst();
    const id = prev?.id ?? newId();
    if (prev)
      await trx
        .updateTable('notification_channels')
        .set({ url: body.url, active: body.active, updated_at: now })
        .where('id', '=', id)
        .execute();
    else
      await trx
        .insertInto('notification_channels')
        .values({
          id,
          community_id: communityId,
          kind,
          url: body.url,
          active: body.active,
          created_at: now,
          updated_at: now,
        })
        .execute();
    await record(trx, {
      actorId,
      communityId,
      entityType: 'notification_channel',
      entityId: id,
      action: prev ? 'notification_channel.update' : 'notification_channel.create',
      before: prev ? { url: maskUrl(prev.url), active: prev.active } : undefined,
      after: { kind, url: maskUrl(body.url), active: body.active },
    });
  });
  return { kind, url: maskUrl(body.url), active: body.active, updatedAt: now };
}

/** The latest 50 deliveries of the community's channels, newest first. */
export async function recentDeliveries(conn: Conn, communityId: string) {
  const rows = await conn
    .selectFrom('notification_deliveries as d')
    .innerJoin('notification_channels as c', 'c.id', 'd.channel_id')
    .select(['d.id', 'c.kind', 'd.status', 'd.attempts', 'd.last_error', 'd.created_at', 'd.sent_at'])
    .where('d.community_id', '=', communityId)
    .orderBy('d.created_at', 'desc')
    .orderBy('d.id', 'desc')
    .limit(50)
    .execute();
  return {
    items: rows.map((d) => ({
      id: d.id,
      kind: d.kind,
      status: d.status,
      attempts: d.attempts,
      lastError: d.last_error,
      createdAt: d.created_at,
      sentAt: d.sent_at,
    })),
  };
}
