import { maskName } from '../../core/pii';
import type { Project } from '../../../contract/projects';
import type { z } from 'zod';
import type { PhotoRow, ProjectRow, SpendingRow } from './projects.repo';

export function summaryOf(r: ProjectRow) {
  return {
    id: r.id,
    name: r.name,
    program: r.program,
    funder: r.funder,
    year: r.year,
    budgetFen: r.budget_fen,
    spentFen: r.spent_fen,
    balanceFen: r.budget_fen - r.spent_fen,
    progress: r.progress,
    status: r.status,
    published: r.published,
    topicId: r.topic_id,
  };
}

const photoOut = (p: PhotoRow) => ({
  id: p.id,
  kind: p.kind,
  width: p.width,
  height: p.height,
  createdAt: p.created_at,
});

export function projectOf(r: ProjectRow, spending: SpendingRow[], photos: PhotoRow[]): z.infer<typeof Project> {
  return {
    ...summaryOf(r),
    description: r.description,
    items: r.items,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    spending: spending.map((s) => ({
      id: s.id,
      amountFen: s.amount_fen,
      payee: s.payee,
      payeeKind: s.payee_kind,
      spentOn: s.spent_on,
      note: s.note,
      invoicePhotoId: s.invoice_photo_id,
      workOrderId: s.work_order_id,
      createdAt: s.created_at,
    })),
    photos: photos.map(photoOut),
  };
}

/**
 * The notice-board view: a person who was paid (a craftsman) is shown masked (张**), invoices are only
 * counted (they carry tax numbers and names), work-order and topic references stay inside.
 */
export function publicOf(r: ProjectRow & { community_name: string }, spending: SpendingRow[], photos: PhotoRow[]) {
  const { published: _p, topicId: _t, ...summary } = summaryOf(r);
  return {
    ...summary,
    community: r.community_name,
    description: r.description,
    items: r.items,
    spending: spending.map((s) => ({
      id: s.id,
      amountFen: s.amount_fen,
      payee: s.payee_kind === 'person' ? maskName(s.payee)! : s.payee,
      spentOn: s.spent_on,
      note: s.note,
      hasInvoice: s.invoice_photo_id !== null,
    })),
    photos: photos
      .filter((p) => p.kind !== 'invoice')
      .map((p) => ({ id: p.id, kind: p.kind, width: p.width, height: p.height })),
  };
}
