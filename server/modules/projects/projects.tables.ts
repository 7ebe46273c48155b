import type { PAYEE_KINDS, PHOTO_KINDS, PROJECT_STATUSES } from '../../../contract/projects';

/** Funded project tables (migration 2026-12-02T23-30-resources). Money in whole fen. */
declare module '../../core/db/types' {
  interface DB {
    projects: {
      id: string;
      community_id: string;
      name: string;
      program: string;
      funder: string;
      year: number;
      budget_fen: number;
      spent_fen: number;
      progress: number;
      status: (typeof PROJECT_STATUSES)[number];
      published: Bool;
      description: string;
      items: Json<Array<{ name: string; quantity: number | null; unit: string }>>;
      topic_id: string | null;
      created_by: string;
      created_at: Time;
      updated_at: Time;
    };
    project_photos: {
      id: string;
      community_id: string;
      project_id: string;
      kind: (typeof PHOTO_KINDS)[number];
      file_key: string;
      thumb_key: string;
      mime: string;
      width: number;
      height: number;
      created_by: string;
      created_at: Time;
    };
    project_spendings: {
      id: string;
      community_id: string;
      project_id: string;
      amount_fen: number;
      payee: string;
      payee_kind: (typeof PAYEE_KINDS)[number];
      spent_on: string;
      note: string;
      invoice_photo_id: string | null;
      work_order_id: string | null;
      created_by: string;
      created_at: Time;
    };
  }
}
export {};
