import { maskName } from '../../core/pii';
import type { RoundFigures } from '../../../contract/evaluations';
import type { RectificationRow, RoundRow } from './evaluations.repo';

export const NO_FIGURES: RoundFigures = {
  tickets: 0,
  avgResponseHours: null,
  avgResolutionHours: null,
  avgSatisfaction: null,
  overdue: 0,
  reopened: 0,
  workOrders: null,
  workOrdersCompleted: null,
  avgCompletionHours: null,
  emergencyWorkOrders: null,
  repairSpentFen: null,
  dutyGapHours: null,
};

/** Figures as stored at the close; a round closed before a figure existed shows it as not recorded (null). */
export const figuresOut = (f: Partial<RoundFigures> | null | undefined): RoundFigures => ({ ...NO_FIGURES, ...f });

export interface Names {
  community: string | null;
  estates: Map<string, string>;
  organizations: Map<string, { name: string }>;
}

export function roundSummary(row: RoundRow, names: Names, scored: number, userId: string | null, myScored: boolean) {
  const members = row.member_ids;
  return {
    id: row.id,
    quarter: row.quarter,
    estateId: row.estate_id,
    estateName: names.estates.get(row.estate_id) ?? '',
    companyId: row.company_id,
    companyName: names.organizations.get(row.company_id)?.name ?? '',
    status: row.status,
    deadlineAt: row.deadline_at,
    openedAt: row.opened_at,
    closedAt: row.closed_at,
    closedReason: row.closed_reason,
    members: members.length,
    scored,
    score: row.status === 'closed' ? (row.result?.score ?? null) : null,
    myTurn: row.status === 'open' && !!userId && members.includes(userId) && !myScored,
  };
}

export function rectificationOut(r: RectificationRow, names: Names, today: string) {
  return {
    id: r.id,
    roundId: r.round_id,
    quarter: r.quarter,
    estateName: names.estates.get(r.estate_id) ?? '',
    itemKey: r.item_key,
    title: r.title,
    detail: r.detail,
    dueDate: r.due_date,
    status: r.status,
    overdue: r.status === 'open' && r.due_date < today,
    photos: r.photos.map((p) => ({ id: p.id })),
    doneNote: r.done_note,
    doneAt: r.done_at,
    createdAt: r.created_at,
  };
}

/** Who has scored, for staff: masked names, and whether they have — never what. */
export const progressOf = (members: Array<{ name: string; scored: boolean }>) =>
  members.map((m) => ({ member: maskName(m.name) ?? '委员', scored: m.scored }));
