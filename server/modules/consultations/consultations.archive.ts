import type { z } from 'zod';
import type { ArchiveBundleV1, ArchiveBundleV2 } from '../../../contract/consultations';
import { maskName } from '../../core/pii';
import { householdToken } from './consultations.definition';
import type { ConsultationRow } from './consultations.repo';

/**
 * Archive bundles from the stored rows (docs/consultation-archive.md): format 1 for chains opened
 * before the opening entry existed, format 2 otherwise, in a public view (households as tokens only)
 * or a staff view (each token with the id, code and salt it recomputes from, staff names masked).
 */

export interface ArchiveRows {
  row: ConsultationRow;
  communityName: string;
  eligible: Array<{
    household_id: string;
    household_code: string;
    representative_masked: string | null;
    salt: string | null;
  }>;
  entries: Array<{
    consultation_id: string;
    seq: number;
    kind: any;
    ballot_id: string | null;
    household_id: string | null;
    data: Record<string, unknown>;
    actor_id: string | null;
    at: string;
    prev_hash: string;
    hash: string;
  }>;
  ballots: Array<{
    id: string;
    household_id: string;
    channel: any;
    form_number: string | null;
    answers: Record<string, string>;
    status: 'pending' | 'counted';
    entered_by: string;
    confirmed_by: string | null;
    seq: number;
    last_seq: number;
    receipt_hash: string;
  }>;
  /** Display names of the staff who entered or confirmed entries (masked on the way out). */
  names: Map<string, string>;
  check: { ok: boolean; entries: number; head: string; problems: string[]; firstBreak: { seq: number } | null };
  exportedAt: string;
}

function consultationPart(r: ArchiveRows) {
  const { row } = r;
  return {
    id: row.id,
    communityName: r.communityName,
    title: row.title,
    description: row.description,
    questions: row.questions,
    scope: row.scope,
    rules: row.rules,
    opensAt: row.opens_at,
    closesAt: row.closes_at,
    openedAt: row.opened_at,
    closedAt: row.closed_at,
  };
}

const chainCheckPart = (c: ArchiveRows['check']) => ({
  ok: c.ok,
  entries: c.entries,
  head: c.head,
  firstBreak: c.ok ? null : { seq: c.firstBreak?.seq ?? 0, reason: c.problems[0] },
});
const hashed = (e: ArchiveRows['entries'][number]) => ({
  consultation_id: e.consultation_id,
  seq: Number(e.seq),
  kind: e.kind,
  ballot_id: e.ballot_id,
  household_id: e.household_id,
  data: e.data,
  actor_id: e.actor_id,
  at: e.at,
  prev_hash: e.prev_hash,
  hash: e.hash,
});

/** Format 1, as exported before format 2 existed: households by id and code. Staff only. */
export function bundleV1(r: ArchiveRows): z.infer<typeof ArchiveBundleV1> {
  const masked = (uid: string | null) => (uid ? maskName(r.names.get(uid)) : null);
  const codes = new Map(r.eligible.map((e) => [e.household_id, e.household_code]));
  return {
    format: 'gongzhi-consultation/1',
    exportedAt: r.exportedAt,
    consultation: consultationPart(r),
    eligible: r.eligible.map((e) => ({
      householdId: e.household_id,
      code: e.household_code,
      representative: e.representative_masked,
    })),
    ballots: r.ballots.map((b) => ({
      ballotId: b.id,
      householdId: b.household_id,
      householdCode: codes.get(b.household_id) ?? '',
      channel: b.channel,
      formNumber: b.form_number,
      answers: b.answers,
      status: b.status,
      enteredBy: masked(b.entered_by),
      confirmedBy: masked(b.confirmed_by),
      seq: Number(b.seq),
      receipt: b.receipt_hash,
    })),
    entries: r.entries.map((e) => ({ ...hashed(e), actorName: masked(e.actor_id) })),
    result: r.row.result,
    chainCheck: chainCheckPart(r.check),
  };
}

/** Format 2. The public view names no household: tokens, answers, channels, the chain. */
export function bundleV2(r: ArchiveRows, view: 'public' | 'staff'): z.infer<typeof ArchiveBundleV2> {
  const staff = view === 'staff';
  const masked = (uid: string | null) => (uid ? maskName(r.names.get(uid)) : null);
  const eligible = r.eligible.map((e) => ({
    e,
    token: householdToken({ householdId: e.household_id, code: e.household_code, salt: e.salt! }),
  }));
  const tokens = new Map(eligible.map((x) => [x.e.household_id, x]));
  return {
    format: 'gongzhi-consultation/2',
    view,
    exportedAt: r.exportedAt,
    consultation: consultationPart(r),
    // Public: in token order, so the order says nothing about buildings or rooms.
    eligible: staff
      ? eligible.map(({ e, token }) => ({
          token,
          householdId: e.household_id,
          code: e.household_code,
          salt: e.salt!,
          representative: e.representative_masked,
        }))
      : eligible.map(({ token }) => ({ token })).sort((a, b) => (a.token < b.token ? -1 : 1)),
    ballots: r.ballots.map((b) => ({
      ballotId: b.id,
      household: tokens.get(b.household_id)?.token ?? '',
      ...(staff ? { householdCode: tokens.get(b.household_id)?.e.household_code ?? '' } : {}),
      channel: b.channel,
      formNumber: b.form_number,
      answers: b.answers,
      status: b.status,
      seq: Number(b.seq),
      lastSeq: Number(b.last_seq),
      receipt: b.receipt_hash,
      ...(staff ? { enteredBy: masked(b.entered_by), confirmedBy: masked(b.confirmed_by) } : {}),
    })),
    entries: r.entries.map((e) => (staff ? { ...hashed(e), actorName: masked(e.actor_id) } : hashed(e))),
    result: r.row.result,
    chainCheck: chainCheckPart(r.check),
  };
}
