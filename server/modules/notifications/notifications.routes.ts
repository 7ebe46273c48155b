import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ChannelBody,
  ChannelList,
  DeliveryList,
  NotificationPage,
  NotificationPrefs,
  NotificationPrefsBody,
  NotificationQuery,
  SmsDeliveryList,
} from '../../../contract/notifications';
import { allowListOf } from '../../core/outbound';
import { CHANNEL_KINDS } from '../../../contract/notifications';
import { inboxPage, markAllRead, markRead } from './inbox';
import { listChannels, recentDeliveries, setChannel } from './channel-settings';
import { NoBody } from '../../../contract/common';
import { nowIso } from '../../core/context';
import { myPrefs, setMyPrefs } from './prefs';
import { recentSms } from './sms';

export default async function notificationRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, clock } = app.ctx;

  r.get(
    '/notifications',
    {
      config: { access: { signedIn: true } },
      schema: {
        tags: ['notifications'],
        summary: 'My inbox, newest first',
        querystring: NotificationQuery,
        response: { 200: NotificationPage },
      },
    },
    async (req) => inboxPage(db, req.actor!.userId, req.query),
  );

  r.post(
    '/notifications/:id/read',
    {
      config: { access: { signedIn: true } },
      schema: {
        tags: ['notifications'],
        summary: 'Mark one message read',
        params: z.object({ id: z.string().max(64) }),
        body: NoBody,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      await markRead(db, req.actor!.userId, req.params.id, nowIso(clock));
      return reply.code(204).send(null);
    },
  );

  r.post(
    '/notifications/read-all',
    {
      config: { access: { signedIn: true } },
      schema: {
        tags: ['notifications'],
        summary: 'Mark every message read',
        body: NoBody,
        response: { 200: z.object({ updated: z.number() }) },
      },
    },
    async (req) => ({ updated: await markAllRead(db, req.actor!.userId, nowIso(clock)) }),
  );

  r.get(
    '/communities/:communityId/notification-channels',
    {
      config: { access: { action: 'notifications.manage' } },
      schema: {
        tags: ['notifications'],
        summary: 'Outbound channels of the community',
        params: z.object({ communityId: z.string() }),
        response: { 200: ChannelList },
      },
    },
    async (req) => listChannels(db, req.params.communityId),
  );

  r.put(
    '/communities/:communityId/notification-channels/:kind',
    {
      config: {
        access: { action: 'notifications.manage' },
        errors: { 422: ['webhook_https_only', 'webhook_address_not_public'] },
      },
      schema: {
        tags: ['notifications'],
        summary: 'Set the WeChat Work group-robot webhook of the community',
        params: z.object({ communityId: z.string(), kind: z.enum(CHANNEL_KINDS) }),
        body: ChannelBody,
        response: { 200: ChannelList.shape.items.element },
      },
    },
    async (req) =>
      setChannel(
        db,
        req.actor!.userId,
        req.params.communityId,
        req.params.kind,
        req.body,
        nowIso(clock),
        allowListOf(app.ctx.config.webhookAllow),
      ),
  );

  r.get(
    '/communities/:communityId/notification-deliveries',
    {
      config: { access: { action: 'notifications.manage' } },
      schema: {
        tags: ['notifications'],
        summary: 'The latest 50 channel deliveries and their status',
        params: z.object({ communityId: z.string() }),
        response: { 200: DeliveryList },
      },
    },
    async (req) => recentDeliveries(db, req.params.communityId),
  );

  r.get(
    '/notification-prefs',
    {
      config: { access: { signedIn: true } },
      schema: {
        tags: ['notifications'],
        summary: 'My notification preferences: SMS per kind of message, quiet hours, the daily digest',
        response: { 200: NotificationPrefs },
      },
    },
    async (req) => myPrefs(db, req.actor!.userId),
  );

  r.put(
    '/notification-prefs',
    {
      config: { access: { signedIn: true } },
      schema: {
        tags: ['notifications'],
        summary: 'Set my notification preferences',
        body: NotificationPrefsBody,
        response: { 200: NotificationPrefs },
      },
    },
    async (req) => {
      await db.transaction().execute((trx) => setMyPrefs(trx, req.actor!.userId, req.body, nowIso(clock)));
      return myPrefs(db, req.actor!.userId);
    },
  );

  r.get(
    '/communities/:communityId/notification-sms',
    {
      config: { access: { action: 'notifications.manage' } },
      schema: {
        tags: ['notifications'],
        summary: 'The latest 50 SMS of the community: recipient, kind and status (never the number or the text)',
        params: z.object({ communityId: z.string() }),
        response: { 200: SmsDeliveryList },
      },
    },
    async (req) => recentSms(db, req.params.communityId),
  );
}
