import type { PROPOSAL_STATUSES } from '../../../contract/proposals';

/** The deputy's proposals and their coordination log (migration 2026-12-02T23-30-volunteers). */
declare module '../../core/db/types' {
  interface DB {
    proposals: {
      id: string;
      community_id: string;
      title: string;
      problem: string;
      suggestion: string;
      addressee: string;
      topic_id: string | null;
      status: (typeof PROPOSAL_STATUSES)[number];
      outcome: string | null;
      concluded_at: Time | null;
      created_by: string;
      created_at: Time;
      updated_at: Time;
    };
    proposal_logs: {
      id: string;
      community_id: string;
      proposal_id: string;
      date: string;
      text: string;
      created_by: string;
      created_at: Time;
    };
  }
}
export {};
