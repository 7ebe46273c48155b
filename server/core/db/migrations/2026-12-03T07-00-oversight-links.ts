import type { Kysely } from 'kysely';
import { isPostgres } from './helpers';

/**
 * Property oversight, second step (SPEC §6):
 * - a work order carries the estate it is in (for each estate's quarterly figures beside the committee's
 *   score) and can be cancelled before work starts (who, when, why);
 * - a topic's evidence may point at a record of another module (a work order, the fee list, the duty
 *   roster) through the link targets the modules register, instead of describing it in text.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const time = isPostgres(db) ? 'timestamptz' : 'text';
  await db.schema.alterTable('work_orders').addColumn('estate_id', 'text').execute();
  await db.schema.alterTable('work_orders').addColumn('cancelled_at', time).execute();
  await db.schema.alterTable('work_orders').addColumn('cancelled_by', 'text').execute();
  await db.schema.alterTable('work_orders').addColumn('cancel_reason', 'text').execute();
  await db.schema
    .createIndex('work_orders_estate_idx')
    .on('work_orders')
    .columns(['community_id', 'estate_id', 'created_at'])
    .execute();
  await db.schema.alterTable('topic_evidence').addColumn('link_type', 'text').execute();
  await db.schema.alterTable('topic_evidence').addColumn('link_id', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('topic_evidence').dropColumn('link_id').execute();
  await db.schema.alterTable('topic_evidence').dropColumn('link_type').execute();
  await db.schema.dropIndex('work_orders_estate_idx').execute();
  for (const col of ['cancel_reason', 'cancelled_by', 'cancelled_at', 'estate_id'])
    await db.schema.alterTable('work_orders').dropColumn(col).execute();
}
