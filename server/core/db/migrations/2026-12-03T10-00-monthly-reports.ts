import type { Kysely } from 'kysely';
import { build, columns } from './helpers';

/**
 * Monthly work reports (月报, issue #16): one per community and month; a draft (figures regenerated on request,
 * text sections edited by staff) until finalised, when the content is frozen with its SHA-256.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const c = columns(db);
  await build(
    db.schema.createTable('monthly_reports'),
    c.id,
    c.community,
    (t) => c.text(t, 'month'),
    (t) => c.text(t, 'status'),
    (t) => c.json(t, 'figures'),
    (t) => c.json(t, 'sections'),
    (t) => c.text(t, 'created_by'),
    (t) => c.text(t, 'created_by_name'),
    (t) => c.text(t, 'finalised_by', { nullable: true }),
    (t) => c.text(t, 'finalised_by_name', { nullable: true }),
    (t) => c.time(t, 'finalised_at', { nullable: true }),
    (t) => c.text(t, 'content_hash', { nullable: true }),
    c.stamps,
  ).execute();
  await db.schema
    .createIndex('monthly_reports_month_uq')
    .on('monthly_reports')
    .columns(['community_id', 'month'])
    .unique()
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('monthly_reports').execute();
}
