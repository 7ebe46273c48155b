/**
 * In-app inbox and outbound channel deliveries (migration 2026-11-28T10-00-tickets); English titles, personal
 * preferences, the SMS outbox and one-time keys (2026-12-03T07-30-notification-prefs-sms).
 */
declare module '../../core/db/types' {
  interface DB {
    notifications: {
      id: string;
      community_id: string | null;
      user_id: string;
      kind: string;
      title: string;
      body: string;
      title_en: string | null;
      body_en: string | null;
      entity_type: string | null;
      entity_id: string | null;
      read_at: Time | null;
      created_at: Time;
    };
    notification_channels: {
      id: string;
      community_id: string;
      kind: string;
      url: string;
      active: Bool;
      created_at: Time;
      updated_at: Time;
    };
    notification_deliveries: {
      id: string;
      community_id: string;
      channel_id: string;
      content: string;
      status: string;
      attempts: number;
      last_error: string | null;
      next_attempt_at: Time;
      sent_at: Time | null;
      created_at: Time;
      updated_at: Time;
    };
    notification_prefs: {
      user_id: string;
      sms: Bool;
      /** The kinds of message (NOTIFY_GROUPS) that also go out by SMS. */
      sms_kinds: Json<string[]>;
      /** HH:MM, Beijing time: SMS waits until quiet_end; the inbox is never held back. */
      quiet_start: string;
      quiet_end: string;
      /** Staff: the daily digest at 08:00. */
      digest: Bool;
      updated_at: Time;
    };
    notification_sms: {
      id: string;
      community_id: string | null;
      user_id: string;
      kind: string;
      content: string;
      status: string;
      attempts: number;
      last_error: string | null;
      next_attempt_at: Time;
      sent_at: Time | null;
      created_at: Time;
      updated_at: Time;
    };
    notification_once: { key: string; created_at: Time };
  }
}
export {};
