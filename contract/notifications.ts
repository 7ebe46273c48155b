import { z } from 'zod';

/** In-app inbox and outbound channels (SPEC §8). */

/**
 * What a message is about, for each person's channel preferences: every kind of message belongs to one group
 * by its prefix (`ticket_…`, `consultation_…`, `meeting_…`/`action_item_…`, `topic_…`, `work_order_…`/`duty_…`/
 * `evaluation_…`, `referral_…`/`proposal_…`, `digest`).
 */
export const NOTIFY_GROUPS = [
  'tickets',
  'consultations',
  'meetings',
  'topics',
  'property',
  'community',
  'digest',
] as const;
export type NotifyGroup = (typeof NOTIFY_GROUPS)[number];
const GROUP_OF_PREFIX: Array<[RegExp, NotifyGroup]> = [
  [/^ticket_/, 'tickets'],
  [/^consultation_/, 'consultations'],
  [/^(meeting|action_item)_/, 'meetings'],
  [/^topic_/, 'topics'],
  [/^(work_order|duty|evaluation|rectification)_/, 'property'],
  [/^digest$/, 'digest'],
];
export function groupOfKind(kind: string): NotifyGroup {
  return GROUP_OF_PREFIX.find(([re]) => re.test(kind))?.[1] ?? 'community';
}

export const NotificationItem = z.object({
  id: z.string(),
  communityId: z.string().nullable(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  titleEn: z
    .string()
    .describe('The title in English (messages written before English titles existed: the Chinese one)'),
  bodyEn: z.string(),
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

const HHMM = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM');
export const NotificationPrefsBody = z.strictObject({
  sms: z.boolean().describe('Also send the chosen kinds of message by SMS to my phone'),
  smsKinds: z.array(z.enum(NOTIFY_GROUPS)).max(NOTIFY_GROUPS.length),
  quietStart: HHMM.describe('Beijing time; SMS waits until quietEnd (the inbox is never held back)'),
  quietEnd: HHMM,
  digest: z.boolean().describe('Staff: a digest of the day at 08:00'),
});
export const NotificationPrefs = NotificationPrefsBody.extend({
  phoneMasked: z.string().nullable().describe('Where SMS go: the phone of my account, masked'),
  smsAvailable: z.boolean().describe('Whether this server has an SMS gateway configured'),
});
export const SmsDeliveryList = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      recipient: z.string().describe('Display name of the person'),
      status: z.enum(['pending', 'sending', 'sent', 'failed', 'skipped']),
      attempts: z.number(),
      lastError: z.string().nullable(),
      createdAt: z.string(),
      nextAttemptAt: z.string(),
      sentAt: z.string().nullable(),
    }),
  ),
});
