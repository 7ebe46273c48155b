import type { Receipt } from '../../../contract/consultations';
import { can, type Actor } from '../../core/policy/policy';
import type { ConsultationRow } from './consultations.repo';

/**
 * What each reader is shown of a consultation. Who may see how a named household voted
 * (docs/consultation-archive.md, "Who sees what"):
 * - the staff running it (`consultations.manage`: community office staff, party branch) — the staff archive
 *   with household codes, and the entries waiting for a second person;
 * - the household itself — by its receipt (H5 and the public receipt check, once closed);
 * - everyone else (committee, building leaders, deputies, the public) — counts, turnout by building, and
 *   the public archive, where households are salted tokens nobody but the office can link to a code.
 */
export const mayReadNamedAnswers = (actor: Actor, communityId: string) =>
  can(actor, 'consultations.manage', communityId);

export function present(row: ConsultationRow) {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    status: row.status,
    topicId: row.topic_id,
    questions: row.questions,
    scope: row.scope,
    rules: row.rules,
    opensAt: row.opens_at,
    closesAt: row.closes_at,
    eligibleCount: row.eligible_count,
    openedAt: row.opened_at,
    closedAt: row.closed_at,
    result: row.status === 'closed' ? row.result : null,
  };
}

/** A household's receipt; once the consultation is closed it also names the published head its entry leads to. */
export function receiptOf(
  b: {
    consultation_id: string;
    id: string;
    seq: number;
    receipt_hash: string;
    status: 'pending' | 'counted';
    channel: Receipt['channel'];
  },
  closed?: Pick<ConsultationRow, 'result'> | null,
): Receipt {
  return {
    consultationId: b.consultation_id,
    ballotId: b.id,
    seq: Number(b.seq),
    hash: b.receipt_hash,
    status: b.status,
    channel: b.channel,
    chainHead: closed?.result?.chainHead ?? null,
    chainLength: closed?.result?.chainLength ?? null,
  };
}

/** Eligible, counted and pending households per building of the snapshot, in estate and building order. */
export function turnoutByBuilding(
  rows: Array<{ building_id: string; status: 'pending' | 'counted' | null }>,
  labels: Map<string, { estate: string; building: string }>,
) {
  const by = new Map<
    string,
    { buildingId: string; estate: string; building: string; eligible: number; counted: number; pending: number }
  >();
  for (const r of rows) {
    const l = labels.get(r.building_id) ?? { estate: '', building: r.building_id };
    const b = by.get(r.building_id) ?? { buildingId: r.building_id, ...l, eligible: 0, counted: 0, pending: 0 };
    b.eligible++;
    if (r.status) b[r.status]++;
    by.set(r.building_id, b);
  }
  const items = [...by.values()].sort(
    (a, b) => a.estate.localeCompare(b.estate, 'zh') || a.building.localeCompare(b.building, 'zh', { numeric: true }),
  );
  const sum = (k: 'eligible' | 'counted' | 'pending') => items.reduce((n, x) => n + x[k], 0);
  return { eligible: sum('eligible'), counted: sum('counted'), pending: sum('pending'), items };
}
