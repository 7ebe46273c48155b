import type { REFERRAL_STATUSES } from '../../../contract/referrals';

/** Department referrals (migration 2026-12-02T23-30-volunteers). */
declare module '../../core/db/types' {
  interface DB {
    referrals: {
      id: string;
      community_id: string;
      ticket_id: string;
      ticket_number: string;
      department_id: string;
      department_name: string;
      contact_name: string;
      contact_phone: string | null;
      need: string;
      expected_date: string;
      status: (typeof REFERRAL_STATUSES)[number];
      referred_at: Time;
      answered_at: Time | null;
      response: string | null;
      last_reminded_at: Time | null;
      reminders: number;
      created_by: string;
      created_at: Time;
      updated_at: Time;
    };
  }
}
export {};
