import type { Kysely } from 'kysely';
import { build, columns } from './helpers';

/**
 * 内力 (SPEC §7): activities with sign-ups, QR check-in and hours; party members' responsibility lists;
 * department referrals (部门联动, 挂账) and the deputy's proposals (代表建议) with their coordination log.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const c = columns(db);
  const s = db.schema;

  // signup_count is the seat counter: a sign-up takes a seat with `UPDATE … WHERE signup_count < capacity`,
  // so two people taking the last seat at the same instant cannot both win, on either dialect.
  await build(
    s.createTable('activities'),
    c.id,
    c.community,
    (t) => c.text(t, 'kind'),
    (t) => c.text(t, 'title'),
    (t) => c.text(t, 'description'),
    (t) => c.text(t, 'location'),
    (t) => c.time(t, 'starts_at'),
    (t) => c.time(t, 'ends_at'),
    (t) => c.int(t, 'capacity'),
    (t) => c.int(t, 'signup_count', { default: 0 }),
    (t) => c.text(t, 'checkin_nonce'),
    (t) => c.ref(t, 'created_by', 'users'),
    c.stamps,
  ).execute();
  await s.createIndex('activities_community_idx').on('activities').columns(['community_id', 'starts_at']).execute();

  // A volunteer is an account (signed up on the H5) or a resident recorded by staff (the demo's walk-ins).
  await build(
    s.createTable('activity_signups'),
    c.id,
    c.community,
    (t) => c.ref(t, 'activity_id', 'activities'),
    (t) => c.ref(t, 'user_id', 'users', { nullable: true }),
    (t) => c.text(t, 'person_key'),
    (t) => c.text(t, 'name'),
    (t) => c.bool(t, 'party_member', { default: false }),
    (t) => c.time(t, 'signed_up_at'),
    (t) => c.time(t, 'checked_in_at', { nullable: true }),
    (t) => c.time(t, 'checked_out_at', { nullable: true }),
    (t) => c.int(t, 'minutes', { default: 0 }),
  )
    .addUniqueConstraint('activity_signups_person_uq', ['activity_id', 'person_key'])
    .execute();
  await s
    .createIndex('activity_signups_person_idx')
    .on('activity_signups')
    .columns(['community_id', 'person_key'])
    .execute();

  await build(
    s.createTable('party_commitments'),
    c.id,
    c.community,
    (t) => c.ref(t, 'user_id', 'users'),
    (t) => c.text(t, 'member_name'),
    (t) => c.int(t, 'year'),
    (t) => c.text(t, 'kind'),
    (t) => c.text(t, 'text'),
    (t) => c.int(t, 'target'),
    (t) => c.ref(t, 'created_by', 'users'),
    c.stamps,
  ).execute();
  await s
    .createIndex('party_commitments_idx')
    .on('party_commitments')
    .columns(['community_id', 'year', 'user_id'])
    .execute();
  await build(
    s.createTable('party_commitment_entries'),
    c.id,
    c.community,
    (t) => c.ref(t, 'commitment_id', 'party_commitments'),
    (t) => c.int(t, 'amount'),
    (t) => c.text(t, 'note'),
    (t) => c.text(t, 'date'),
    (t) => c.ref(t, 'created_by', 'users'),
    (t) => c.time(t, 'created_at'),
  ).execute();
  await s
    .createIndex('party_commitment_entries_idx')
    .on('party_commitment_entries')
    .columns(['commitment_id'])
    .execute();

  await build(
    s.createTable('referrals'),
    c.id,
    c.community,
    (t) => c.text(t, 'ticket_id'),
    (t) => c.text(t, 'ticket_number'),
    (t) => c.text(t, 'department_id'),
    (t) => c.text(t, 'department_name'),
    (t) => c.text(t, 'contact_name'),
    (t) => c.text(t, 'contact_phone', { nullable: true }),
    (t) => c.text(t, 'need'),
    (t) => c.text(t, 'expected_date'),
    (t) => c.text(t, 'status'),
    (t) => c.time(t, 'referred_at'),
    (t) => c.time(t, 'answered_at', { nullable: true }),
    (t) => c.text(t, 'response', { nullable: true }),
    (t) => c.time(t, 'last_reminded_at', { nullable: true }),
    (t) => c.int(t, 'reminders', { default: 0 }),
    (t) => c.ref(t, 'created_by', 'users'),
    c.stamps,
  ).execute();
  await s
    .createIndex('referrals_community_idx')
    .on('referrals')
    .columns(['community_id', 'status', 'expected_date'])
    .execute();

  await build(
    s.createTable('proposals'),
    c.id,
    c.community,
    (t) => c.text(t, 'title'),
    (t) => c.text(t, 'problem'),
    (t) => c.text(t, 'suggestion'),
    (t) => c.text(t, 'addressee'),
    (t) => c.text(t, 'topic_id', { nullable: true }),
    (t) => c.text(t, 'status'),
    (t) => c.text(t, 'outcome', { nullable: true }),
    (t) => c.time(t, 'concluded_at', { nullable: true }),
    (t) => c.ref(t, 'created_by', 'users'),
    c.stamps,
  ).execute();
  await s.createIndex('proposals_community_idx').on('proposals').columns(['community_id', 'status']).execute();
  await build(
    s.createTable('proposal_logs'),
    c.id,
    c.community,
    (t) => c.ref(t, 'proposal_id', 'proposals'),
    (t) => c.text(t, 'date'),
    (t) => c.text(t, 'text'),
    (t) => c.ref(t, 'created_by', 'users'),
    (t) => c.time(t, 'created_at'),
  ).execute();
  await s.createIndex('proposal_logs_idx').on('proposal_logs').columns(['proposal_id', 'date']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'proposal_logs',
    'proposals',
    'referrals',
    'party_commitment_entries',
    'party_commitments',
    'activity_signups',
    'activities',
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
