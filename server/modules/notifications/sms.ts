import { z } from 'zod';
import { nowIso, type AppContext } from '../../core/context';
import type { Conn } from '../../core/db/kysely';
import { allowListOf } from '../../core/outbound';
import { maskInText } from '../../core/pii';
import { contactsOf } from '../org/org.service';
import { channelOf, registerChannel, unregisterChannel, type Channel } from './channels';
import './notifications.tables';

const TIMEOUT_MS = 5000;

export interface SmsGateway {
  url: string;
  key: string;
  /** The signature the provider prints before every text (e.g. 共治社区), registered with the provider. */
  sign: string;
}

/**
 * The SMS channel: an HTTP gateway configured by the operator (GONGZHI_SMS_URL, _KEY, _SIGN; docs/notifications.md).
 * Request: POST JSON {phone, sign, content} with `Authorization: Bearer <key>`. Accepted: HTTP 2xx with JSON
 * `code` 0 or "OK" (the shape of the common Chinese providers' relays). The URL is the operator's, not typed by
 * staff, so it is not limited to public addresses like webhooks are.
 */
export function smsChannel(g: SmsGateway): Channel {
  return {
    kind: 'sms',
    async send(phone, content) {
      const res = await fetch(g.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${g.key}` },
        body: JSON.stringify({ phone, sign: g.sign, content: content.slice(0, 300) }),
        signal: AbortSignal.timeout(TIMEOUT_MS),
        redirect: 'error',
      });
      const text = await res.text();
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      let body: { code?: unknown; message?: unknown };
      try {
        body = JSON.parse(text);
      } catch {
        throw new Error('answer is not JSON');
      }
      if (body.code !== 0 && body.code !== 'OK')
        throw new Error(`code ${String(body.code)}: ${String(body.message ?? '').slice(0, 100)}`);
    },
  };
}

/** At start: the SMS channel exists exactly when the server is configured with a gateway. */
export function configureSms(g: SmsGateway | undefined): void {
  if (g) registerChannel(smsChannel(g));
  else unregisterChannel('sms');
}

export const MAX_SMS_ATTEMPTS = 5;
const LEASE_MS = 60_000;
const backoffMs = (attempt: number) => Math.min(60 * 60_000, 30_000 * 2 ** (attempt - 1));
const Content = z.object({ zh: z.string(), en: z.string() });

/**
 * Sends the SMS that are due (quiet hours past). Each is claimed with a conditional UPDATE first, so with several
 * app servers a message goes out once. The phone is read now, from org: the outbox keeps no copy of it.
 */
export async function deliverSms(ctx: AppContext, limit = 50): Promise<void> {
  const channel = channelOf('sms');
  if (!channel) return;
  const now = ctx.clock.now();
  const due = await ctx.db
    .selectFrom('notification_sms')
    .select(['id', 'user_id', 'content', 'attempts'])
    .where('status', 'in', ['pending', 'sending'])
    .where('next_attempt_at', '<=', new Date(now).toISOString())
    .orderBy('next_attempt_at')
    .limit(limit)
    .execute();
  if (!due.length) return;
  const contacts = await contactsOf(
    ctx.db,
    due.map((d) => d.user_id),
  );
  for (const d of due) {
    const claimed = await ctx.db
      .updateTable('notification_sms')
      .set({
        status: 'sending',
        attempts: d.attempts + 1,
        next_attempt_at: new Date(now + LEASE_MS).toISOString(),
        updated_at: new Date(now).toISOString(),
      })
      .where('id', '=', d.id)
      .where('attempts', '=', d.attempts)
      .where('status', 'in', ['pending', 'sending'])
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) continue;
    const contact = contacts.get(d.user_id);
    const at = nowIso(ctx.clock);
    if (!contact?.phone) {
      await ctx.db
        .updateTable('notification_sms')
        .set({ status: 'skipped', last_error: 'no phone on the account', updated_at: at })
        .where('id', '=', d.id)
        .execute();
      continue;
    }
    const text = Content.parse(JSON.parse(d.content));
    try {
      await channel.send(contact.phone, contact.locale === 'en' ? text.en : text.zh, allowListOf([]));
      await ctx.db
        .updateTable('notification_sms')
        .set({ status: 'sent', sent_at: at, last_error: null, updated_at: at })
        .where('id', '=', d.id)
        .execute();
    } catch (e) {
      const later = ctx.clock.now();
      const attempt = d.attempts + 1;
      await ctx.db
        .updateTable('notification_sms')
        .set({
          status: attempt >= MAX_SMS_ATTEMPTS ? 'failed' : 'pending',
          // A gateway's error text may echo the number it was given.
          last_error: maskInText(String((e as Error).message ?? e)).slice(0, 300),
          next_attempt_at: new Date(later + backoffMs(attempt)).toISOString(),
          updated_at: new Date(later).toISOString(),
        })
        .where('id', '=', d.id)
        .execute();
    }
  }
}

/** The latest 50 SMS of a community for staff: who, what kind, status; never the number or the text. */
export async function recentSms(conn: Conn, communityId: string) {
  const rows = await conn
    .selectFrom('notification_sms')
    .select(['id', 'user_id', 'kind', 'status', 'attempts', 'last_error', 'created_at', 'next_attempt_at', 'sent_at'])
    .where('community_id', '=', communityId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(50)
    .execute();
  const names = await contactsOf(
    conn,
    rows.map((r) => r.user_id),
  );
  return {
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      recipient: names.get(r.user_id)?.name ?? '',
      status: r.status as 'pending' | 'sending' | 'sent' | 'failed' | 'skipped',
      attempts: r.attempts,
      lastError: r.last_error,
      createdAt: r.created_at,
      nextAttemptAt: r.next_attempt_at,
      sentAt: r.sent_at,
    })),
  };
}
