import type { RoundFigures, RoundResult, RubricItem } from '../../../contract/evaluations';

/** Evaluation tables (migration 2026-12-02T23-30-evaluations). */
declare module '../../core/db/types' {
  interface DB {
    evaluation_rubrics: {
      id: string;
      community_id: string;
      version: number;
      items: Json<RubricItem[]>;
      /** Set when the first round opens with this version: from then on a change makes a new version. */
      frozen_at: Time | null;
      created_by: string | null;
      created_at: Time;
      updated_at: Time;
    };
    evaluation_rounds: {
      id: string;
      community_id: string;
      estate_id: string;
      company_id: string;
      quarter: string;
      rubric_id: string;
      status: 'open' | 'closed';
      member_ids: Json<string[]>;
      opened_at: Time;
      deadline_at: Time;
      closed_at: Time | null;
      closed_reason: 'all_scored' | 'deadline' | null;
      result: Json<RoundResult> | null;
      figures: Json<RoundFigures> | null;
      created_by: string | null;
      created_at: Time;
      updated_at: Time;
    };
    evaluation_sheets: {
      id: string;
      community_id: string;
      round_id: string;
      member_id: string;
      scores: Json<Record<string, { score: number; comment: string }>>;
      submitted_at: Time;
    };
    evaluation_rectifications: {
      id: string;
      community_id: string;
      round_id: string;
      item_key: string | null;
      title: string;
      detail: string;
      due_date: string;
      status: 'open' | 'done';
      photos: Json<Array<{ id: string; key: string; thumb: string }>>;
      done_note: string | null;
      done_at: Time | null;
      done_by: string | null;
      created_by: string | null;
      created_at: Time;
      updated_at: Time;
    };
  }
}
export {};
