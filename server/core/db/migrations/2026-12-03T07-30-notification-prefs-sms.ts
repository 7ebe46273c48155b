import type { Kysely } from 'kysely';
import { build, columns } from './helpers';

/**
 * Notifications for every module (SPEC §8): an English title and body beside the Chinese ones; each person's
 * channel preferences (SMS per kind of message, quiet hours, the staff digest); the SMS outbox, which holds no
 * phone number (it is looked up when the message is sent, so a changed number is used and no copy is kept);
 * and one-time keys, so a reminder or a digest goes out once however many app servers run the job.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const c = columns(db);
  await db.schema.alterTable('notifications').addColumn('title_en', 'text').execute();
  await db.schema.alterTable('notifications').addColumn('body_en', 'text').execute();

  await build(
    db.schema.createTable('notification_prefs'),
    (t) => t.addColumn('user_id', 'text', (col) => col.primaryKey().references('users.id').onDelete('cascade')),
    (t) => c.bool(t, 'sms', { default: false }),
    (t) => c.json(t, 'sms_kinds'),
    (t) => c.text(t, 'quiet_start'),
    (t) => c.text(t, 'quiet_end'),
    (t) => c.bool(t, 'digest', { default: true }),
    (t) => c.time(t, 'updated_at'),
  ).execute();

  await build(
    db.schema.createTable('notification_sms'),
    c.id,
    (t) => c.text(t, 'community_id', { nullable: true }),
    (t) => c.ref(t, 'user_id', 'users', { onDelete: 'cascade' }),
    (t) => c.text(t, 'kind'),
    (t) => c.text(t, 'content'),
    (t) => c.text(t, 'status'),
    (t) => c.int(t, 'attempts', { default: 0 }),
    (t) => c.text(t, 'last_error', { nullable: true }),
    (t) => c.time(t, 'next_attempt_at'),
    (t) => c.time(t, 'sent_at', { nullable: true }),
    c.stamps,
  ).execute();
  await db.schema
    .createIndex('notification_sms_due_idx')
    .on('notification_sms')
    .columns(['status', 'next_attempt_at'])
    .execute();
  await db.schema
    .createIndex('notification_sms_community_idx')
    .on('notification_sms')
    .columns(['community_id', 'created_at'])
    .execute();

  await build(
    db.schema.createTable('notification_once'),
    (t) => t.addColumn('key', 'text', (col) => col.primaryKey()),
    (t) => c.time(t, 'created_at'),
  ).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('notification_once').execute();
  await db.schema.dropTable('notification_sms').execute();
  await db.schema.dropTable('notification_prefs').execute();
  await db.schema.alterTable('notifications').dropColumn('body_en').execute();
  await db.schema.alterTable('notifications').dropColumn('title_en').execute();
}
