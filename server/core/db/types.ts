import type { ColumnType, Generated } from 'kysely';

/** ISO-8601 UTC text on SQLite, timestamptz on PostgreSQL; always an ISO string in the app. */
export type Time = string;
/** Decoded to a real boolean on both dialects (see dialect/sqlite.ts). */
export type Bool = ColumnType<boolean, boolean, boolean>;
/** Written as JSON text (use `json()`), read back parsed on both dialects. */
export type Json<T> = ColumnType<T, string, string>;

/**
 * The database, as Kysely sees it. Core tables are declared here; each module adds its own tables
 * by augmenting this interface in its `<name>.tables.ts` (declaration merging), so core never
 * imports a module.
 */
export interface DB {
  users: UserTable;
  sessions: SessionTable;
  login_attempts: LoginAttemptTable;
  role_grants: RoleGrantTable;
  audit_events: AuditEventTable;
  audit_heads: AuditHeadTable;
  idempotency_keys: IdempotencyKeyTable;
}

export interface UserTable {
  id: string;
  login: string;
  phone: string | null;
  display_name: string;
  password_hash: string;
  platform_admin: Bool;
  disabled: Bool;
  locale: string | null;
  created_at: Time;
  updated_at: Time;
}

export interface SessionTable {
  /** SHA-256 of the cookie token: a leaked table cannot be replayed as cookies. */
  id: string;
  user_id: string;
  created_at: Time;
  last_seen_at: Time;
  expires_at: Time;
  ip: string | null;
  user_agent: string | null;
}

export interface LoginAttemptTable {
  id: string;
  login_key: string;
  ip: string;
  /** login · device · join · password (see the attempt-scopes migration) */
  scope: Generated<string>;
  success: Bool;
  at: Time;
}

export interface RoleGrantTable {
  id: string;
  user_id: string;
  community_id: string;
  role: string;
  created_at: Time;
}

export interface AuditEventTable {
  id: string;
  /** Chain key: the community id, or 'platform' for events outside any community. */
  chain: string;
  community_id: string | null;
  seq: number;
  actor_id: string | null;
  entity_type: string;
  entity_id: string;
  action: string;
  before: Json<unknown> | null;
  after: Json<unknown> | null;
  created_at: Time;
  prev_hash: string;
  hash: string;
}

export interface AuditHeadTable {
  chain: string;
  seq: number;
  hash: string;
}

export interface IdempotencyKeyTable {
  user_id: string;
  key: string;
  route: string;
  body_hash: string;
  status_code: number | null;
  response: Json<unknown> | null;
  created_at: Time;
}
