import type { AgendaItem, ATTENDANCE_PARTIES, Signature } from '../../../contract/meetings';

/** Meeting tables (migration 2026-11-28T10-30-deliberation). */
declare module '../../core/db/types' {
  interface DB {
    meetings: {
      id: string;
      community_id: string;
      kind: 'monthly' | 'deliberation' | 'forum';
      title: string;
      topic_id: string | null;
      scheduled_at: Time;
      location: string | null;
      status: 'planned' | 'closed';
      agenda: Json<AgendaItem[]>;
      minutes: string | null;
      decisions: Json<string[]>;
      signatures: Json<Signature[]>;
      closed_at: Time | null;
      closed_by: string | null;
      created_by: string;
      created_at: Time;
      updated_at: Time;
    };
    meeting_attendance: {
      community_id: string;
      meeting_id: string;
      party: (typeof ATTENDANCE_PARTIES)[number];
      expected: number;
      present: number;
      names: Json<string[]>;
    };
    meeting_action_items: {
      id: string;
      community_id: string;
      meeting_id: string;
      text: string;
      owner_name: string;
      due_date: string;
      done: Bool;
      done_at: Time | null;
      done_by: string | null;
      created_at: Time;
      updated_at: Time;
    };
  }
}
export {};
