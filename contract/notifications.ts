import { z } from 'zod';

/** In-app inbox and outbound channels (SPEC §8). */
export const NOTIFICATION_KINDS = ['ticket_assigned', 'ticket_state', 'ticket_overdue', 'ticket_confirm'] as const;

export const NotificationItem = z.object({
  id: z.string(),
  communityId: z.string().nullable(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  read: z.boolean(),
  createdAt: z.string(),
});
export const NotificationPage = z.object({
  items: z.array(NotificationItem),
  total: z.number(),
  unread: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
export const NotificationQuery = z.object({
  unread: z.enum(['1', 'true']).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const CHANNEL_KINDS = ['wecom_robot'] as const;
export const ChannelBody = z.strictObject({
  url: z
    .url({ protocol: /^https?$/ })
    .max(500)
    .describe('WeChat Work group robot webhook, https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…'),
  active: z.boolean().default(true),
});
export const ChannelView = z.object({
  kind: z.string(),
  url: z.string().describe('Key masked'),
  active: z.boolean(),
  updatedAt: z.string(),
});
export const ChannelList = z.object({ items: z.array(ChannelView) });
export const DeliveryList = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      status: z.string(),
      attempts: z.number(),
      lastError: z.string().nullable(),
      createdAt: z.string(),
      sentAt: z.string().nullable(),
    }),
  ),
});
