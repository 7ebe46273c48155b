import type { AppContext } from '../../core/context';
import { nowIso } from '../../core/context';
import type { Conn, Trx } from '../../core/db/kysely';
import { beijingMinute } from '../../core/local-time';
import type { DigestLine } from '../notifications/notifications.service';
import { notifyOnce, notifyUsers, usedOnceKeys } from '../notifications/notifications.service';
import { accountsOfHouseholds } from '../org/org.service';
import * as repo from './consultations.repo';

/**
 * What a consultation tells the households it asks (SPEC §5, §8): that it opened, a reminder a day before it
 * closes to households that have not answered, and its result. Every account living in an eligible household is
 * told (the representative votes; the others can remind them). Written in the change's own transaction.
 */

const REMIND_BEFORE_MS = 24 * 3600_000;

export async function tellOpened(
  trx: Trx,
  c: { communityId: string; id: string; title: string; closesAt: string; now: string },
  householdIds: string[],
) {
  await notifyUsers(trx, {
    communityId: c.communityId,
    userIds: await accountsOfHouseholds(trx, c.communityId, householdIds),
    kind: 'consultation_opened',
    title: `征询开始：${c.title}`,
    titleEn: `Consultation open: ${c.title}`,
    body: `请户代表在 ${beijingMinute(c.closesAt)} 前参与，每户一票。`,
    bodyEn: `The household's representative answers by ${beijingMinute(c.closesAt)} (Beijing time); one vote per household.`,
    entityType: 'consultation',
    entityId: c.id,
    now: c.now,
  });
}

export async function tellResult(
  trx: Trx,
  c: { communityId: string; id: string; title: string; now: string },
  tally: { passed: boolean; participants: number; eligible: number },
) {
  const households = (await repo.snapshotOf(trx, c.id)).map((h) => h.household_id);
  await notifyUsers(trx, {
    communityId: c.communityId,
    userIds: await accountsOfHouseholds(trx, c.communityId, households),
    kind: 'consultation_result',
    title: `征询结果已公布：${c.title}`,
    titleEn: `Consultation result published: ${c.title}`,
    body: `${tally.passed ? '通过' : '未通过'}，${tally.participants}/${tally.eligible} 户参与。`,
    bodyEn: `${tally.passed ? 'Passed' : 'Not passed'}; ${tally.participants} of ${tally.eligible} households took part.`,
    entityType: 'consultation',
    entityId: c.id,
    now: c.now,
  });
}

/** The job: once per consultation, a day before it closes, the households that have not answered yet. */
export async function remindClosing(app: AppContext): Promise<number> {
  const now = nowIso(app.clock);
  const soon = new Date(app.clock.now() + REMIND_BEFORE_MS).toISOString();
  const due = await app.db
    .selectFrom('consultations')
    .select(['id', 'community_id', 'title', 'closes_at'])
    .where('status', '=', 'open')
    .where('closes_at', '>', now)
    .where('closes_at', '<=', soon)
    // Soonest first: a run with many to remind reaches the one about to close before the others.
    .orderBy('closes_at')
    .execute();
  const key = (id: string) => `consultation_closing:${id}`;
  // Every run (every server, every 10 minutes) sees each consultation for a whole day: those already reminded are
  // skipped before their households (up to thousands) are looked up again.
  const remindedBefore = await usedOnceKeys(
    app.db,
    due.map((d) => key(d.id)),
  );
  let reminded = 0;
  for (const d of due) {
    if (remindedBefore.has(key(d.id))) continue;
    const waiting = (await repo.eligibleWithBallots(app.db, d.id)).filter((e) => !e.status).map((e) => e.household_id);
    if (!waiting.length) continue;
    const told = await app.db.transaction().execute(async (trx) =>
      notifyOnce(trx, key(d.id), {
        communityId: d.community_id,
        userIds: await accountsOfHouseholds(trx, d.community_id, waiting),
        kind: 'consultation_closing',
        title: `征询即将结束：${d.title}`,
        titleEn: `Consultation closing soon: ${d.title}`,
        body: `${beijingMinute(d.closes_at)} 结束，您家尚未参与。`,
        bodyEn: `It closes at ${beijingMinute(d.closes_at)} (Beijing time) and your household has not answered yet.`,
        entityType: 'consultation',
        entityId: d.id,
        now,
      }),
    );
    if (told) reminded++;
  }
  return reminded;
}

/** The staff digest: consultations closing within two days, with their turnout so far. */
export async function digestLines(conn: Conn, communityId: string, now: string): Promise<DigestLine[]> {
  const open = await conn
    .selectFrom('consultations')
    .select(['id', 'title', 'closes_at', 'eligible_count'])
    .where('community_id', '=', communityId)
    .where('status', '=', 'open')
    .where('closes_at', '<=', new Date(Date.parse(now) + 2 * REMIND_BEFORE_MS).toISOString())
    .orderBy('closes_at')
    .execute();
  const lines: DigestLine[] = [];
  for (const c of open) {
    const { counted } = await repo.progressOf(conn, c.id);
    const eligible = Number(c.eligible_count ?? 0);
    lines.push({
      zh: `征询「${c.title}」${beijingMinute(c.closes_at)} 结束，已参与 ${counted}/${eligible} 户`,
      en: `Consultation "${c.title}" closes ${beijingMinute(c.closes_at)}: ${counted} of ${eligible} households so far`,
    });
  }
  return lines;
}
