import type { Kysely } from 'kysely';

/**
 * The community dashboard sums a community's project spending over its period (`spendTotals`). Without an index on
 * (community, date) that read every community's entries: 5.5–6.5 ms of each dashboard on SQLite in the N=300
 * district, where one community had none (found with `npm run bench:reads -- --communities 300`).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('project_spendings_community_spent_idx')
    .on('project_spendings')
    .columns(['community_id', 'spent_on'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('project_spendings_community_spent_idx').execute();
}
