import { chainHash, GENESIS } from '../../core/audit/canonical';
import type { Channel, EntryKind, Question, Rules, Tally, Threshold } from '../../../contract/consultations';

/**
 * The ballot chain and the tally, as pure functions: the server, `gongzhi verify` and
 * `gongzhi verify-consultation FILE.json` all recompute with exactly this code, from rows or from a bundle.
 * The format is written down in docs/consultation-archive.md.
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
    consultation_id: e.consultation_id,
    seq: Number(e.seq),
    kind: e.kind,
    ballot_id: e.ballot_id,
    household_id: e.household_id,
    data: e.data ?? {},
    actor_id: e.actor_id,
    at: e.at,
  });
}

export interface ChainBreak {
  seq: number;
  ballotId: string | null;
  /** The household as the entry names it: its token (format 2) or its id (format 1). */
  household: string | null;
  /** Format 1 entries carry the code; for format 2 the caller looks it up by token. */
  householdCode: string | null;
  reason: string;
}

/** The household an entry is about: format 2 names it by token in `data.household`, format 1 by `household_id`. */
export const householdOf = (e: Pick<ChainEntry, 'data' | 'household_id'>): string | null =>
  (e.data?.household as string | undefined) ?? e.household_id;
const codeIn = (e: Pick<ChainEntry, 'data'>): string | null => (e.data?.household_code as string | undefined) ?? null;

/** Walks stored entries (in seq order) from `prev`; the first break, if any, names the entry. */
export class ChainWalker {
  prev = GENESIS;
  expect = 1;
  brk: ChainBreak | null = null;

  push(e: ChainEntry & { prev_hash: string; hash: string }): boolean {
    if (this.brk) return false;
    const name = { seq: Number(e.seq), ballotId: e.ballot_id, household: householdOf(e), householdCode: codeIn(e) };
    if (Number(e.seq) !== this.expect)
      this.brk = { ...name, seq: this.expect, reason: `entry ${this.expect} is missing` };
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
  /** Token (format 2) or household id (format 1). */
  household: string;
  /** Format 1 only (format 2 entries carry no code). */
  householdCode: string | null;
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
 * (a second ballot for a household, self-confirmation) are returned as problems. The opening and
 * closing entries carry no ballot and are skipped.
 */
export function foldBallots(entries: Array<ChainEntry & { hash: string }>): {
  ballots: Map<string, FoldedBallot>;
  problems: ChainBreak[];
} {
  const ballots = new Map<string, FoldedBallot>();
  const households = new Set<string>();
  const problems: ChainBreak[] = [];
  for (const e of entries) {
    if (e.kind === 'open' || e.kind === 'close') continue;
    const seq = Number(e.seq);
    const d = e.data as any;
    const problem = (b: { household: string | null; householdCode: string | null }, reason: string) =>
      problems.push({ seq, ballotId: e.ballot_id, household: b.household, householdCode: b.householdCode, reason });
    if (e.kind === 'ballot') {
      const household = householdOf(e)!;
      if (households.has(household)) {
        problem({ household, householdCode: codeIn(e) }, 'second ballot for the same household');
        continue;
      }
      households.add(household);
      const online = d.channel === 'online';
      ballots.set(e.ballot_id!, {
        ballotId: e.ballot_id!,
        household,
        householdCode: codeIn(e),
        channel: d.channel,
        formNumber: d.form_number ?? null,
        answers: d.answers,
        status: online ? 'counted' : 'pending',
        pendingBy: online ? null : e.actor_id,
        enteredBy: e.actor_id,
        confirmedBy: null,
        seq,
        receipt: e.hash,
        lastSeq: seq,
      });
      continue;
    }
    const b = ballots.get(e.ballot_id!);
    if (!b) {
      problem({ household: householdOf(e), householdCode: codeIn(e) }, `${e.kind} of an unknown ballot`);
      continue;
    }
    if (e.kind === 'confirm') {
      if (b.status !== 'pending') problem(b, 'confirmation of a ballot that was not pending');
      else if (b.pendingBy === e.actor_id) problem(b, 'confirmed by the person who entered it');
      else Object.assign(b, { status: 'counted', pendingBy: null, confirmedBy: e.actor_id, lastSeq: seq });
    } else if (e.kind === 'correction') {
      Object.assign(b, {
        answers: d.answers,
        formNumber: d.form_number ?? b.formNumber,
        status: 'pending',
        pendingBy: e.actor_id,
        confirmedBy: null,
        lastSeq: seq,
      });
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
export function computeTally(
  questions: Question[],
  rules: Rules,
  eligible: number,
  ballots: Iterable<FoldedBallot>,
): Tally {
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
    return {
      key: q.key,
      counts,
      leading,
      approvals,
      passed: target !== null && meets(rules.approval, approvals, participants),
    };
  });
  return {
    eligible,
    participants,
    pending,
    byChannel,
    participationMet,
    questions: qs,
    passed: participationMet && qs.every((q) => q.passed),
  };
}
