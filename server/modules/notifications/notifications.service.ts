import { groupOfKind } from '../../../contract/notifications';
import { nowIso, type AppContext } from '../../core/context';
import type { Conn, Trx } from '../../core/db/kysely';
import { insertRows } from '../../core/db/compiled';
import { json, newId } from '../../core/ids';
import { allowListOf } from '../../core/outbound';
import { channelOf } from './channels';
import { afterQuietHours, prefsOf } from './prefs';
import { deliverSms } from './sms';
import './notifications.tables';

/** One line of the staff's daily digest (digest.ts), in both languages. */
export interface DigestLine {
  zh: string;
  en: string;
}
/** What a module adds to a community's digest (its own tables, read by itself); nothing to say: []. */
export type DigestSource = (conn: Conn, communityId: string, now: string) => Promise<DigestLine[]>;

export interface NotifyInput {
  communityId: string | null;
  userIds: Array<string | null | undefined>;
  /** What it is about; its prefix names the group people choose channels by (contract groupOfKind). */
  kind: string;
  title: string;
  titleEn: string;
  body: string;
  /** The body in English when it is written by us; a resident's or staff member's own words are not translated. */
  bodyEn?: string;
  entityType?: string;
  entityId?: string;
  now: string;
  /** Already read (demo history); new messages are unread and nothing is sent by SMS. */
  readAt?: string | null;
}

const CHUNK = 400;

/**
 * Puts a message in the inbox of each user (once per user), inside the caller's transaction, and queues an SMS
 * for those who asked for this kind of message by SMS (held until their quiet hours end). Sending happens after
 * commit, from the outbox, so a slow gateway can neither block nor undo the change it reports.
 */
export async function notifyUsers(trx: Trx, n: NotifyInput): Promise<void> {
  const ids = [...new Set(n.userIds.filter((u): u is string => !!u))];
  if (!ids.length) return;
  const title = n.title.slice(0, 200);
  const titleEn = n.titleEn.slice(0, 200);
  const body = n.body.slice(0, 1000);
  const bodyEn = (n.bodyEn ?? n.body).slice(0, 1000);
  for (let i = 0; i < ids.length; i += CHUNK)
    await insertRows(
      trx,
      'notifications',
      ids.slice(i, i + CHUNK).map((userId) => ({
        id: newId(),
        community_id: n.communityId,
        user_id: userId,
        kind: n.kind,
        title,
        body,
        title_en: titleEn,
        body_en: bodyEn,
        entity_type: n.entityType ?? null,
        entity_id: n.entityId ?? null,
        read_at: n.readAt ?? null,
        created_at: n.now,
      })),
    );
  if (n.readAt || !channelOf('sms')) return;
  const group = groupOfKind(n.kind);
  const wanting = (await prefsOf(trx, ids)).filter((p) => p.sms && p.smsKinds.includes(group));
  for (let i = 0; i < wanting.length; i += CHUNK)
    await trx
      .insertInto('notification_sms')
      .values(
        wanting.slice(i, i + CHUNK).map((p) => ({
          id: newId(),
          community_id: n.communityId,
          user_id: p.userId,
          kind: n.kind,
          content: json({ zh: title, en: titleEn }),
          status: 'pending',
          attempts: 0,
          last_error: null,
          next_attempt_at: afterQuietHours(n.now, p.quietStart, p.quietEnd),
          sent_at: null,
          created_at: n.now,
          updated_at: n.now,
        })),
      )
      .execute();
}

/** A `notifyOnce` key as stored (the column holds 300 characters). */
const onceKey = (key: string) => key.slice(0, 300);

/**
 * notifyUsers, once for `key` however often and on however many app servers a job asks (a reminder before a
 * consultation closes, the day's digest): the key's row and the messages are written in one transaction.
 */
export async function notifyOnce(trx: Trx, key: string, n: NotifyInput): Promise<boolean> {
  const ins = await trx
    .insertInto('notification_once')
    .values({ key: onceKey(key), created_at: n.now })
    .onConflict((oc) => oc.column('key').doNothing())
    .executeTakeFirst();
  if (Number(ins.numInsertedOrUpdatedRows ?? 0) !== 1) return false;
  await notifyUsers(trx, n);
  return true;
}

