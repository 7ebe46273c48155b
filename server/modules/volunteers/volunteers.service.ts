import crypto from 'node:crypto';
import type { z } from 'zod';
import type {
  CommitmentEntryBody,
  CreateActivityBody,
  CreateCommitmentBody,
  ListActivitiesQuery,
  StatsQuery,
  VolunteerStats,
} from '../../../contract/volunteers';
import { COMMITMENT_UNITS } from '../../../contract/volunteers';
import { record } from '../../core/audit/audit';
import { isoAt, nowIso, type RequestContext } from '../../core/context';
import type { Conn, Trx } from '../../core/db/kysely';
import { errors } from '../../core/errors';
import { newId } from '../../core/ids';
import { can, rolesIn } from '../../core/policy/policy';
import { usersWithRole } from '../notifications/notifications.service';
import { detail, hoursOf, summary } from './volunteers.presenter';
import * as repo from './volunteers.repo';

/** Check-in opens this long before the start (people arrive early) … */
const CHECKIN_EARLY_MS = 30 * 60_000;
/** … and check-out stays open this long after the end (the last ones leave after clearing up). */
const CHECKOUT_LATE_MS = 2 * 3_600_000;
/** Months and years as the community counts them: China time. */
const CN_MS = 8 * 3_600_000;
const yearStart = (y: number) => isoAt(Date.UTC(y, 0, 1) - CN_MS);
const cnMonth = (iso: string) => isoAt(Date.parse(iso) + CN_MS).slice(0, 7);
const cnYear = (ms: number) => new Date(ms + CN_MS).getUTCFullYear();

const userKey = (userId: string) => `user:${userId}`;
const organiser = (c: RequestContext) => can(c.actor, 'volunteers.manage', c.communityId);

async function activityOr404(c: RequestContext, conn: RequestContext['db'] | Trx, id: string) {
  const a = await repo.activityById(conn, c.communityId, id);
  if (!a) throw errors.notFound('activity');
  return a;
}

export async function createActivity(c: RequestContext, b: z.infer<typeof CreateActivityBody>) {
  if (Date.parse(b.endsAt) <= Date.parse(b.startsAt))
    throw errors.unprocessable('invalid_times', '结束时间必须晚于开始时间', 'The end must be after the start');
  const now = nowIso(c.app.clock);
  const id = newId();
  await c.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('activities')
      .values({
        id,
        community_id: c.communityId,
        kind: b.kind,
        title: b.title,
        description: b.description,
        location: b.location,
        starts_at: isoAt(Date.parse(b.startsAt)),
        ends_at: isoAt(Date.parse(b.endsAt)),
        capacity: b.capacity,
        signup_count: 0,
        checkin_nonce: crypto.randomBytes(12).toString('base64url'),
        created_by: c.actor.userId,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await record(trx, {
      actorId: c.actor.userId,
      communityId: c.communityId,
      entityType: 'activity',
      entityId: id,
      action: 'activity.create',
      after: { title: b.title, capacity: b.capacity, startsAt: b.startsAt, endsAt: b.endsAt },
    });
  });
  return getActivity(c, id);
}

export async function listActivities(c: RequestContext, q: z.infer<typeof ListActivitiesQuery>) {
  const rows = await repo.listActivities(c.db, c.communityId, q.when, nowIso(c.app.clock));
  const signups = await repo.signupsOf(
    c.db,
    rows.map((r) => r.id),
  );
  const me = userKey(c.actor.userId);
  return {
    items: rows.map((a) =>
      summary(
        a,
        signups.filter((s) => s.activity_id === a.id),
        signups.find((s) => s.activity_id === a.id && s.person_key === me),
      ),
    ),
  };
}

export async function getActivity(c: RequestContext, id: string) {
  const a = await activityOr404(c, c.db, id);
  const signups = await repo.signupsOf(c.db, [id]);
  return detail(
    a,
    signups,
    signups.find((s) => s.person_key === userKey(c.actor.userId)),
    organiser(c),
  );
}

