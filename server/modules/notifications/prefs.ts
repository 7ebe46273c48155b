import type { z } from 'zod';
import type { NotificationPrefs, NotificationPrefsBody } from '../../../contract/notifications';
import type { Conn, Trx } from '../../core/db/kysely';
import { json } from '../../core/ids';
import { BEIJING_OFFSET_MS } from '../../core/local-time';
import { maskPhone } from '../../core/pii';
import { contactsOf } from '../org/org.service';
import { channelOf } from './channels';
import './notifications.tables';

/** Until someone chooses: the inbox only, the digest for staff, quiet from 21:30 to 07:30 Beijing time. */
export const DEFAULT_PREFS: z.infer<typeof NotificationPrefsBody> = {
  sms: false,
  smsKinds: ['tickets', 'consultations'],
  quietStart: '21:30',
  quietEnd: '07:30',
  digest: true,
};

export interface Prefs extends z.infer<typeof NotificationPrefsBody> {
  userId: string;
}

/** The preferences of some users (defaults for those who never chose). */
export async function prefsOf(conn: Conn, userIds: string[]): Promise<Prefs[]> {
  const rows = userIds.length
    ? await conn.selectFrom('notification_prefs').selectAll().where('user_id', 'in', userIds).execute()
    : [];
  const byUser = new Map(rows.map((r) => [r.user_id, r]));
  return userIds.map((userId) => {
    const r = byUser.get(userId);
    return r
      ? {
          userId,
          sms: r.sms,
          smsKinds: r.sms_kinds as Prefs['smsKinds'],
          quietStart: r.quiet_start,
          quietEnd: r.quiet_end,
          digest: r.digest,
        }
      : { userId, ...DEFAULT_PREFS };
  });
}

/** My preferences, with where an SMS would go (masked) and whether this server can send SMS at all. */
export async function myPrefs(conn: Conn, userId: string): Promise<z.infer<typeof NotificationPrefs>> {
  const [{ userId: _, ...p }] = await prefsOf(conn, [userId]);
  const contact = (await contactsOf(conn, [userId])).get(userId);
  return { ...p, phoneMasked: maskPhone(contact?.phone), smsAvailable: !!channelOf('sms') };
}

/** A person's own choice; not an audit event (it changes nothing shared), like marking a message read. */
export async function setMyPrefs(
  trx: Trx,
  userId: string,
  body: z.infer<typeof NotificationPrefsBody>,
  now: string,
): Promise<void> {
  const row = {
    sms: body.sms,
    sms_kinds: json([...new Set(body.smsKinds)]),
    quiet_start: body.quietStart,
    quiet_end: body.quietEnd,
    digest: body.digest,
    updated_at: now,
  };
  await trx
    .insertInto('notification_prefs')
    .values({ user_id: userId, ...row })
    .onConflict((oc) => oc.column('user_id').doUpdateSet(row))
    .execute();
}

const BEIJING_OFFSET_MIN = BEIJING_OFFSET_MS / 60_000;
const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/**
 * When an SMS may go out: `now`, or the end of the person's quiet hours when `now` falls inside them (a window
 * such as 21:30–07:30 runs over midnight; equal ends mean no quiet hours).
 */
export function afterQuietHours(now: string, quietStart: string, quietEnd: string): string {
  const t = Date.parse(now);
  const local = (Math.floor(t / 60_000) + BEIJING_OFFSET_MIN) % 1440;
  const start = minutesOf(quietStart);
  const end = minutesOf(quietEnd);
  const quiet = start === end ? false : start < end ? local >= start && local < end : local >= start || local < end;
  if (!quiet) return now;
  const wait = (end - local + 1440) % 1440;
  return new Date((Math.floor(t / 60_000) + wait) * 60_000).toISOString();
}
