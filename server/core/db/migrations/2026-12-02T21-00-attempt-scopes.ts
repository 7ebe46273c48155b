import type { Kysely } from 'kysely';

/**
 * Throttled attempts get a namespace: `login` (sign-in from a browser not trusted for the account),
 * `device` (sign-in from a browser holding the account's device cookie: its own allowance), `join`
 * (household codes), `password` (the old password of a password change). Before, wrong join codes
 * and sign-ins shared one per-address count.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('login_attempts')
    .addColumn('scope', 'text', (c) => c.notNull().defaultTo('login'))
    .execute();
  await db.schema
    .createIndex('login_attempts_scope_key_idx')
    .on('login_attempts')
    .columns(['scope', 'login_key', 'at'])
    .execute();
  await db.schema
    .createIndex('login_attempts_scope_ip_idx')
    .on('login_attempts')
    .columns(['scope', 'ip', 'at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('login_attempts_scope_ip_idx').execute();
  await db.schema.dropIndex('login_attempts_scope_key_idx').execute();
  await db.schema.alterTable('login_attempts').dropColumn('scope').execute();
}