const full = () => errors.conflict('activity_full', '名额已满', 'The activity is full');

/** Takes a seat and writes the caller's sign-up, in the caller's transaction; refused when full or already signed up. */
async function addSignup(
  trx: Trx,
  c: RequestContext,
  activityId: string,
  now: string,
  extra: { checked_in_at?: string } = {},
) {
  if (await repo.signupOf(trx, activityId, userKey(c.actor.userId)))
    throw errors.conflict('already_signed_up', '您已经报名了', 'You have already signed up');
  if (!(await repo.takeSeat(trx, activityId, now))) throw full();
  const ins = await trx
    .insertInto('activity_signups')
    .values({
      id: newId(),
      community_id: c.communityId,
      activity_id: activityId,
      user_id: c.actor.userId,
      person_key: userKey(c.actor.userId),
      name: c.actor.displayName,
      party_member: rolesIn(c.actor, c.communityId).has('party_member'),
      signed_up_at: now,
      checked_in_at: extra.checked_in_at ?? null,
      checked_out_at: null,
      minutes: 0,
    })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  // The same person twice at the same instant: the unique key lets one row in; throwing undoes the second seat.
  if (Number(ins.numInsertedOrUpdatedRows ?? 0) !== 1)
    throw errors.conflict('already_signed_up', '您已经报名了', 'You have already signed up');
}

export async function signUp(c: RequestContext, id: string) {
  const now = nowIso(c.app.clock);
  await c.db.transaction().execute(async (trx) => {
    const a = await activityOr404(c, trx, id);
    if (a.ends_at <= now) throw errors.conflict('activity_ended', '活动已结束', 'The activity has ended');
    await addSignup(trx, c, id, now);
    await record(trx, {
      actorId: c.actor.userId,
      communityId: c.communityId,
      entityType: 'activity',
      entityId: id,
      action: 'activity.signup',
    });
  });
  return getActivity(c, id);
}

/** The check-in screen's code: keyed by the server secret and the activity's nonce, so nobody can make one from the id. */
const codeOf = (c: RequestContext, a: { id: string; checkin_nonce: string }) =>
  c.app.secrets.blindIndex(`activity-checkin:${a.id}:${a.checkin_nonce}`).slice(0, 32);
export const checkinUrl = (activityId: string, code: string) => `/h5/activities/${activityId}/check?code=${code}`;

export async function checkinCode(c: RequestContext, id: string) {
  const a = await activityOr404(c, c.db, id);
  const code = codeOf(c, a);
  return {
    code,
    url: checkinUrl(a.id, code),
    opensAt: isoAt(Date.parse(a.starts_at) - CHECKIN_EARLY_MS),
    closesAt: isoAt(Date.parse(a.ends_at) + CHECKOUT_LATE_MS),
  };
}

function checkCode(c: RequestContext, a: { id: string; checkin_nonce: string }, code: string) {
  const want = Buffer.from(codeOf(c, a));
  const got = Buffer.from(code);
  if (want.length !== got.length || !crypto.timingSafeEqual(want, got))
    throw errors.unprocessable(
      'invalid_checkin_code',
      '签到码无效，请重新扫描现场二维码',
      'The check-in code is not valid; scan the QR at the event again',
    );
}
const outsideTime = (what: '签到' | '签退', from: string, to: string) =>
  errors.conflict(
    'outside_activity_time',
    `不在${what}时间内（${from} 至 ${to}）`,
    `Not within the ${what === '签到' ? 'check-in' : 'check-out'} time (${from} to ${to})`,
    { from, to },
  );

