import type { Kysely } from 'kysely';

/**
 * Consultation archive format 2 (docs/consultation-archive.md). A chain opened from now on starts with
 * an opening entry that seals the definition and the eligible snapshot, and names households in its
 * entries by a salted token instead of id and code, so the archive can be public.
 *
 * Chains opened before keep format 1 (`chain_format` 1, no salts): their entries are hashed as they
 * are and cannot be rewritten without changing every receipt, so they stay verifiable as format 1.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('consultations')
    .addColumn('chain_format', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.alterTable('consultation_households').addColumn('salt', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('consultation_households').dropColumn('salt').execute();
  await db.schema.alterTable('consultations').dropColumn('chain_format').execute();
}
