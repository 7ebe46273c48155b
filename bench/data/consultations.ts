import { GENESIS } from '../../server/core/audit/canonical';
import { maskName } from '../../server/core/pii';
import { computeTally, entryHash, foldBallots, type ChainEntry } from '../../server/modules/consultations/consultations.chain';
import type { Question, Result, Rules, Scope } from '../../contract/consultations';
import { DAY, H, iso, type Ctx } from './context';
import type { Household, World } from './community';

/**
 * Household consultations with their ballot chains, as the consultations service builds them: the
 * eligible snapshot at opening, online ballots by representatives, paper and door-to-door ballots
 * entered by one staff member and confirmed by the other, and the closing entry that seals the tally
 * (replayed with the service's own fold and tally). Consultations whose closing time is after
 * `until` stay open, half voted, for the ballot benchmarks.
 */

const TOPICS: Array<[string, string]> = [
  ['加装电梯意见征询', '是否同意本楼加装电梯，费用按楼层分摊'],
  ['非机动车棚改造方案征询', '拆除旧车棚，新建带充电桩的非机动车棚'],
  ['停车收费标准调整征询', '外来车辆临停收费调整，业主车位费不变'],
  ['垃圾房改造方案征询', '垃圾房加装抽拉式窗帘和洗手池'],
  ['南门道闸改造征询', '南门增设ETC道闸，西门改为人行'],
  ['公共收益使用方案征询', '本年度公共收益用于补种绿化和修缮长廊'],
  ['屋面防水维修方案征询', '使用专项维修资金修缮屋面防水层'],
  ['健身步道建设征询', '中心花园改建环形健身步道'],
];
const RULES: Rules = { participation: { op: '>=', num: 2, den: 3 }, approval: { op: '>=', num: 2, den: 3 } };
const yesNo = (key: string, text: string): Question => ({
  key, text, approveOption: 'agree',
  options: [{ key: 'agree', label: '同意' }, { key: 'disagree', label: '不同意' }, { key: 'abstain', label: '弃权' }],
});

