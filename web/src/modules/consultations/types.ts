import type { z } from 'zod';
import type { Answer } from '../../lib/api';
import type {
  Consultation,
  Threshold,
  Receipt,
  Question,
  Scope,
  ReceiptProof,
  Turnout,
} from '../../../../contract/consultations';

export type { Consultation, Threshold, Receipt, Question, Scope };
export type Proof = z.infer<typeof ReceiptProof>;
export type TurnoutByBuilding = z.infer<typeof Turnout>;

/** What GET /api/public/consultations/:id/receipts/:hash answers. */
export type PublicReceipt = Answer<'/api/public/consultations/{id}/receipts/{hash}'>;

/** Households needed to meet a threshold out of `base` (≥ 2/3 of 30 → 20; > 1/2 of 20 → 11). */
export function needed(t: Threshold, base: number): number {
  const exact = (base * t.num) / t.den;
  return t.op === '>=' ? Math.ceil(exact) : Math.floor(exact) + 1;
}