/** Scanning the QR at the event: checks in (signing up on the spot while seats are left). */
export async function checkIn(c: RequestContext, id: string, code: string) {
  const now = nowIso(c.app.clock);
  await c.db.transaction().execute(async (trx) => {
    const a = await activityOr404(c, trx, id);
    checkCode(c, a, code);
    const from = isoAt(Date.parse(a.starts_at) - CHECKIN_EARLY_MS);
    if (now < from || now > a.ends_at) throw outsideTime('签到', from, a.ends_at);
    const s = await repo.signupOf(trx, id, userKey(c.actor.userId));
    if (!s) await addSignup(trx, c, id, now, { checked_in_at: now });
    else {
      const res = await trx
        .updateTable('activity_signups')
        .set({ checked_in_at: now })
        .where('id', '=', s.id)
        .where('checked_in_at', 'is', null)
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) !== 1)
        throw errors.conflict('already_checked_in', '您已经签到过了', 'You have already checked in');
    }
    await record(trx, {
      actorId: c.actor.userId,
      communityId: c.communityId,
      entityType: 'activity',
      entityId: id,
      action: 'activity.check_in',
      after: { at: now },
    });
  });
  return getActivity(c, id);
}

export async function checkOut(c: RequestContext, id: string, code: string) {
  const now = nowIso(c.app.clock);
  await c.db.transaction().execute(async (trx) => {
    const a = await activityOr404(c, trx, id);
    checkCode(c, a, code);
    const s = await repo.signupOf(trx, id, userKey(c.actor.userId));
    if (!s?.checked_in_at) throw errors.conflict('not_checked_in', '请先签到', 'Check in first');
    const until = isoAt(Date.parse(a.ends_at) + CHECKOUT_LATE_MS);
    if (now > until) throw outsideTime('签退', s.checked_in_at, until);
    // Hours count within the activity's time: staying to chat after the end is not service.
    const minutes = Math.max(
      0,
      Math.round(
        (Math.min(Date.parse(now), Date.parse(a.ends_at)) -
          Math.max(Date.parse(s.checked_in_at), Date.parse(a.starts_at))) /
          60_000,
      ),
    );
    const res = await trx
      .updateTable('activity_signups')
      .set({ checked_out_at: now, minutes })
      .where('id', '=', s.id)
      .where('checked_out_at', 'is', null)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1)
      throw errors.conflict('already_checked_out', '您已经签退过了', 'You have already checked out');
    await record(trx, {
      actorId: c.actor.userId,
      communityId: c.communityId,
      entityType: 'activity',
      entityId: id,
      action: 'activity.check_out',
      after: { at: now, minutes },
    });
  });
  return getActivity(c, id);
}

/** Staff record a volunteer who served without the phone (paper sign-in sheet): a seat, checked in and out, with the minutes served. */
export async function recordWalkIn(
  c: RequestContext,
  id: string,
  b: { name: string; partyMember: boolean; minutes: number },
  at?: string,
) {
  const now = at ?? nowIso(c.app.clock);
  await c.db.transaction().execute(async (trx) => {
    const a = await activityOr404(c, trx, id);
    if (now < a.starts_at)
      throw errors.conflict(
        'activity_not_started',
        '活动还没开始，不能登记服务时长',
        'The activity has not started yet',
      );
    const span = Math.floor((Date.parse(a.ends_at) - Date.parse(a.starts_at)) / 60_000);
    if (b.minutes > span)
      throw errors.unprocessable(
        'minutes_exceed_activity',
        `服务时长不能超过活动时长（${span} 分钟）`,
        `At most the activity's length (${span} minutes)`,
      );
    if (!(await repo.takeSeat(trx, id, now))) throw full();
    // A volunteer without an account is known by name, so the figures per person count their visits together.
    const ins = await trx
      .insertInto('activity_signups')
      .values({
        id: newId(),
        community_id: c.communityId,
        activity_id: id,
        user_id: null,
        person_key: `name:${b.name}`,
        name: b.name,
        party_member: b.partyMember,
        signed_up_at: now,
        checked_in_at: a.starts_at,
        checked_out_at: isoAt(Date.parse(a.starts_at) + b.minutes * 60_000),
        minutes: b.minutes,
      })
      .onConflict((oc) => oc.doNothing())
      .executeTakeFirst();
    if (Number(ins.numInsertedOrUpdatedRows ?? 0) !== 1)
      throw errors.conflict(
        'already_signed_up',
        `${b.name} 已登记过本次活动`,
        `${b.name} is already recorded for this activity`,
      );
    await record(trx, {
      actorId: c.actor.userId,
      communityId: c.communityId,
      entityType: 'activity',
      entityId: id,
      action: 'activity.walk_in',
      after: { minutes: b.minutes, partyMember: b.partyMember },
    });
  });
  return getActivity(c, id);
}

