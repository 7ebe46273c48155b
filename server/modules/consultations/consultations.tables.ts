import type { Question, Result, Rules, Scope } from '../../../contract/consultations';

/** Consultation tables (migrations 2026-11-28T10-30-deliberation, 2026-12-02T20-00-consultation-seal). */
declare module '../../core/db/types' {
  interface DB {
    consultations: {
      id: string;
      community_id: string;
      topic_id: string | null;
      title: string;
      description: string;
      questions: Json<Question[]>;
      scope: Json<Scope>;
      rules: Json<Rules>;
      opens_at: Time;
      closes_at: Time;
      status: 'draft' | 'open' | 'closed';
      eligible_count: number | null;
      chain_seq: number;
      chain_head: string;
      opened_at: Time | null;
      opened_by: string | null;
      closed_at: Time | null;
      closed_by: string | null;
      result: Json<Result> | null;
      created_by: string;
      created_at: Time;
      updated_at: Time;
      /** 1: chains opened before the opening entry existed; 2: sealed definition, households as salted tokens. */
      chain_format: number;
    };
    consultation_households: {
      consultation_id: string;
      community_id: string;
      household_id: string;
      household_code: string;
      representative_masked: string | null;
      estate_id: string;
      building_id: string;
      /** Format 2: the secret that makes the household's public token unguessable (null in format 1). */
      salt: string | null;
    };
    consultation_ballots: {
      id: string;
      consultation_id: string;
      community_id: string;
      household_id: string;
      channel: 'online' | 'paper' | 'door_to_door';
      form_number: string | null;
      answers: Json<Record<string, string>>;
      status: 'pending' | 'counted';
      pending_by: string | null;
      entered_by: string;
      confirmed_by: string | null;
      confirmed_at: Time | null;
      seq: number;
      receipt_hash: string;
      last_seq: number;
      created_at: Time;
      updated_at: Time;
    };
    consultation_entries: {
      id: string;
      consultation_id: string;
      community_id: string;
      seq: number;
      kind: 'open' | 'ballot' | 'confirm' | 'correction' | 'close';
      ballot_id: string | null;
      household_id: string | null;
      data: Json<Record<string, unknown>>;
      actor_id: string | null;
      at: Time;
      prev_hash: string;
      hash: string;
    };
  }
}
export {};
