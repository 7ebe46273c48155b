import { sql, type Kysely } from 'kysely';
import { build, columns } from './helpers';

/**
 * Work-order numbers (WX2026 0001) came from counting the year's orders and adding one: two orders created at the
 * same moment read the same count, and on PostgreSQL the second hit the unique number and answered 500 (found by the
 * bench's concurrent create). Numbers now come from a counter row per community and year, bumped with
 * UPDATE … RETURNING like ticket numbers, which serialises the two. Existing numbers seed the counters.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const c = columns(db);
  await build(
    db.schema.createTable('work_order_counters'),
    c.community,
    (t) => c.int(t, 'year'),
    (t) => c.int(t, 'last'),
  )
    .addPrimaryKeyConstraint('work_order_counters_pk', ['community_id', 'year'])
    .execute();
  await sql`
    insert into work_order_counters (community_id, year, last)
    select community_id, cast(substr(number, 3, 4) as integer), max(cast(substr(number, 7) as integer))
    from work_orders
    where number like 'WX%'
    group by community_id, cast(substr(number, 3, 4) as integer)
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('work_order_counters').execute();
}
