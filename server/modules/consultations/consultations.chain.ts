import { canonicalJson, chainHash, GENESIS } from '../../core/audit/canonical';
import type { Channel, EntryKind, Question, Rules, Tally, Threshold } from '../../../contract/consultations';

/**
 * The ballot chain and the tally, as pure functions: the server, `gongzhi verify` and
 * `gongzhi verify-consultation FILE.json` all recompute with exactly this code, from rows or from a bundle.
 */

/** The hashed fields of one entry: h_i = SHA-256(h_{i-1} ‖ canonical(entry)). */
export interface ChainEntry {
  consultation_id: string;
  seq: number;
  kind: EntryKind;
  ballot_id: string | null;
  household_id: string | null;
  data: Record<string, unknown>;
  actor_id: string | null;
  at: string;
}

export function entryHash(prev: string, e: ChainEntry): string {
  return chainHash(prev, {
    consultation_id: e.consultation_id, seq: Number(e.seq), kind: e.kind, ballot_id: e.ballot_id, household_id: e.household_id,
    data: e.data ?? {}, actor_id: e.actor_id, at: e.at,
  });
}

export interface ChainBreak {
  seq: number;
  ballotId: string | null;
  householdCode: string | null;
  reason: string;
}

/** Walks stored entries (in seq order) from `prev`; the first break, if any, names the entry. */
export class ChainWalker {
  prev = GENESIS;
  expect = 1;
  brk: ChainBreak | null = null;

  push(e: ChainEntry & { prev_hash: string; hash: string }): boolean {
    if (this.brk) return false;
    const name = { seq: Number(e.seq), ballotId: e.ballot_id, householdCode: (e.data?.household_code as string | undefined) ?? null };
    if (Number(e.seq) !== this.expect) this.brk = { ...name, seq: this.expect, reason: `entry ${this.expect} is missing` };
    else if (e.prev_hash !== this.prev) this.brk = { ...name, reason: 'prev_hash does not match the previous entry' };
    else if (entryHash(this.prev, e) !== e.hash) this.brk = { ...name, reason: 'content does not match its hash' };
    if (this.brk) return false;
    this.prev = e.hash;
    this.expect++;
    return true;
  }
}

export interface FoldedBallot {
  ballotId: string;
  householdId: string;
  householdCode: string;
  channel: Channel;
  formNumber: string | null;
  answers: Record<string, string>;
  status: 'pending' | 'counted';
  /** Who entered the unconfirmed entry; a different person must confirm it. */
  pendingBy: string | null;
  enteredBy: string | null;
  confirmedBy: string | null;
  seq: number;
  receipt: string;
  lastSeq: number;
}

/**
 * Replays entries into the state of every ballot: an online ballot counts at once; a staff entry or
 * a correction is pending until a different person confirms it. Rule breaks found in the chain itself
 * (a second ballot for a household, self-confirmation) are returned as problems.
 */
export function foldBallots(entries: Array<ChainEntry & { hash: string }>): { ballots: Map<string, FoldedBallot>; problems: ChainBreak[] } {
  const ballots = new Map<string, FoldedBallot>();
  const households = new Set<string>();
  const problems: ChainBreak[] = [];
  for (const e of entries) {
    const seq = Number(e.seq);
    const d = e.data as any;
    if (e.kind === 'ballot') {
      if (households.has(e.household_id!)) {
        problems.push({ seq, ballotId: e.ballot_id, householdCode: d.household_code, reason: 'second ballot for the same household' });
        continue;
      }
      households.add(e.household_id!);
      const online = d.channel === 'online';
      ballots.set(e.ballot_id!, {
        ballotId: e.ballot_id!, householdId: e.household_id!, householdCode: d.household_code, channel: d.channel,
        formNumber: d.form_number ?? null, answers: d.answers, status: online ? 'counted' : 'pending', pendingBy: online ? null : e.actor_id,
        enteredBy: e.actor_id, confirmedBy: null, seq, receipt: e.hash, lastSeq: seq,
      });
      continue;
    }
    if (e.kind === 'close') continue;
    const b = ballots.get(e.ballot_id!);
    if (!b) {
      problems.push({ seq, ballotId: e.ballot_id, householdCode: null, reason: `${e.kind} of an unknown ballot` });
      continue;
    }
    if (e.kind === 'confirm') {
      if (b.status !== 'pending') problems.push({ seq, ballotId: b.ballotId, householdCode: b.householdCode, reason: 'confirmation of a ballot that was not pending' });
      else if (b.pendingBy === e.actor_id) problems.push({ seq, ballotId: b.ballotId, householdCode: b.householdCode, reason: 'confirmed by the person who entered it' });
      else Object.assign(b, { status: 'counted', pendingBy: null, confirmedBy: e.actor_id, lastSeq: seq });
    } else if (e.kind === 'correction') {
      Object.assign(b, { answers: d.answers, formNumber: d.form_number ?? b.formNumber, status: 'pending', pendingBy: e.actor_id, confirmedBy: null, lastSeq: seq });
    }
  }
  return { ballots, problems };
}

