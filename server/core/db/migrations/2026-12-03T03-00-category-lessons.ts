import type { Kysely } from 'kysely';
import { build, columns } from './helpers';

/**
 * A staff correction of a ticket's category is a lesson for that community's suggestions (SPEC §2,
 * 智能分类): one row per ticket (its latest correction), read back with the ticket's own text when the
 * community's model is built, so no report text is copied here. Forgetting a lesson deletes its row.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const c = columns(db);
  await build(
    db.schema.createTable('ticket_category_lessons'),
    c.id,
    c.community,
    (t) => c.ref(t, 'ticket_id', 'tickets', { onDelete: 'cascade' }),
    (t) => c.text(t, 'from_category'),
    (t) => c.text(t, 'category'),
    (t) => c.ref(t, 'taught_by', 'users'),
    (t) => c.time(t, 'created_at'),
  )
    .addUniqueConstraint('ticket_category_lessons_ticket_uq', ['ticket_id'])
    .execute();
  await db.schema
    .createIndex('ticket_category_lessons_community_idx')
    .on('ticket_category_lessons')
    .columns(['community_id', 'created_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('ticket_category_lessons').execute();
}