export async function generateConsultations(c: Ctx, w: World, count: number): Promise<{ consultations: number; open: number }> {
  const { rng, sink, communityId } = c;
  const [staffA, staffB] = w.staff;
  let open = 0;
  for (let k = 0; k < count; k++) {
    await sink.breathe();
    // Spread over the years; the last one of some communities is still running at `until`.
    const running = k === count - 1 && rng.chance(0.3);
    const opensAt = running ? c.until - rng.int(2, 6) * DAY : c.start + Math.floor(((k + rng.next() * 0.8) / count) * (c.until - c.start - 30 * DAY));
    const createdAt = opensAt - 3 * DAY;
    const closesAt = opensAt + 14 * DAY;
    const id = c.id(createdAt);
    const [title, description] = rng.pick(TOPICS);
    const questions = [yesNo('q1', description)];
    if (rng.chance(0.3)) questions.push(yesNo('q2', '是否同意由红色自管会监督实施'));
    const estate = rng.chance(0.2) ? rng.pick(w.estates) : null;
    const scope: Scope = estate ? { kind: 'estates', ids: [estate.id] } : { kind: 'all' };
    const eligible = (estate ? w.households.filter((h) => h.estateId === estate.id) : w.households).slice().sort((a, b) => (a.code < b.code ? -1 : 1));
    const openedAt = createdAt + DAY;
    const audit = (at: number, actorId: string | null, action: string, after: unknown) =>
      c.events.push({ at, actorId, entityType: 'consultation', entityId: id, action, after });
    audit(createdAt, staffA, 'consultations.create', { title, scope });
    audit(openedAt, staffA, 'consultations.open', { eligible: eligible.length, rules: RULES, opensAt: iso(opensAt), closesAt: iso(closesAt) });
    for (const h of eligible) {
      sink.add('consultation_households', {
        consultation_id: id, community_id: communityId, household_id: h.id, household_code: h.code, representative_masked: maskName(h.rep.name),
        estate_id: h.estateId, building_id: h.buildingId,
      });
    }

    // Who votes, when and how: most online households vote online in the first days; others on paper or at the door.
    const turnout = 0.55 + rng.next() * 0.3;
    const agree = 0.5 + rng.next() * 0.4;
    const end = Math.min(closesAt, c.until);
    type Plan = { h: Household; at: number; online: boolean; confirmAt: number | null; answers: Record<string, string> };
    const plans: Plan[] = [];
    for (const h of eligible) {
      if (!rng.chance(turnout)) continue;
      const at = opensAt + Math.min(Math.round(Math.pow(rng.next(), 2) * (closesAt - opensAt)), closesAt - opensAt - 1);
      if (at >= end) continue;
      const online = !!h.userId && rng.chance(0.85);
      const answers: Record<string, string> = {};
      for (const q of questions) answers[q.key] = rng.chance(agree) ? 'agree' : rng.chance(0.8) ? 'disagree' : 'abstain';
      const confirmAt = online || rng.chance(0.03) ? null : at + H + Math.round(rng.next() * 2 * DAY);
      plans.push({ h, at, online, confirmAt: confirmAt !== null && confirmAt < end ? confirmAt : null, answers });
    }
    // The chain in time order: each ballot, and each confirmation when it came.
    type Step = { at: number; plan: Plan; kind: 'ballot' | 'confirm' };
    const steps: Step[] = plans.flatMap((p): Step[] => [{ at: p.at, plan: p, kind: 'ballot' }, ...(p.confirmAt !== null ? [{ at: p.confirmAt, plan: p, kind: 'confirm' as const }] : [])]);
    steps.sort((a, b) => a.at - b.at || (a.kind === 'ballot' ? -1 : 1));

    let seq = 0;
    let head = GENESIS;
    const entries: Array<ChainEntry & { hash: string }> = [];
    const append = (e: Omit<ChainEntry, 'seq' | 'consultation_id'>) => {
      const entry: ChainEntry = { consultation_id: id, seq: ++seq, ...e };
      const hash = entryHash(head, entry);
      sink.add('consultation_entries', {
        id: c.id(Date.parse(e.at)), consultation_id: id, community_id: communityId, seq, kind: e.kind, ballot_id: e.ballot_id, household_id: e.household_id,
        data: JSON.stringify(e.data), actor_id: e.actor_id, at: e.at, prev_hash: head, hash,
      });
      entries.push({ ...entry, hash });
      head = hash;
      return hash;
    };
    const ballots = new Map<Plan, { id: string; seq: number; receipt: string; enteredBy: string; confirmedBy: string | null; confirmedAt: number | null; lastSeq: number; formNumber: string | null; channel: string }>();
    let form = 0;
    for (const s of steps) {
      const p = s.plan;
      const at = iso(s.at);
      if (s.kind === 'ballot') {
        const ballotId = c.id(s.at);
        const channel = p.online ? 'online' : rng.chance(0.6) ? 'paper' : 'door_to_door';
        const formNumber = p.online ? null : `ZX-${String(++form).padStart(5, '0')}`;
        const actor = p.online ? p.h.userId! : rng.chance(0.5) ? staffA : staffB;
        const receipt = append({ kind: 'ballot', ballot_id: ballotId, household_id: p.h.id, data: { household_code: p.h.code, channel, answers: p.answers, form_number: formNumber }, actor_id: actor, at });
        ballots.set(p, { id: ballotId, seq, receipt, enteredBy: actor, confirmedBy: null, confirmedAt: null, lastSeq: seq, formNumber, channel });
        audit(s.at, actor, p.online ? 'consultations.vote' : 'consultations.enter_ballot', { ballotId, householdCode: p.h.code, channel, formNumber, seq, receipt });
      } else {
        const b = ballots.get(p)!;
        const actor = b.enteredBy === staffA ? staffB : staffA;
        const hash = append({ kind: 'confirm', ballot_id: b.id, household_id: p.h.id, data: { household_code: p.h.code }, actor_id: actor, at });
        Object.assign(b, { confirmedBy: actor, confirmedAt: s.at, lastSeq: seq });
        audit(s.at, actor, 'consultations.confirm', { ballotId: b.id, householdCode: p.h.code, seq, hash });
      }
    }

    const closed = closesAt <= c.until;
    let result: Result | null = null;
    if (closed) {
      const tally = computeTally(questions, RULES, eligible.length, foldBallots(entries).ballots.values());
      const at = iso(closesAt);
      const hash = append({ kind: 'close', ballot_id: null, household_id: null, data: { tally }, actor_id: null, at });
      result = { tally, chainHead: hash, chainLength: seq, closedAt: at, closedBy: 'schedule' };
      audit(closesAt, null, 'consultations.close', { passed: tally.passed, participants: tally.participants, eligible: tally.eligible, chainHead: hash, chainLength: seq });
    } else open++;

    for (const [p, b] of ballots) {
      const counted = b.channel === 'online' || b.confirmedBy !== null;
      sink.add('consultation_ballots', {
        id: b.id, consultation_id: id, community_id: communityId, household_id: p.h.id, channel: b.channel, form_number: b.formNumber,
        answers: JSON.stringify(p.answers), status: counted ? 'counted' : 'pending', pending_by: counted ? null : b.enteredBy, entered_by: b.enteredBy,
        confirmed_by: b.confirmedBy, confirmed_at: b.confirmedAt === null ? null : iso(b.confirmedAt), seq: b.seq, receipt_hash: b.receipt, last_seq: b.lastSeq,
        created_at: iso(p.at), updated_at: iso(b.confirmedAt ?? p.at),
      });
    }
    sink.add('consultations', {
      id, community_id: communityId, topic_id: null, title, description, questions: JSON.stringify(questions), scope: JSON.stringify(scope),
      rules: JSON.stringify(RULES), opens_at: iso(opensAt), closes_at: iso(closesAt), status: closed ? 'closed' : 'open', eligible_count: eligible.length,
      chain_seq: seq, chain_head: head, opened_at: iso(openedAt), opened_by: staffA, closed_at: closed ? iso(closesAt) : null, closed_by: null,
      result: result ? JSON.stringify(result) : null, created_by: staffA, created_at: iso(createdAt), updated_at: iso(closed ? closesAt : openedAt),
    });
  }
  return { consultations: count, open };
}
