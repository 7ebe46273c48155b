import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ChannelBody, ChannelList, DeliveryList, NotificationPage, NotificationQuery } from '../../../contract/notifications';
import { record } from '../../core/audit/audit';
import { errors } from '../../core/errors';
import { newId } from '../../core/ids';
import { registerJob } from '../../core/scheduler';
import { CHANNEL_KINDS } from '../../../contract/notifications';
import { deliverDue } from './notifications.service';
import './notifications.policy';

/** Shows where a webhook goes without giving away its key. */
const maskUrl = (url: string) => url.replace(/([?&]key=)([^&]{0,4})[^&]*/i, '$1$2****');

registerJob({ name: 'notifications.deliver', everyMs: 30_000, run: (ctx) => deliverDue(ctx) });

export default async function notificationRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, clock } = app.ctx;
  const iso = () => new Date(clock.now()).toISOString();

  r.get('/notifications', {
    config: { access: { signedIn: true } },
    schema: { tags: ['notifications'], summary: 'My inbox, newest first', querystring: NotificationQuery, response: { 200: NotificationPage } },
  }, async (req) => {
    const { page, pageSize, unread } = req.query;
    let q = db.selectFrom('notifications').where('user_id', '=', req.actor!.userId);
    if (unread) q = q.where('read_at', 'is', null);
    const [rows, total, unreadCount] = await Promise.all([
      q.selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(pageSize).offset((page - 1) * pageSize).execute(),
      q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      db.selectFrom('notifications').select((eb) => eb.fn.countAll<number>().as('n')).where('user_id', '=', req.actor!.userId).where('read_at', 'is', null).executeTakeFirstOrThrow(),
    ]);
    return {
      items: rows.map((n) => ({
        id: n.id, communityId: n.community_id, kind: n.kind, title: n.title, body: n.body, entityType: n.entity_type,
        entityId: n.entity_id, read: n.read_at !== null, createdAt: n.created_at,
      })),
      total: Number(total.n), unread: Number(unreadCount.n), page, pageSize,
    };
  });

  // Read marks are the reader's own bookkeeping, not a change to shared records, so they are not audit events.
  r.post('/notifications/:id/read', {
    config: { access: { signedIn: true } },
    schema: { tags: ['notifications'], summary: 'Mark one message read', params: z.object({ id: z.string().max(64) }), response: { 204: z.null() } },
  }, async (req, reply) => {
    const res = await db.updateTable('notifications').set({ read_at: iso() })
      .where('id', '=', req.params.id).where('user_id', '=', req.actor!.userId).executeTakeFirst();
    if (Number(res.numUpdatedRows) === 0) throw errors.notFound('notification');
    return reply.code(204).send(null);
  });

  r.post('/notifications/read-all', {
    config: { access: { signedIn: true } },
    schema: { tags: ['notifications'], summary: 'Mark every message read', response: { 200: z.object({ updated: z.number() }) } },
  }, async (req) => {
    const res = await db.updateTable('notifications').set({ read_at: iso() })
      .where('user_id', '=', req.actor!.userId).where('read_at', 'is', null).executeTakeFirst();
    return { updated: Number(res.numUpdatedRows) };
  });

  r.get('/communities/:communityId/notification-channels', {
    config: { access: { action: 'notifications.manage' } },
    schema: { tags: ['notifications'], summary: 'Outbound channels of the community', params: z.object({ communityId: z.string() }), response: { 200: ChannelList } },
  }, async (req) => {
    const rows = await db.selectFrom('notification_channels').selectAll().where('community_id', '=', req.params.communityId).orderBy('kind').execute();
    return { items: rows.map((c) => ({ kind: c.kind, url: maskUrl(c.url), active: c.active, updatedAt: c.updated_at })) };
  });

  r.put('/communities/:communityId/notification-channels/:kind', {
    config: { access: { action: 'notifications.manage' } },
    schema: {
      tags: ['notifications'], summary: 'Set the WeChat Work group-robot webhook of the community',
      params: z.object({ communityId: z.string(), kind: z.enum(CHANNEL_KINDS) }), body: ChannelBody, response: { 200: ChannelList.shape.items.element },
    },
  }, async (req) => {
    const { communityId, kind } = req.params;
    const now = iso();
    await db.transaction().execute(async (trx) => {
      const prev = await trx.selectFrom('notification_channels').select(['id', 'url', 'active']).where('community_id', '=', communityId).where('kind', '=', kind).executeTakeFirst();
      const id = prev?.id ?? newId();
      if (prev) await trx.updateTable('notification_channels').set({ url: req.body.url, active: req.body.active, updated_at: now }).where('id', '=', id).execute();
      else await trx.insertInto('notification_channels').values({ id, community_id: communityId, kind, url: req.body.url, active: req.body.active, created_at: now, updated_at: now }).execute();
      await record(trx, {
        actorId: req.actor!.userId, communityId, entityType: 'notification_channel', entityId: id, action: prev ? 'notification_channel.update' : 'notification_channel.create',
        before: prev ? { url: maskUrl(prev.url), active: prev.active } : undefined, after: { kind, url: maskUrl(req.body.url), active: req.body.active },
      });
    });
    return { kind, url: maskUrl(req.body.url), active: req.body.active, updatedAt: now };
  });

  r.get('/communities/:communityId/notification-deliveries', {
    config: { access: { action: 'notifications.manage' } },
    schema: { tags: ['notifications'], summary: 'The latest 50 channel deliveries and their status', params: z.object({ communityId: z.string() }), response: { 200: DeliveryList } },
  }, async (req) => {
    const rows = await db.selectFrom('notification_deliveries as d').innerJoin('notification_channels as c', 'c.id', 'd.channel_id')
      .select(['d.id', 'c.kind', 'd.status', 'd.attempts', 'd.last_error', 'd.created_at', 'd.sent_at'])
      .where('d.community_id', '=', req.params.communityId).orderBy('d.created_at', 'desc').orderBy('d.id', 'desc').limit(50).execute();
    return { items: rows.map((d) => ({ id: d.id, kind: d.kind, status: d.status, attempts: d.attempts, lastError: d.last_error, createdAt: d.created_at, sentAt: d.sent_at })) };
  });
}