export async function myHours(c: RequestContext) {
  const rows = await repo.myServed(c.db, c.communityId, userKey(c.actor.userId));
  const served = rows.filter((r) => r.checked_out_at);
  return {
    personTimes: served.length,
    minutes: served.reduce((n, r) => n + Number(r.minutes), 0),
    items: rows.map((r) => ({
      activityId: r.id,
      title: r.title,
      startsAt: r.starts_at,
      checkedInAt: r.checked_in_at,
      checkedOutAt: r.checked_out_at,
      minutes: Number(r.minutes),
    })),
  };
}

/** Person-times and hours of the year (China time): in all, per month, per person and for party members (the article's 200+). */
export async function stats(c: RequestContext, q: z.infer<typeof StatsQuery>): Promise<z.infer<typeof VolunteerStats>> {
  const year = q.year ?? cnYear(c.app.clock.now());
  const rows = await repo.servedBetween(c.db, c.communityId, yearStart(year), yearStart(year + 1));
  const figures = (rs: typeof rows) => ({
    personTimes: rs.length,
    hours: hoursOf(rs.reduce((n, r) => n + Number(r.minutes), 0)),
  });
  const group = <K extends string>(key: (r: (typeof rows)[number]) => K) => {
    const m = new Map<K, typeof rows>();
    for (const r of rows) m.set(key(r), [...(m.get(key(r)) ?? []), r]);
    return m;
  };
  const people = group((r) => r.person_key);
  const party = rows.filter((r) => !!r.party_member);
  return {
    year,
    ...figures(rows),
    people: people.size,
    activities: new Set(rows.map((r) => r.activity_id)).size,
    partyMembers: { ...figures(party), people: new Set(party.map((r) => r.person_key)).size },
    byMonth: [...group((r) => cnMonth(r.starts_at))]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([month, rs]) => ({ month, ...figures(rs) })),
    byPerson: [...people.values()]
      .map((rs) => ({ name: rs[0].name, partyMember: rs.some((r) => !!r.party_member), ...figures(rs) }))
      .sort((a, b) => b.hours - a.hours || b.personTimes - a.personTimes)
      .slice(0, 200),
  };
}

export async function listCommitments(c: RequestContext, q: { year?: number }) {
  const year = q.year ?? cnYear(c.app.clock.now());
  const rows = await repo.commitmentsOf(c.db, c.communityId, year);
  const entries = await repo.entriesOf(
    c.db,
    rows.map((r) => r.id),
  );
  const served = await repo.servedBetween(c.db, c.communityId, yearStart(year), yearStart(year + 1));
  return {
    items: rows.map((r) => {
      const own = entries.filter((e) => e.commitment_id === r.id);
      const logged = own.reduce((n, e) => n + Number(e.amount), 0);
      // Hours served at activities count toward an hours commitment by themselves; the rest is logged by hand.
      const auto =
        r.kind === 'serve_hours'
          ? Math.floor(served.filter((s) => s.user_id === r.user_id).reduce((n, s) => n + Number(s.minutes), 0) / 60)
          : 0;
      const done = logged + auto;
      return {
        id: r.id,
        userId: r.user_id,
        memberName: r.member_name,
        year: Number(r.year),
        kind: r.kind,
        text: r.text,
        target: Number(r.target),
        unit: COMMITMENT_UNITS[r.kind],
        done,
        fulfilled: done >= Number(r.target),
        entries: own.map((e) => ({ id: e.id, amount: Number(e.amount), note: e.note, date: e.date })),
      };
    }),
  };
}

