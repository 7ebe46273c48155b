import { DEFAULT_CATEGORIES, deadlinesOf } from '../../server/modules/tickets/categories.service';
import { CASES, PUBLIC_AREAS, RESOLUTIONS, type Case } from '../../server/modules/tickets/tickets.demo';
import { DAY, H, iso, type Ctx } from './context';
import type { Household, World } from './community';

/**
 * Tickets over the simulated years, each walked through the life the tickets service gives it:
 * created → accepted (or rejected) → sometimes assigned, started, paused for the reporter, commented
 * on, backed by neighbours (同问), escalated when a deadline passes → resolved → confirmed with a
 * rating or reopened. Every step writes the timeline entry and the audit event the service writes,
 * with the same payloads. Steps that would fall after `until` do not happen, so recent tickets are
 * open and some are overdue. Returns the per-year counters the service keeps.
 */

const MIN = 60_000;
const ON_BEHALF = ['phone', 'phone', 'visit', 'visit', 'monthly_meeting', 'group_chat', 'group_chat', 'staff'] as const;
const COMMENTS = ['已联系物业，明天上门查看', '已到现场查看，需要协调维修单位', '材料已收到，正在办理', '已电话联系居民，约好时间', '正在等配件，预计本周内处理'];
const WAIT_REASONS = ['请补充具体楼层和位置的照片', '请提供方便上门的时间', '请补充联系人电话'];
const REJECT_REASONS = ['不属于居委会职责范围，已告知居民向相关部门反映', '属于个人产权范围，已告知居民自行联系维修'];
const REOPEN_REASONS = ['问题没有彻底解决，又坏了', '只处理了一半，还是有问题'];
const SATISFACTION_COMMENTS = ['感谢网格员，处理得很及时', '满意', '处理得不错，就是慢了点', '希望以后多巡查'];

const casesOf = new Map<string, Case[]>();
for (const k of CASES) (casesOf.get(k[0]) ?? casesOf.set(k[0], []).get(k[0])!).push(k);
const rules = new Map(DEFAULT_CATEGORIES.map((r) => [r.code, r]));

