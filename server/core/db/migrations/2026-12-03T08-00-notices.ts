import type { Kysely } from 'kysely';
import { build, columns } from './helpers';

/**
 * Public notices (公示, issue #16): one row per notice, created from the record it announces (type + id), with the
 * snapshot of the record's public fields taken at publication and its SHA-256. Withdrawing keeps the row.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const c = columns(db);
  await build(
    db.schema.createTable('notices'),
    c.id,
    c.community,
    (t) => c.text(t, 'source_type'),
    (t) => c.text(t, 'source_id'),
    (t) => c.text(t, 'title'),
    (t) => c.json(t, 'snapshot'),
    (t) => c.text(t, 'snapshot_hash'),
    (t) => c.text(t, 'period_from'),
    (t) => c.text(t, 'period_to'),
    (t) => c.text(t, 'status'),
    (t) => c.text(t, 'published_by'),
    (t) => c.time(t, 'published_at'),
    (t) => c.text(t, 'withdrawn_by', { nullable: true }),
    (t) => c.time(t, 'withdrawn_at', { nullable: true }),
    (t) => c.text(t, 'withdraw_reason', { nullable: true }),
    c.stamps,
  ).execute();
  await db.schema
    .createIndex('notices_community_idx')
    .on('notices')
    .columns(['community_id', 'published_at'])
    .execute();
  await db.schema
    .createIndex('notices_source_idx')
    .on('notices')
    .columns(['community_id', 'source_type', 'source_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('notices').execute();
}
