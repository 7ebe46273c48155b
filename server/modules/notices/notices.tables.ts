import type { NOTICE_STATUSES } from '../../../contract/notices';

/** Public notices (migration 2026-12-03T08-00-notices). */
declare module '../../core/db/types' {
  interface DB {
    notices: {
      id: string;
      community_id: string;
      source_type: string;
      source_id: string;
      title: string;
      snapshot: Json<Record<string, unknown>>;
      snapshot_hash: string;
      period_from: string;
      period_to: string;
      status: (typeof NOTICE_STATUSES)[number];
      published_by: string;
      published_at: Time;
      withdrawn_by: string | null;
      withdrawn_at: Time | null;
      withdraw_reason: string | null;
      created_at: Time;
      updated_at: Time;
    };
  }
}
export {};