export async function generateTickets(c: Ctx, w: World, count: number): Promise<Map<number, number>> {
  const { rng, sink, communityId } = c;
  const expo = (mean: number) => Math.round(-Math.log(1 - rng.next()) * mean);
  /** Times are whole milliseconds, as the app stores them. */
  const ms = Math.round;
  const gridById = new Map(w.grids.map((g) => [g.id, g]));
  const byEstate = new Map<string, Household[]>();
  for (const h of w.online) (byEstate.get(h.estateId) ?? byEstate.set(h.estateId, []).get(h.estateId)!).push(h);
  const weighted = (weights: Record<string, number>) => {
    let total = 0;
    for (const k in weights) total += weights[k];
    let x = rng.next() * total;
    for (const k in weights) if ((x -= weights[k]) < 0) return k;
    return 'other';
  };

  // Creation times: more tickets in later years as more households use the H5; daytime, China time.
  const span = c.until - c.start;
  const times = Array.from({ length: count }, () => {
    const day = c.start + Math.floor((Math.pow(rng.next(), 0.8) * span) / DAY) * DAY;
    return day + Math.floor((7 + rng.next() * 15 - 8) * H) + rng.int(0, 59_999);
  }).filter((t) => t < c.until).sort((a, b) => a - b);

  const counters = new Map<number, number>();
  for (const t0 of times) {
    await sink.breathe();
    const h = w.online.length && rng.chance(0.85) ? rng.pick(w.online) : rng.pick(w.households);
    const grid = gridById.get(h.gridId)!;
    const p = grid.profile;
    let channel: string;
    let createdBy: string;
    if (h.userId && rng.chance(0.8)) {
      channel = rng.chance(0.92) ? 'h5' : 'qr';
      createdBy = h.userId;
    } else {
      channel = rng.pick(ON_BEHALF);
      createdBy = grid.userId && rng.chance(0.6) ? grid.userId : rng.pick(w.staff);
    }
    const category = weighted(p.weights);
    const [, title, description, where] = rng.pick(casesOf.get(category) ?? casesOf.get('other')!);
    let locationKind = 'building';
    let buildingId: string | null = h.buildingId;
    let gridId: string | null = h.gridId;
    let area: string | null = null;
    if (where === 'public_area' || rng.chance(0.1)) {
      locationKind = where === 'public_area' ? 'public_area' : 'estate';
      area = where === 'public_area' ? rng.pick(PUBLIC_AREAS) : null;
      buildingId = gridId = null;
    }
    const urgency = rng.chance(0.07) ? 'urgent' : 'normal';
    const { responseMs, resolutionMs } = deadlinesOf(rules.get(category), urgency);
    const year = new Date(t0).getUTCFullYear();
    const n = (counters.get(year) ?? 0) + 1;
    counters.set(year, n);
    const number = `MH-${year}-${String(n).padStart(6, '0')}`;
    const id = c.id(t0);
    const handler = gridId && grid.userId ? grid.userId : rng.pick(w.staff);
    const reporterUser = h.userId;

    const t = {
      state: 'submitted', resume_state: null as string | null, reopen_count: 0, satisfaction: null as number | null, satisfaction_comment: null as string | null,
      closing_reason: null as string | null, response_due: t0 + responseMs, resolution_due: t0 + resolutionMs, paused_at: null as number | null, paused_ms: 0,
      accepted_at: null as number | null, resolved_at: null as number | null, closed_at: null as number | null, level: 0, support_count: 0,
      assignee: null as string | null, updated: t0,
    };
    const timeline = (at: number, kind: string, actorId: string | null, e: { from?: string; to?: string; message?: string | null; data?: unknown } = {}) => {
      sink.add('ticket_events', {
        id: c.id(at), community_id: communityId, ticket_id: id, kind, from_state: e.from ?? null, to_state: e.to ?? null, actor_id: actorId,
        message: e.message ?? null, data: e.data === undefined ? null : JSON.stringify(e.data), created_at: iso(at),
      });
      t.updated = Math.max(t.updated, at);
    };
    const audit = (at: number, actorId: string | null, action: string, before: unknown, after: unknown) =>
      c.events.push({ at, actorId, entityType: 'ticket', entityId: id, action, before, after });
    const move = (at: number, actor: string, to: string, message: string | null = null, reason: string | null = null) => {
      timeline(at, 'state', actor, { from: t.state, to, message: message ?? reason });
      audit(at, actor, 'ticket.transition', { state: t.state }, { state: to, reason });
      t.state = to;
    };
    /** What the escalation job would have done while the ticket sat in its current state from `a` to `b`. */
    const escalations = (a: number, b: number) => {
      const since = t.state === 'submitted' ? Math.min(t.response_due, t.resolution_due) : t.resolution_due;
      for (let level = t.level + 1; level <= 2; level++) {
        const at = Math.max(a, since + (level === 2 ? responseMs : 0));
        if (at >= b || at >= c.until) return;
        t.level = level;
        timeline(at, 'escalated', null, { data: { level, stage: t.state === 'submitted' ? '响应' : '办结' } });
        audit(at, null, 'ticket.escalate', { level: level - 1 }, { level });
      }
    };

    timeline(t0, 'created', createdBy, { to: 'submitted', data: { channel, photos: 0 } });
    audit(t0, createdBy, 'ticket.create', null, { number, title, category, urgency, channel, locationKind, buildingId, gridId, photos: 0 });

    const helpers: string[] = [];
    const supporters: Household[] = [];
    let openUntil = c.until;
    life: {
      const tAccept = t0 + Math.max(5 * MIN, expo(p.responseHours * H * (urgency === 'urgent' ? 0.15 : 1)));
      escalations(t0, Math.min(tAccept, c.until));
      if (tAccept >= c.until) break life;
      if (rng.chance(0.03)) {
        const reason = rng.pick(REJECT_REASONS);
        move(tAccept, handler, 'rejected', null, reason);
        t.closing_reason = reason;
        t.closed_at = tAccept;
        openUntil = tAccept;
        break life;
      }
      move(tAccept, handler, 'accepted');
      t.accepted_at = tAccept;
      t.assignee = handler;
      let cursor = tAccept;
      let tResolve = tAccept + ms(Math.max(30 * MIN, resolutionMs * p.resolveShare * Math.exp((rng.next() - 0.5) * 1.6)));
      if (rng.chance(0.1) && cursor + 2 * H < c.until) {
        cursor += 2 * H;
        const to = handler === w.staff[0] ? (grid.userId ?? w.staff[1]) : w.staff[0];
        const help = [handler];
        timeline(cursor, 'assigned', w.staff[0], { data: { assigneeUserId: to, helperUserIds: help } });
        audit(cursor, w.staff[0], 'ticket.assign', { assigneeUserId: t.assignee }, { assigneeUserId: to, helperUserIds: help });
        t.assignee = to;
        helpers.push(...help.filter((u) => u !== to));
      }
      const actor = t.assignee!;
      if (rng.chance(0.4)) {
        const at = cursor + ms((tResolve - cursor) * 0.2);
        escalations(cursor, Math.min(at, c.until));
        if (at >= c.until) break life;
        move(at, actor, 'in_progress');
        cursor = at;
      }
      if (rng.chance(0.04)) {
        const at = cursor + ms((tResolve - cursor) * 0.3);
        escalations(cursor, Math.min(at, c.until));
        if (at >= c.until) break life;
        t.resume_state = t.state;
        move(at, actor, 'waiting_on_reporter', rng.pick(WAIT_REASONS));
        t.paused_at = at;
        const back = at + expo(30 * H);
        if (back >= c.until) break life;
        const to = t.resume_state!;
        const pausedFor = back - at;
        timeline(back, 'state', actor, { from: 'waiting_on_reporter', to });
        audit(back, actor, 'ticket.transition', { state: 'waiting_on_reporter' }, { state: to, reason: null });
        Object.assign(t, { state: to, paused_at: null, resume_state: null, paused_ms: t.paused_ms + pausedFor });
        t.response_due += pausedFor;
        t.resolution_due += pausedFor;
        tResolve += pausedFor;
        cursor = back;
      }
      if (rng.chance(0.15)) {
        const at = cursor + ms((tResolve - cursor) * rng.next());
        if (at < c.until) {
          const message = rng.pick(COMMENTS);
          timeline(at, 'comment', actor, { message });
          audit(at, actor, 'ticket.comment', null, { message });
        }
      }
      escalations(cursor, Math.min(tResolve, c.until));
      openUntil = tResolve;
      if (tResolve >= c.until) break life;
      move(tResolve, actor, 'resolved', rng.pick(RESOLUTIONS[category] ?? RESOLUTIONS.other));
      t.resolved_at = tResolve;
      if (!reporterUser) break life;
      let tDone = tResolve;
      if (rng.chance(0.06)) {
        const at = tDone + expo(24 * H);
        if (at >= c.until) break life;
        const reason = rng.pick(REOPEN_REASONS);
        timeline(at, 'state', reporterUser, { from: 'resolved', to: 'reopened', message: reason });
        audit(at, reporterUser, 'ticket.reopen', { state: 'resolved', reopenCount: t.reopen_count }, { state: 'reopened', reopenCount: t.reopen_count + 1 });
        Object.assign(t, { state: 'reopened', reopen_count: t.reopen_count + 1, resolved_at: null, resolution_due: at + resolutionMs, level: 0 });
        const again = at + Math.max(H, expo(resolutionMs * p.resolveShare * 0.5));
        escalations(at, Math.min(again, c.until));
        if (again >= c.until) break life;
        move(again, actor, 'resolved', rng.pick(RESOLUTIONS[category] ?? RESOLUTIONS.other));
        t.resolved_at = tDone = again;
      }
      if (!rng.chance(0.92)) break life;
      const at = tDone + Math.max(10 * MIN, expo(30 * H));
      if (at >= c.until) break life;
      const satisfaction = Math.max(1, Math.min(5, Math.round(4.3 + p.satisfactionBias + (rng.next() - 0.5) * 2)));
      const comment = rng.chance(0.2) ? rng.pick(SATISFACTION_COMMENTS) : null;
      timeline(at, 'state', reporterUser, { from: 'resolved', to: 'closed', message: comment, data: { satisfaction } });
      audit(at, reporterUser, 'ticket.confirm', { state: 'resolved' }, { state: 'closed', satisfaction });
      Object.assign(t, { state: 'closed', closed_at: at, satisfaction, satisfaction_comment: comment });
    }

    // 同问: neighbours of the same estate back the ticket while it is open.
    if (t.state !== 'rejected' && rng.chance(0.12)) {
      const pool = byEstate.get(h.estateId) ?? [];
      const end = Math.min(openUntil, c.until);
      const wanted = rng.int(1, 4);
      for (let k = 0; k < wanted * 3 && supporters.length < wanted && pool.length > 1; k++) {
        const s = rng.pick(pool);
        if (s.id !== h.id && !supporters.includes(s)) supporters.push(s);
      }
      const at0 = supporters.map(() => t0 + ms(rng.next() * (end - t0))).sort((a, b) => a - b);
      supporters.forEach((s, i) => {
        const at = Math.max(t0 + MIN, at0[i]);
        if (at >= end) return;
        t.support_count++;
        sink.add('ticket_supports', { community_id: communityId, ticket_id: id, household_id: s.id, resident_id: s.rep.id, user_id: s.userId, created_at: iso(at) });
        timeline(at, 'support', s.userId, { data: { supportCount: t.support_count } });
        audit(at, s.userId, 'ticket.support', null, { householdId: s.id, supportCount: t.support_count });
      });
    }

    for (const u of helpers) sink.add('ticket_helpers', { community_id: communityId, ticket_id: id, user_id: u, created_at: iso(t.updated) });
    const ts = (v: number | null) => (v === null ? null : iso(v));
    sink.add('tickets', {
      id, community_id: communityId, number, title, description, category, location_kind: locationKind, estate_id: h.estateId, building_id: buildingId,
      area, urgency, channel, reporter_resident_id: h.rep.id, reporter_user_id: reporterUser, reporter_household_id: h.id, created_by_user_id: createdBy,
      grid_id: gridId, assignee_user_id: t.assignee, state: t.state, resume_state: t.resume_state, reopen_count: t.reopen_count,
      satisfaction: t.satisfaction, satisfaction_comment: t.satisfaction_comment, closing_reason: t.closing_reason,
      response_due_at: iso(t.response_due), resolution_due_at: iso(t.resolution_due), escalation_step_ms: responseMs,
      paused_at: ts(t.paused_at), paused_ms: t.paused_ms, accepted_at: ts(t.accepted_at), resolved_at: ts(t.resolved_at), closed_at: ts(t.closed_at),
      escalation_level: t.level, merged_into_id: null, support_count: t.support_count, created_at: iso(t0), updated_at: iso(t.updated),
    });
  }
  return counters;
}
