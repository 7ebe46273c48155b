import type { z } from 'zod';
import type { Consultation, Threshold, Receipt, Question, Scope, ReceiptProof, Turnout } from '../../../../contract/consultations';

export type { Consultation, Threshold, Receipt, Question, Scope };
export type Proof = z.infer<typeof ReceiptProof>;
export type TurnoutByBuilding = z.infer<typeof Turnout>;
export type ConsultationSummary = Omit<Consultation, 'questions' | 'my' | 'progress'>;

/** The consultations API of one community. */
export const consultationsUrl = (c: string, rest = '') => `/api/communities/${c}/consultations${rest}`;

/** What GET /api/public/consultations/:id/receipts/:hash answers. */
export interface PublicReceipt {
  consultationId: string; title: string; consultationStatus: Consultation['status'];
  seq: number; hash: string; kind: string; at: string; intact: boolean; superseded: boolean; counted: boolean; chainLength: number;
  /** Once closed: the published head, and what the entry recorded. */
  chainHead: string | null; channel: Receipt['channel'] | null; answers: Record<string, string> | null;
}

/** Households needed to meet a threshold out of `base` (≥ 2/3 of 30 → 20; > 1/2 of 20 → 11). */
export function needed(t: Threshold, base: number): number {
  const exact = (base * t.num) / t.den;
  return t.op === '>=' ? Math.ceil(exact) : Math.floor(exact) + 1;
}