export async function createCommitment(c: RequestContext, b: z.infer<typeof CreateCommitmentBody>) {
  const now = nowIso(c.app.clock);
  const id = newId();
  await c.db.transaction().execute(async (trx) => {
    if (!(await usersWithRole(trx, c.communityId, ['party_member'])).includes(b.userId)) {
      throw errors.unprocessable(
        'not_a_party_member',
        '该账号不是本居民区的党员',
        'This account is not a party member of the community',
      );
    }
    await trx
      .insertInto('party_commitments')
      .values({
        id,
        community_id: c.communityId,
        user_id: b.userId,
        member_name: b.memberName,
        year: b.year,
        kind: b.kind,
        text: b.text,
        target: b.target,
        created_by: c.actor.userId,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await record(trx, {
      actorId: c.actor.userId,
      communityId: c.communityId,
      entityType: 'party_commitment',
      entityId: id,
      action: 'party_commitment.create',
      after: { userId: b.userId, kind: b.kind, target: b.target, year: b.year },
    });
  });
  return commitmentView(c, id, b.year);
}

/** A party member logs their own fulfilment (a visit made); staff and the branch may log for anyone. */
export async function addEntry(c: RequestContext, id: string, b: z.infer<typeof CommitmentEntryBody>) {
  const now = nowIso(c.app.clock);
  const r = await repo.commitmentById(c.db, c.communityId, id);
  if (!r) throw errors.notFound('commitment');
  if (r.user_id !== c.actor.userId && !can(c.actor, 'volunteers.manage', c.communityId)) throw errors.forbidden();
  await c.db.transaction().execute(async (trx) => {
    const entryId = newId();
    await trx
      .insertInto('party_commitment_entries')
      .values({
        id: entryId,
        community_id: c.communityId,
        commitment_id: id,
        amount: b.amount,
        note: b.note,
        date: b.date,
        created_by: c.actor.userId,
        created_at: now,
      })
      .execute();
    await record(trx, {
      actorId: c.actor.userId,
      communityId: c.communityId,
      entityType: 'party_commitment',
      entityId: id,
      action: 'party_commitment.entry',
      after: { amount: b.amount, date: b.date },
    });
  });
  return commitmentView(c, id, Number(r.year));
}

async function commitmentView(c: RequestContext, id: string, year: number) {
  const one = (await listCommitments(c, { year })).items.find((x) => x.id === id);
  if (!one) throw errors.notFound('commitment');
  return one;
}

/**
 * For the dashboards: person-times (a sign-up checked out), hours and people at activities that started in
 * [fromIso, toIso) — the same rows `stats` counts for a year.
 */
export async function servedFigures(conn: Conn, communityId: string, fromIso: string, toIso: string) {
  const t = await repo.servedTotals(conn, communityId, fromIso, toIso);
  return { personTimes: t.personTimes, hours: hoursOf(t.minutes), people: t.people };
}

/** An activity as a public notice announces it (notices' `activity` source): what, when, where, how many took part — no names. */
export async function activityNoticeSnapshot(conn: Conn, communityId: string, id: string) {
  const a = await repo.activityById(conn, communityId, id);
  if (!a) return null;
  const signups = await repo.signupsOf(conn, [id]);
  return {
    title: a.title,
    kind: a.kind,
    description: a.description,
    location: a.location,
    startsAt: a.starts_at,
    endsAt: a.ends_at,
    capacity: a.capacity,
    signedUp: signups.length,
    checkedIn: signups.filter((s) => s.checked_in_at).length,
    volunteerMinutes: signups.reduce((n, s) => n + Number(s.minutes), 0),
  };
}