/** part/whole against a threshold, in integers: no rounding surprises at exactly 2/3. */
export function meets(t: Threshold, part: number, whole: number): boolean {
  if (whole <= 0) return false;
  return t.op === '>=' ? part * t.den >= t.num * whole : part * t.den > t.num * whole;
}

/** The tally of counted ballots against the rules fixed at opening. */
export function computeTally(questions: Question[], rules: Rules, eligible: number, ballots: Iterable<FoldedBallot>): Tally {
  const counted: FoldedBallot[] = [];
  let pending = 0;
  const byChannel: Record<string, number> = {};
  for (const b of ballots) {
    if (b.status !== 'counted') {
      pending++;
      continue;
    }
    counted.push(b);
    byChannel[b.channel] = (byChannel[b.channel] ?? 0) + 1;
  }
  const participants = counted.length;
  const participationMet = meets(rules.participation, participants, eligible);
  const qs = questions.map((q) => {
    const counts: Record<string, number> = Object.fromEntries(q.options.map((o) => [o.key, 0]));
    for (const b of counted) {
      const a = b.answers[q.key];
      if (a !== undefined && a in counts) counts[a]++;
    }
    const max = Math.max(...Object.values(counts));
    const top = Object.keys(counts).filter((k) => counts[k] === max);
    const leading = max > 0 && top.length === 1 ? top[0] : null;
    const target = q.approveOption ?? leading;
    const approvals = target ? counts[target] : 0;
    return { key: q.key, counts, leading, approvals, passed: target !== null && meets(rules.approval, approvals, participants) };
  });
  return { eligible, participants, pending, byChannel, participationMet, questions: qs, passed: participationMet && qs.every((q) => q.passed) };
}

export interface BundleCheck {
  ok: boolean;
  lines: string[];
}

/**
 * Recomputes chain and tally from an archive bundle alone and compares them with the published result.
 * Used by `gongzhi verify-consultation FILE.json`; needs nothing but the file.
 */
export function verifyBundle(bundle: any): BundleCheck {
  const lines: string[] = [];
  let ok = true;
  const fail = (s: string) => { ok = false; lines.push(`FAIL  ${s}`); };
  const pass = (s: string) => lines.push(`ok    ${s}`);
  if (bundle?.format !== 'gongzhi-consultation/1' || !Array.isArray(bundle.entries) || !bundle.consultation) {
    return { ok: false, lines: ['FAIL  not a gongzhi consultation bundle (format gongzhi-consultation/1)'] };
  }
  const c = bundle.consultation;
  const walker = new ChainWalker();
  const entries = [...bundle.entries].sort((a, b) => a.seq - b.seq);
  for (const e of entries) if (!walker.push(e)) break;
  if (walker.brk) fail(`chain broken at entry #${walker.brk.seq}${walker.brk.householdCode ? ` (household ${walker.brk.householdCode})` : ''}: ${walker.brk.reason}`);
  else pass(`chain of ${entries.length} entries recomputes, head ${walker.prev}`);

  const result = bundle.result;
  if (!result) fail('the bundle has no published result (consultation not closed)');
  else if (!walker.brk) {
    if (result.chainHead === walker.prev && Number(result.chainLength) === entries.length) pass('chain head matches the published head');
    else fail(`published head ${result.chainHead} (${result.chainLength} entries) differs from recomputed ${walker.prev} (${entries.length})`);
  }

  const eligibleIds = new Set<string>((bundle.eligible ?? []).map((h: any) => h.householdId));
  const body = entries.filter((e) => e.kind !== 'close');
  const { ballots, problems } = foldBallots(body);
  for (const p of problems) fail(`entry #${p.seq}${p.householdCode ? ` (household ${p.householdCode})` : ''}: ${p.reason}`);
  for (const b of ballots.values()) if (!eligibleIds.has(b.householdId)) fail(`entry #${b.seq}: household ${b.householdCode} is not in the eligible snapshot`);
  const tally = computeTally(c.questions, c.rules, eligibleIds.size, ballots.values());
  if (result) {
    const same = canonicalJson(tally) === canonicalJson(result.tally);
    const closeEntry = entries.at(-1);
    const inChain = closeEntry?.kind === 'close' && canonicalJson(closeEntry.data?.tally) === canonicalJson(result.tally);
    if (same && inChain) pass(`tally recomputes: ${tally.participants}/${tally.eligible} households took part, ${tally.passed ? 'passed' : 'not passed'}`);
    else if (!inChain) fail('the published tally is not the one sealed in the chain\'s closing entry');
    else fail(`recomputed tally differs from the published one: ${JSON.stringify(tally)}`);
  }
  return { ok, lines };
}
