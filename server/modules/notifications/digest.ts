import type { AppContext } from '../../core/context';
import { nowIso } from '../../core/context';
import { beijingDay } from '../../core/local-time';
import { notifyOnce, usersWithRole, type DigestLine, type DigestSource } from './notifications.service';
import { prefsOf } from './prefs';
import './notifications.tables';

const sources = new Map<string, DigestSource>();
/** installModules registers each module's `digestSource` here. */
export function provideDigestSource(module: string, fn: DigestSource): void {
  sources.set(module, fn);
}

/** 08:00 Beijing time (UTC+8): the digest is sent from then until noon, once per person and day. */
const DIGEST_FROM_UTC_HOUR = 0;
const DIGEST_UNTIL_UTC_HOUR = 4;

/**
 * The daily digest for community staff: what is open, overdue or closing soon, in one message a morning.
 * Runs every few minutes on every app server; `notifyOnce` keyed by community, person and day makes it one.
 */
export async function sendDigests(ctx: AppContext): Promise<number> {
  const now = nowIso(ctx.clock);
  const hour = new Date(now).getUTCHours();
  if (hour < DIGEST_FROM_UTC_HOUR || hour >= DIGEST_UNTIL_UTC_HOUR) return 0;
  const day = beijingDay(now);
  const communities = await ctx.db
    .selectFrom('role_grants')
    .select('community_id')
    .distinct()
    .where('role', '=', 'staff')
    .execute();
  let sent = 0;
  for (const { community_id: communityId } of communities) {
    const staff = (await prefsOf(ctx.db, await usersWithRole(ctx.db, communityId, ['staff']))).filter((p) => p.digest);
    if (!staff.length) continue;
    const lines: DigestLine[] = [];
    for (const fn of sources.values()) lines.push(...(await fn(ctx.db, communityId, now)));
    if (!lines.length) continue;
    await ctx.db.transaction().execute(async (trx) => {
      for (const p of staff) {
        const told = await notifyOnce(trx, `digest:${communityId}:${p.userId}:${day}`, {
          communityId,
          userIds: [p.userId],
          kind: 'digest',
          title: `今日工作摘要 ${day}`,
          titleEn: `Today's digest ${day}`,
          body: lines.map((l) => `· ${l.zh}`).join('\n'),
          bodyEn: lines.map((l) => `· ${l.en}`).join('\n'),
          now,
        });
        if (told) sent++;
      }
    });
  }
  return sent;
}
