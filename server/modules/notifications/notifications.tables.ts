/** In-app inbox and outbound channel deliveries; created by migration 2026-11-28T10-00-tickets. */
declare module '../../core/db/types' {
  interface DB {
    notifications: {
      id: string;
      community_id: string | null;
      user_id: string;
      kind: string;
      title: string;
      body: string;
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
  }
}
export {};
