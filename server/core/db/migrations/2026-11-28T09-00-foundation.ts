import type { Kysely } from 'kysely';
import { build, columns } from './helpers';

/** Foundation: accounts, sessions, audit chain, and the community structure of SPEC §1. */
export async function up(db: Kysely<any>): Promise<void> {
  const c = columns(db);
  const s = db.schema;

  await build(
    s.createTable('users'),
    c.id,
    (t) => c.text(t, 'login'),
    (t) => c.text(t, 'phone', { nullable: true }),
    (t) => c.text(t, 'display_name'),
    (t) => c.text(t, 'password_hash'),
    (t) => c.bool(t, 'platform_admin', { default: false }),
    (t) => c.bool(t, 'disabled', { default: false }),
    (t) => c.text(t, 'locale', { nullable: true }),
    c.stamps,
  ).execute();
  await s.createIndex('users_login_uq').on('users').column('login').unique().execute();
  await s.createIndex('users_phone_uq').on('users').column('phone').unique().execute();

  await build(
    s.createTable('sessions'),
    c.id,
    (t) => c.ref(t, 'user_id', 'users', { onDelete: 'cascade' }),
    (t) => c.time(t, 'created_at'),
    (t) => c.time(t, 'last_seen_at'),
    (t) => c.time(t, 'expires_at'),
    (t) => c.text(t, 'ip', { nullable: true }),
    (t) => c.text(t, 'user_agent', { nullable: true }),
  ).execute();
  await s.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();

  await build(
    s.createTable('login_attempts'),
    c.id,
    (t) => c.text(t, 'login_key'),
    (t) => c.text(t, 'ip'),
    (t) => c.bool(t, 'success'),
    (t) => c.time(t, 'at'),
  ).execute();
  await s.createIndex('login_attempts_key_idx').on('login_attempts').columns(['login_key', 'at']).execute();
  await s.createIndex('login_attempts_ip_idx').on('login_attempts').columns(['ip', 'at']).execute();

  await build(
    s.createTable('audit_events'),
    c.id,
    (t) => c.text(t, 'chain'),
    (t) => c.text(t, 'community_id', { nullable: true }),
    (t) => c.bigint(t, 'seq'),
    (t) => c.text(t, 'actor_id', { nullable: true }),
    (t) => c.text(t, 'entity_type'),
    (t) => c.text(t, 'entity_id'),
    (t) => c.text(t, 'action'),
    (t) => c.json(t, 'before', { nullable: true }),
    (t) => c.json(t, 'after', { nullable: true }),
    (t) => c.time(t, 'created_at'),
    (t) => c.text(t, 'prev_hash'),
    (t) => c.text(t, 'hash'),
  )
    .addUniqueConstraint('audit_events_chain_seq_uq', ['chain', 'seq'])
    .execute();
  await s
    .createIndex('audit_events_entity_idx')
    .on('audit_events')
    .columns(['community_id', 'entity_type', 'entity_id'])
    .execute();

  await build(
    s.createTable('audit_heads'),
    (t) => t.addColumn('chain', 'text', (col) => col.primaryKey()),
    (t) => c.bigint(t, 'seq'),
    (t) => c.text(t, 'hash'),
  ).execute();

  await build(
    s.createTable('idempotency_keys'),
    (t) => c.text(t, 'user_id'),
    (t) => c.text(t, 'key'),
    (t) => c.text(t, 'route'),
    (t) => c.text(t, 'body_hash'),
    (t) => c.int(t, 'status_code', { nullable: true }),
    (t) => c.json(t, 'response', { nullable: true }),
    (t) => c.time(t, 'created_at'),
  )
    .addPrimaryKeyConstraint('idempotency_keys_pk', ['user_id', 'key'])
    .execute();

  // Community structure: town → community → estate → building → household → resident.
  await build(
    s.createTable('towns'),
    c.id,
    (t) => c.text(t, 'name'),
    (t) => c.text(t, 'code', { nullable: true }),
    c.stamps,
  ).execute();
  await build(
    s.createTable('communities'),
    c.id,
    (t) => c.ref(t, 'town_id', 'towns'),
    (t) => c.text(t, 'name'),
    (t) => c.text(t, 'address', { nullable: true }),
    c.stamps,
  ).execute();
  await s.createIndex('communities_town_idx').on('communities').column('town_id').execute();

  await build(
    s.createTable('role_grants'),
    c.id,
    (t) => c.ref(t, 'user_id', 'users', { onDelete: 'cascade' }),
    c.community,
    (t) => c.text(t, 'role'),
    (t) => c.time(t, 'created_at'),
  )
    .addUniqueConstraint('role_grants_uq', ['user_id', 'community_id', 'role'])
    .execute();
  await s.createIndex('role_grants_community_idx').on('role_grants').columns(['community_id', 'role']).execute();

  await build(
    s.createTable('estates'),
    c.id,
    c.community,
    (t) => c.text(t, 'name'),
    (t) => c.text(t, 'address', { nullable: true }),
    (t) => c.text(t, 'note', { nullable: true }),
    c.stamps,
  )
    .addUniqueConstraint('estates_name_uq', ['community_id', 'name'])
    .execute();

  await build(
    s.createTable('grids'),
    c.id,
    c.community,
    (t) => c.text(t, 'name'),
    (t) => c.text(t, 'note', { nullable: true }),
    c.stamps,
  )
    .addUniqueConstraint('grids_name_uq', ['community_id', 'name'])
    .execute();

  await build(
    s.createTable('buildings'),
    c.id,
    c.community,
    (t) => c.ref(t, 'estate_id', 'estates'),
    (t) => c.ref(t, 'grid_id', 'grids', { nullable: true }),
    (t) => c.text(t, 'name'),
    (t) => c.int(t, 'floors', { nullable: true }),
    (t) => c.text(t, 'note', { nullable: true }),
    c.stamps,
  )
    .addUniqueConstraint('buildings_name_uq', ['estate_id', 'name'])
    .execute();
  await s.createIndex('buildings_community_idx').on('buildings').columns(['community_id', 'estate_id']).execute();
  await s.createIndex('buildings_grid_idx').on('buildings').column('grid_id').execute();

  await build(
    s.createTable('households'),
    c.id,
    c.community,
    (t) => c.ref(t, 'estate_id', 'estates'),
    (t) => c.ref(t, 'building_id', 'buildings'),
    (t) => c.text(t, 'room'),
    (t) => c.text(t, 'code'),
    (t) => c.text(t, 'representative_id', { nullable: true }),
    (t) => c.text(t, 'join_code_hash', { nullable: true }),
    (t) => c.time(t, 'join_code_issued_at', { nullable: true }),
    (t) => c.text(t, 'note', { nullable: true }),
    c.stamps,
  )
    .addUniqueConstraint('households_room_uq', ['building_id', 'room'])
    .addUniqueConstraint('households_code_uq', ['community_id', 'code'])
    .execute();
  await s
    .createIndex('households_community_idx')
    .on('households')
    .columns(['community_id', 'estate_id', 'building_id'])
    .execute();
  await s.createIndex('households_join_code_uq').on('households').column('join_code_hash').unique().execute();

  await build(
    s.createTable('residents'),
    c.id,
    c.community,
    (t) => c.ref(t, 'household_id', 'households', { nullable: true }),
    (t) => c.text(t, 'name'),
    (t) => c.text(t, 'gender', { nullable: true }),
    (t) => c.text(t, 'birth_date', { nullable: true }),
    (t) => c.text(t, 'phone', { nullable: true }),
    (t) => c.text(t, 'id_number_enc', { nullable: true }),
    (t) => c.text(t, 'id_number_mask', { nullable: true }),
    (t) => c.text(t, 'id_number_hmac', { nullable: true }),
    (t) => c.ref(t, 'user_id', 'users', { nullable: true }),
    (t) => c.text(t, 'note', { nullable: true }),
    c.stamps,
  )
    .addUniqueConstraint('residents_id_number_uq', ['community_id', 'id_number_hmac'])
    .execute();
  await s.createIndex('residents_household_idx').on('residents').column('household_id').execute();
  await s.createIndex('residents_community_name_idx').on('residents').columns(['community_id', 'name']).execute();
  await s.createIndex('residents_phone_idx').on('residents').columns(['community_id', 'phone']).execute();
  await s.createIndex('residents_user_idx').on('residents').column('user_id').execute();

  await build(
    s.createTable('resident_tags'),
    (t) => c.ref(t, 'resident_id', 'residents', { onDelete: 'cascade' }),
    c.community,
    (t) => c.text(t, 'tag'),
  )
    .addPrimaryKeyConstraint('resident_tags_pk', ['resident_id', 'tag'])
    .execute();
  await s.createIndex('resident_tags_tag_idx').on('resident_tags').columns(['community_id', 'tag']).execute();

  // Bodies: party branch, property company (optionally per estate), committee, partner units, departments.
  await build(
    s.createTable('organizations'),
    c.id,
    c.community,
    (t) => c.text(t, 'kind'),
    (t) => c.text(t, 'name'),
    (t) => c.ref(t, 'estate_id', 'estates', { nullable: true }),
    (t) => c.text(t, 'contact_name', { nullable: true }),
    (t) => c.text(t, 'contact_phone', { nullable: true }),
    (t) => c.text(t, 'note', { nullable: true }),
    c.stamps,
  ).execute();
  await s.createIndex('organizations_kind_idx').on('organizations').columns(['community_id', 'kind']).execute();

  await build(
    s.createTable('organization_members'),
    c.id,
    c.community,
    (t) => c.ref(t, 'organization_id', 'organizations', { onDelete: 'cascade' }),
    (t) => c.text(t, 'name'),
    (t) => c.text(t, 'title', { nullable: true }),
    (t) => c.text(t, 'phone', { nullable: true }),
    (t) => c.ref(t, 'resident_id', 'residents', { nullable: true }),
    (t) => c.ref(t, 'user_id', 'users', { nullable: true }),
    c.stamps,
  ).execute();
  await s.createIndex('organization_members_org_idx').on('organization_members').column('organization_id').execute();

  // A grid's service team: building leader, party-member second building leader, red property specialist.
  await build(
    s.createTable('grid_members'),
    c.id,
    c.community,
    (t) => c.ref(t, 'grid_id', 'grids', { onDelete: 'cascade' }),
    (t) => c.text(t, 'role'),
    (t) => c.text(t, 'name'),
    (t) => c.text(t, 'phone', { nullable: true }),
    (t) => c.ref(t, 'building_id', 'buildings', { nullable: true }),
    (t) => c.ref(t, 'resident_id', 'residents', { nullable: true }),
    (t) => c.ref(t, 'user_id', 'users', { nullable: true }),
    c.stamps,
  ).execute();
  await s.createIndex('grid_members_grid_idx').on('grid_members').column('grid_id').execute();
  await s.createIndex('grid_members_user_idx').on('grid_members').column('user_id').execute();
}

export async function down(): Promise<void> {
  throw new Error('The foundation migration cannot be undone; restore a backup instead.');
}
