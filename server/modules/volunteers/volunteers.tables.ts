import type { ACTIVITY_KINDS, COMMITMENT_KINDS } from '../../../contract/volunteers';

/** Activities, sign-ups and party members' responsibility lists (migration 2026-12-02T23-30-volunteers). */
declare module '../../core/db/types' {
  interface DB {
    activities: {
      id: string;
      community_id: string;
      kind: (typeof ACTIVITY_KINDS)[number];
      title: string;
      description: string;
      location: string;
      starts_at: Time;
      ends_at: Time;
      capacity: number;
      signup_count: number;
      checkin_nonce: string;
      created_by: string;
      created_at: Time;
      updated_at: Time;
    };
    activity_signups: {
      id: string;
      community_id: string;
      activity_id: string;
      user_id: string | null;
      person_key: string;
      name: string;
      party_member: boolean;
      signed_up_at: Time;
      checked_in_at: Time | null;
      checked_out_at: Time | null;
      minutes: number;
    };
    party_commitments: {
      id: string;
      community_id: string;
      user_id: string;
      member_name: string;
      year: number;
      kind: (typeof COMMITMENT_KINDS)[number];
      text: string;
      target: number;
      created_by: string;
      created_at: Time;
      updated_at: Time;
    };
    party_commitment_entries: {
      id: string;
      community_id: string;
      commitment_id: string;
      amount: number;
      note: string;
      date: string;
      created_by: string;
      created_at: Time;
    };
  }
}
export {};
