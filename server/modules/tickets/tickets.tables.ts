/** 民呼我应 tables (SPEC §2); created by migration 2026-11-28T10-00-tickets. */
declare module '../../core/db/types' {
  interface DB {
    ticket_counters: { community_id: string; year: number; last: number };
    tickets: {
      id: string;
      community_id: string;
      number: string;
      title: string;
      description: string;
      category: string;
      location_kind: string;
      estate_id: string | null;
      building_id: string | null;
      area: string | null;
      urgency: string;
      channel: string;
      reporter_resident_id: string | null;
      reporter_user_id: string | null;
      reporter_household_id: string | null;
      created_by_user_id: string;
      grid_id: string | null;
      assignee_user_id: string | null;
      state: string;
      resume_state: string | null;
      reopen_count: number;
      satisfaction: number | null;
      satisfaction_comment: string | null;
      closing_reason: string | null;
      response_due_at: Time;
      resolution_due_at: Time;
      escalation_step_ms: number;
      paused_at: Time | null;
      paused_ms: number;
      accepted_at: Time | null;
      resolved_at: Time | null;
      closed_at: Time | null;
      escalation_level: number;
      merged_into_id: string | null;
      support_count: number;
      created_at: Time;
      updated_at: Time;
    };
    ticket_helpers: { community_id: string; ticket_id: string; user_id: string; created_at: Time };
    ticket_photos: {
      id: string;
      community_id: string;
      ticket_id: string;
      file_key: string;
      thumb_key: string;
      mime: string;
      width: number;
      height: number;
      bytes: number;
      position: number;
      created_at: Time;
    };
    ticket_events: {
      id: string;
      community_id: string;
      ticket_id: string;
      kind: string;
      from_state: string | null;
      to_state: string | null;
      actor_id: string | null;
      message: string | null;
      data: Json<unknown> | null;
      created_at: Time;
    };
    ticket_supports: {
      community_id: string;
      ticket_id: string;
      household_id: string;
      resident_id: string | null;
      user_id: string | null;
      created_at: Time;
    };
    ticket_links: {
      id: string;
      community_id: string;
      ticket_id: string;
      target_type: string;
      target_id: string;
      note: string | null;
      created_by: string | null;
      created_at: Time;
    };
    /** A staff correction of a ticket's category, one per ticket: a lesson for the community's suggestions. */
    ticket_category_lessons: {
      id: string;
      community_id: string;
      ticket_id: string;
      from_category: string;
      category: string;
      taught_by: string;
      created_at: Time;
    };
    ticket_categories: {
      id: string;
      community_id: string;
      code: string;
      label_zh: string;
      label_en: string;
      keywords: Json<string[]>;
      response_hours_normal: number;
      resolution_hours_normal: number;
      response_hours_urgent: number;
      resolution_hours_urgent: number;
      position: number;
      active: Bool;
      created_at: Time;
      updated_at: Time;
    };
    ticket_reply_templates: {
      id: string;
      community_id: string;
      state: string;
      text: string;
      position: number;
      created_at: Time;
      updated_at: Time;
    };
  }
}
export {};
