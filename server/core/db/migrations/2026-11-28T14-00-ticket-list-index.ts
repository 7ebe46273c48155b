import type { Kysely } from 'kysely';

/**
 * A grid's inbox is "this grid's tickets, newest first, 20 a page". tickets_grid_list_idx has the
 * state before created_at, so without a state filter it cannot give that order: the query walked the
 * community's tickets newest first and dropped other grids' (EXPLAIN QUERY PLAN: "USE TEMP B-TREE FOR
 * RIGHT PART OF ORDER BY"). This index serves the unfiltered page and its count directly.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('tickets_grid_created_idx')
    .on('tickets')
    .columns(['community_id', 'grid_id', 'created_at desc', 'id desc'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('tickets_grid_created_idx').execute();
}