/** Which of these `notifyOnce` keys have been used: a job skips what it has told before without working out whom to tell. */
export async function usedOnceKeys(conn: Conn, keys: string[]): Promise<Set<string>> {
  if (!keys.length) return new Set();
  const rows = await conn.selectFrom('notification_once').select('key').where('key', 'in', keys.map(onceKey)).execute();
  const used = new Set(rows.map((r) => r.key));
  return new Set(keys.filter((k) => used.has(onceKey(k))));
}

/**
 * Queues a message for every active channel of the community (the grid teams' WeChat Work group).
 * Only a row is written here, in the caller's transaction: sending happens after commit, so a slow
 * or failing channel can neither block nor undo the change it reports.
 */
export async function queueBroadcast(trx: Trx, communityId: string, content: string, now: string): Promise<number> {
  const chans = await trx
    .selectFrom('notification_channels')
    .select('id')
    .where('community_id', '=', communityId)
    .where('active', '=', true)
    .execute();
  if (!chans.length) return 0;
  await trx
    .insertInto('notification_deliveries')
    .values(
      chans.map((c) => ({
        id: newId(),
        community_id: communityId,
        channel_id: c.id,
        content,
        status: 'pending',
        attempts: 0,
        last_error: null,
        next_attempt_at: now,
        sent_at: null,
        created_at: now,
        updated_at: now,
      })),
    )
    .execute();
  return chans.length;
}

export const MAX_ATTEMPTS = 5;
/** A claimed delivery whose server died mid-send is picked up again after this lease. */
const LEASE_MS = 60_000;
const backoffMs = (attempt: number) => Math.min(60 * 60_000, 30_000 * 2 ** (attempt - 1));

const inFlight = new Set<Promise<void>>();

/**
 * Sends the deliveries that are due. Each is claimed with a conditional UPDATE first, so with several
 * app servers (or a retry job racing the after-commit kick) a message goes out once.
 */
export async function deliverDue(ctx: AppContext, limit = 50): Promise<void> {
  const now = ctx.clock.now();
  const due = await ctx.db
    .selectFrom('notification_deliveries as d')
    .innerJoin('notification_channels as c', 'c.id', 'd.channel_id')
    .select(['d.id', 'd.content', 'd.attempts', 'c.kind', 'c.url'])
    .where('d.status', 'in', ['pending', 'sending'])
    .where('d.next_attempt_at', '<=', new Date(now).toISOString())
    .orderBy('d.next_attempt_at')
    .limit(limit)
    .execute();
  for (const d of due) {
    const claimed = await ctx.db
      .updateTable('notification_deliveries')
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
    const attempt = d.attempts + 1;
    try {
      const channel = channelOf(d.kind);
      if (!channel) throw new Error(`no channel ${d.kind}`);
      await channel.send(d.url, d.content, allowListOf(ctx.config.webhookAllow));
      const at = nowIso(ctx.clock);
      await ctx.db
        .updateTable('notification_deliveries')
        .set({ status: 'sent', sent_at: at, last_error: null, updated_at: at })
        .where('id', '=', d.id)
        .execute();
    } catch (e) {
      const at = ctx.clock.now();
      const final = attempt >= MAX_ATTEMPTS;
      await ctx.db
        .updateTable('notification_deliveries')
        .set({
          status: final ? 'failed' : 'pending',
          last_error: String((e as Error).message ?? e).slice(0, 300),
          next_attempt_at: new Date(at + backoffMs(attempt)).toISOString(),
          updated_at: new Date(at).toISOString(),
        })
        .where('id', '=', d.id)
        .execute();
    }
  }
}

/** After a commit: start sending now (webhooks and SMS) without making the request wait for it. */
export function kickDeliveries(ctx: AppContext, log?: { warn: (o: unknown, m: string) => void }): void {
  const p = Promise.all([deliverDue(ctx), deliverSms(ctx)])
    .then(() => undefined)
    .catch((err) => log?.warn({ err }, 'notification delivery failed'));
  inFlight.add(p);
  void p.finally(() => inFlight.delete(p));
}

/** Waits for the sends started by kickDeliveries (tests, shutdown). */
export async function deliveriesSettled(): Promise<void> {
  await Promise.all([...inFlight]);
}

/** Users holding one of the roles in a community (community staff for escalation). */
export async function usersWithRole(conn: Conn, communityId: string, roles: string[]): Promise<string[]> {
  const rows = await conn
    .selectFrom('role_grants')
    .select('user_id')
    .distinct()
    .where('community_id', '=', communityId)
    .where('role', 'in', roles)
    .execute();
  return rows.map((r) => r.user_id);
}
