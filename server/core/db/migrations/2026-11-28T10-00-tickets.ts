import type { Kysely } from 'kysely';
import { build, columns } from './helpers';

/** 民呼我应 resident tickets (SPEC §2) and the notification inbox with its outbound deliveries. */
export async function up(db: Kysely<any>): Promise<void> {
  const c = columns(db);
  const s = db.schema;

  // Human ticket numbers (MH-2026-000123) count per community and year; the row is bumped with UPDATE … RETURNING.
  await build(
    s.createTable('ticket_counters'),
    c.community,
    (t) => c.int(t, 'year'),
    (t) => c.int(t, 'last'),
  )
    .addPrimaryKeyConstraint('ticket_counters_pk', ['community_id', 'year'])
    .execute();

  await build(
    s.createTable('tickets'),
    c.id,
    c.community,
    (t) => c.text(t, 'number'),
    (t) => c.text(t, 'title'),
    (t) => c.text(t, 'description'),
    (t) => c.text(t, 'category'),
    (t) => c.text(t, 'location_kind'),
    (t) => c.ref(t, 'estate_id', 'estates', { nullable: true }),
    (t) => c.ref(t, 'building_id', 'buildings', { nullable: true }),
    (t) => c.text(t, 'area', { nullable: true }),
    (t) => c.text(t, 'urgency'),
    (t) => c.text(t, 'channel'),
    (t) => c.ref(t, 'reporter_resident_id', 'residents', { nullable: true }),
    (t) => c.ref(t, 'reporter_user_id', 'users', { nullable: true }),
    (t) => c.ref(t, 'reporter_household_id', 'households', { nullable: true }),
    (t) => c.ref(t, 'created_by_user_id', 'users'),
    (t) => c.ref(t, 'grid_id', 'grids', { nullable: true }),
    (t) => c.ref(t, 'assignee_user_id', 'users', { nullable: true }),
    (t) => c.text(t, 'state'),
    (t) => c.text(t, 'resume_state', { nullable: true }),
    (t) => c.int(t, 'reopen_count', { default: 0 }),
    (t) => c.int(t, 'satisfaction', { nullable: true }),
    (t) => c.text(t, 'satisfaction_comment', { nullable: true }),
    (t) => c.text(t, 'closing_reason', { nullable: true }),
    (t) => c.time(t, 'response_due_at'),
    (t) => c.time(t, 'resolution_due_at'),
    (t) => c.bigint(t, 'escalation_step_ms'),
    (t) => c.time(t, 'paused_at', { nullable: true }),
    (t) => c.bigint(t, 'paused_ms', { default: 0 }),
    (t) => c.time(t, 'accepted_at', { nullable: true }),
    (t) => c.time(t, 'resolved_at', { nullable: true }),
    (t) => c.time(t, 'closed_at', { nullable: true }),
    (t) => c.int(t, 'escalation_level', { default: 0 }),
    (t) => c.text(t, 'merged_into_id', { nullable: true }),
    (t) => c.int(t, 'support_count', { default: 0 }),
    c.stamps,
  )
    .addUniqueConstraint('tickets_number_uq', ['community_id', 'number'])
    .execute();
  await s
    .createIndex('tickets_grid_list_idx')
    .on('tickets')
    .columns(['community_id', 'grid_id', 'state', 'created_at desc'])
    .execute();
  await s.createIndex('tickets_community_created_idx').on('tickets').columns(['community_id', 'created_at']).execute();
  await s.createIndex('tickets_reporter_idx').on('tickets').columns(['reporter_user_id', 'created_at']).execute();
  await s
    .createIndex('tickets_estate_idx')
    .on('tickets')
    .columns(['community_id', 'estate_id', 'created_at'])
    .execute();
  await s.createIndex('tickets_state_due_idx').on('tickets').columns(['state', 'resolution_due_at']).execute();

  await build(
    s.createTable('ticket_helpers'),
    c.community,
    (t) => c.ref(t, 'ticket_id', 'tickets', { onDelete: 'cascade' }),
    (t) => c.ref(t, 'user_id', 'users'),
    (t) => c.time(t, 'created_at'),
  )
    .addPrimaryKeyConstraint('ticket_helpers_pk', ['ticket_id', 'user_id'])
    .execute();
  await s.createIndex('ticket_helpers_user_idx').on('ticket_helpers').column('user_id').execute();

  await build(
    s.createTable('ticket_photos'),
    c.id,
    c.community,
    (t) => c.ref(t, 'ticket_id', 'tickets', { onDelete: 'cascade' }),
    (t) => c.text(t, 'file_key'),
    (t) => c.text(t, 'thumb_key'),
    (t) => c.text(t, 'mime'),
    (t) => c.int(t, 'width'),
    (t) => c.int(t, 'height'),
    (t) => c.int(t, 'bytes'),
    (t) => c.int(t, 'position'),
    (t) => c.time(t, 'created_at'),
  ).execute();
  await s.createIndex('ticket_photos_ticket_idx').on('ticket_photos').column('ticket_id').execute();

  await build(
    s.createTable('ticket_events'),
    c.id,
    c.community,
    (t) => c.ref(t, 'ticket_id', 'tickets', { onDelete: 'cascade' }),
    (t) => c.text(t, 'kind'),
    (t) => c.text(t, 'from_state', { nullable: true }),
    (t) => c.text(t, 'to_state', { nullable: true }),
    (t) => c.ref(t, 'actor_id', 'users', { nullable: true }),
    (t) => c.text(t, 'message', { nullable: true }),
    (t) => c.json(t, 'data', { nullable: true }),
    (t) => c.time(t, 'created_at'),
  ).execute();
  await s.createIndex('ticket_events_ticket_idx').on('ticket_events').columns(['ticket_id', 'created_at']).execute();

  await build(
    s.createTable('ticket_supports'),
    c.community,
    (t) => c.ref(t, 'ticket_id', 'tickets', { onDelete: 'cascade' }),
    (t) => c.ref(t, 'household_id', 'households'),
    (t) => c.ref(t, 'resident_id', 'residents', { nullable: true }),
    (t) => c.ref(t, 'user_id', 'users', { nullable: true }),
    (t) => c.time(t, 'created_at'),
  )
    .addPrimaryKeyConstraint('ticket_supports_pk', ['ticket_id', 'household_id'])
    .execute();
  await s
    .createIndex('ticket_supports_household_idx')
    .on('ticket_supports')
    .columns(['household_id', 'created_at'])
    .execute();

  // Generic two-way links: a ticket ↔ a topic, work order, referral or proposal of another module.
  await build(
    s.createTable('ticket_links'),
    c.id,
    c.community,
    (t) => c.ref(t, 'ticket_id', 'tickets', { onDelete: 'cascade' }),
    (t) => c.text(t, 'target_type'),
    (t) => c.text(t, 'target_id'),
    (t) => c.text(t, 'note', { nullable: true }),
    (t) => c.ref(t, 'created_by', 'users', { nullable: true }),
    (t) => c.time(t, 'created_at'),
  )
    .addUniqueConstraint('ticket_links_uq', ['ticket_id', 'target_type', 'target_id'])
    .execute();
  await s
    .createIndex('ticket_links_target_idx')
    .on('ticket_links')
    .columns(['community_id', 'target_type', 'target_id'])
    .execute();

  await build(
    s.createTable('ticket_categories'),
    c.id,
    c.community,
    (t) => c.text(t, 'code'),
    (t) => c.text(t, 'label_zh'),
    (t) => c.text(t, 'label_en'),
    (t) => c.json(t, 'keywords'),
    (t) => c.int(t, 'response_hours_normal'),
    (t) => c.int(t, 'resolution_hours_normal'),
    (t) => c.int(t, 'response_hours_urgent'),
    (t) => c.int(t, 'resolution_hours_urgent'),
    (t) => c.int(t, 'position'),
    (t) => c.bool(t, 'active', { default: true }),
    c.stamps,
  )
    .addUniqueConstraint('ticket_categories_uq', ['community_id', 'code'])
    .execute();

  await build(
    s.createTable('ticket_reply_templates'),
    c.id,
    c.community,
    (t) => c.text(t, 'state'),
    (t) => c.text(t, 'text'),
    (t) => c.int(t, 'position'),
    c.stamps,
  ).execute();
  await s
    .createIndex('ticket_reply_templates_idx')
    .on('ticket_reply_templates')
    .columns(['community_id', 'state'])
    .execute();

  await build(
    s.createTable('notifications'),
    c.id,
    (t) => c.text(t, 'community_id', { nullable: true }),
    (t) => c.ref(t, 'user_id', 'users', { onDelete: 'cascade' }),
    (t) => c.text(t, 'kind'),
    (t) => c.text(t, 'title'),
    (t) => c.text(t, 'body'),
    (t) => c.text(t, 'entity_type', { nullable: true }),
    (t) => c.text(t, 'entity_id', { nullable: true }),
    (t) => c.time(t, 'read_at', { nullable: true }),
    (t) => c.time(t, 'created_at'),
  ).execute();
  await s.createIndex('notifications_user_idx').on('notifications').columns(['user_id', 'created_at']).execute();

  await build(
    s.createTable('notification_channels'),
    c.id,
    c.community,
    (t) => c.text(t, 'kind'),
    (t) => c.text(t, 'url'),
    (t) => c.bool(t, 'active', { default: true }),
    c.stamps,
  )
    .addUniqueConstraint('notification_channels_uq', ['community_id', 'kind'])
    .execute();

  await build(
    s.createTable('notification_deliveries'),
    c.id,
    c.community,
    (t) => c.ref(t, 'channel_id', 'notification_channels', { onDelete: 'cascade' }),
    (t) => c.text(t, 'content'),
    (t) => c.text(t, 'status'),
    (t) => c.int(t, 'attempts', { default: 0 }),
    (t) => c.text(t, 'last_error', { nullable: true }),
    (t) => c.time(t, 'next_attempt_at'),
    (t) => c.time(t, 'sent_at', { nullable: true }),
    c.stamps,
  ).execute();
  await s
    .createIndex('notification_deliveries_due_idx')
    .on('notification_deliveries')
    .columns(['status', 'next_attempt_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'notification_deliveries',
    'notification_channels',
    'notifications',
    'ticket_reply_templates',
    'ticket_categories',
    'ticket_links',
    'ticket_supports',
    'ticket_events',
    'ticket_photos',
    'ticket_helpers',
    'tickets',
    'ticket_counters',
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
