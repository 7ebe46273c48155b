import type { EVIDENCE_KINDS, TOPIC_SOURCES } from '../../../contract/topics';

/** 四方议事 topic tables (migration 2026-11-28T10-30-deliberation). */
declare module '../../core/db/types' {
  interface DB {
    topics: {
      id: string;
      community_id: string;
      title: string;
      description: string;
      source: (typeof TOPIC_SOURCES)[number];
      estate_id: string | null;
      stage: string;
      status: 'active' | 'closed';
      consultation_id: string | null;
      decision_text: string | null;
      decision_at: Time | null;
      created_by: string;
      closed_at: Time | null;
      created_at: Time;
      updated_at: Time;
    };
    topic_stages: {
      id: string;
      community_id: string;
      topic_id: string;
      stage: string;
      status: 'active' | 'completed' | 'skipped';
      started_at: Time;
      ended_at: Time | null;
      skip_reason: string | null;
      actor_id: string;
    };
    topic_evidence: {
      id: string;
      community_id: string;
      topic_id: string;
      stage: string;
      kind: (typeof EVIDENCE_KINDS)[number];
      text: string;
      file_ref: string | null;
      meeting_id: string | null;
      /** A record of another module this evidence points at (a registered link target: work order, fee list, roster). */
      link_type: string | null;
      link_id: string | null;
      created_by: string;
      created_at: Time;
    };
    topic_signoffs: {
      id: string;
      community_id: string;
      topic_id: string;
      party: string;
      signer_name: string;
      user_id: string;
      signed_at: Time;
    };
  }
}
export {};
