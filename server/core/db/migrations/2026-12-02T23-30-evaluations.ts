import type { Kysely } from 'kysely';
import { build, columns } from './helpers';

/**
 * Property oversight, part one (SPEC §6): the committee's quarterly evaluation of each estate's property
 * company — rubrics (versioned), rounds (one per company, estate and quarter), one score sheet per member
 * and round, and the rectification items raised from a round with their completion photos.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const c = columns(db);
  const s = db.schema;

  await build(
    s.createTable('evaluation_rubrics'),
    c.id,
    c.community,
    (t) => c.int(t, 'version'),
    (t) => c.json(t, 'items'),
    (t) => c.time(t, 'frozen_at', { nullable: true }),
    (t) => c.ref(t, 'created_by', 'users', { nullable: true }),
    c.stamps,
  )
    .addUniqueConstraint('evaluation_rubrics_uq', ['community_id', 'version'])
    .execute();

  await build(
    s.createTable('evaluation_rounds'),
    c.id,
    c.community,
    (t) => c.ref(t, 'estate_id', 'estates'),
    (t) => c.ref(t, 'company_id', 'organizations'),
    (t) => c.text(t, 'quarter'),
    (t) => c.ref(t, 'rubric_id', 'evaluation_rubrics'),
    (t) => c.text(t, 'status'),
    (t) => c.json(t, 'member_ids'),
    (t) => c.time(t, 'opened_at'),
    (t) => c.time(t, 'deadline_at'),
    (t) => c.time(t, 'closed_at', { nullable: true }),
    (t) => c.text(t, 'closed_reason', { nullable: true }),
    (t) => c.json(t, 'result', { nullable: true }),
    (t) => c.json(t, 'figures', { nullable: true }),
    (t) => c.ref(t, 'created_by', 'users', { nullable: true }),
    c.stamps,
  )
    .addUniqueConstraint('evaluation_rounds_uq', ['community_id', 'company_id', 'estate_id', 'quarter'])
    .execute();
  await s
    .createIndex('evaluation_rounds_status_idx')
    .on('evaluation_rounds')
    .columns(['status', 'deadline_at'])
    .execute();

  await build(
    s.createTable('evaluation_sheets'),
    c.id,
    c.community,
    (t) => c.ref(t, 'round_id', 'evaluation_rounds'),
    (t) => c.ref(t, 'member_id', 'users'),
    (t) => c.json(t, 'scores'),
    (t) => c.time(t, 'submitted_at'),
  )
    .addUniqueConstraint('evaluation_sheets_uq', ['round_id', 'member_id'])
    .execute();

  await build(
    s.createTable('evaluation_rectifications'),
    c.id,
    c.community,
    (t) => c.ref(t, 'round_id', 'evaluation_rounds'),
    (t) => c.text(t, 'item_key', { nullable: true }),
    (t) => c.text(t, 'title'),
    (t) => c.text(t, 'detail'),
    (t) => c.text(t, 'due_date'),
    (t) => c.text(t, 'status'),
    (t) => c.json(t, 'photos'),
    (t) => c.text(t, 'done_note', { nullable: true }),
    (t) => c.time(t, 'done_at', { nullable: true }),
    (t) => c.ref(t, 'done_by', 'users', { nullable: true }),
    (t) => c.ref(t, 'created_by', 'users', { nullable: true }),
    c.stamps,
  ).execute();
  await s
    .createIndex('evaluation_rectifications_round_idx')
    .on('evaluation_rectifications')
    .columns(['round_id'])
    .execute();
  await s
    .createIndex('evaluation_rectifications_status_idx')
    .on('evaluation_rectifications')
    .columns(['community_id', 'status'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['evaluation_rectifications', 'evaluation_sheets', 'evaluation_rounds', 'evaluation_rubrics'])
    await db.schema.dropTable(t).execute();
}
