import type { Kysely } from 'kysely';
import { build, columns } from './helpers';

/** Meetings (SPEC §3), 四方议事 topics (§4) and household consultations with their ballot chain (§5). */
export async function up(db: Kysely<any>): Promise<void> {
  const c = columns(db);
  const s = db.schema;

  await build(
    s.createTable('topics'),
    c.id,
    c.community,
    (t) => c.text(t, 'title'),
    (t) => c.text(t, 'description'),
    (t) => c.text(t, 'source'),
    (t) => c.ref(t, 'estate_id', 'estates', { nullable: true }),
    (t) => c.text(t, 'stage'),
    (t) => c.text(t, 'status'),
    (t) => c.text(t, 'consultation_id', { nullable: true }),
    (t) => c.text(t, 'decision_text', { nullable: true }),
    (t) => c.time(t, 'decision_at', { nullable: true }),
    (t) => c.ref(t, 'created_by', 'users'),
    (t) => c.time(t, 'closed_at', { nullable: true }),
    c.stamps,
  ).execute();
  await s.createIndex('topics_community_idx').on('topics').columns(['community_id', 'status', 'closed_at']).execute();

  await build(
    s.createTable('topic_stages'),
    c.id,
    c.community,
    (t) => c.ref(t, 'topic_id', 'topics'),
    (t) => c.text(t, 'stage'),
    (t) => c.text(t, 'status'),
    (t) => c.time(t, 'started_at'),
    (t) => c.time(t, 'ended_at', { nullable: true }),
    (t) => c.text(t, 'skip_reason', { nullable: true }),
    (t) => c.ref(t, 'actor_id', 'users'),
  )
    .addUniqueConstraint('topic_stages_uq', ['topic_id', 'stage'])
    .execute();

  await build(
    s.createTable('topic_evidence'),
    c.id,
    c.community,
    (t) => c.ref(t, 'topic_id', 'topics'),
    (t) => c.text(t, 'stage'),
    (t) => c.text(t, 'kind'),
    (t) => c.text(t, 'text'),
    (t) => c.text(t, 'file_ref', { nullable: true }),
    (t) => c.text(t, 'meeting_id', { nullable: true }),
    (t) => c.ref(t, 'created_by', 'users'),
    (t) => c.time(t, 'created_at'),
  ).execute();
  await s.createIndex('topic_evidence_topic_idx').on('topic_evidence').columns(['topic_id', 'stage']).execute();

  await build(
    s.createTable('topic_signoffs'),
    c.id,
    c.community,
    (t) => c.ref(t, 'topic_id', 'topics'),
    (t) => c.text(t, 'party'),
    (t) => c.text(t, 'signer_name'),
    (t) => c.ref(t, 'user_id', 'users'),
    (t) => c.time(t, 'signed_at'),
  )
    .addUniqueConstraint('topic_signoffs_uq', ['topic_id', 'party'])
    .execute();

  await build(
    s.createTable('meetings'),
    c.id,
    c.community,
    (t) => c.text(t, 'kind'),
    (t) => c.text(t, 'title'),
    (t) => c.ref(t, 'topic_id', 'topics', { nullable: true }),
    (t) => c.time(t, 'scheduled_at'),
    (t) => c.text(t, 'location', { nullable: true }),
    (t) => c.text(t, 'status'),
    (t) => c.json(t, 'agenda'),
    (t) => c.text(t, 'minutes', { nullable: true }),
    (t) => c.json(t, 'decisions'),
    (t) => c.json(t, 'signatures'),
    (t) => c.time(t, 'closed_at', { nullable: true }),
    (t) => c.ref(t, 'closed_by', 'users', { nullable: true }),
    (t) => c.ref(t, 'created_by', 'users'),
    c.stamps,
  ).execute();
  await s
    .createIndex('meetings_community_idx')
    .on('meetings')
    .columns(['community_id', 'status', 'closed_at'])
    .execute();
  await s.createIndex('meetings_topic_idx').on('meetings').column('topic_id').execute();

  await build(
    s.createTable('meeting_attendance'),
    c.community,
    (t) => c.ref(t, 'meeting_id', 'meetings'),
    (t) => c.text(t, 'party'),
    (t) => c.int(t, 'expected'),
    (t) => c.int(t, 'present'),
    (t) => c.json(t, 'names'),
  )
    .addPrimaryKeyConstraint('meeting_attendance_pk', ['meeting_id', 'party'])
    .execute();

  await build(
    s.createTable('meeting_action_items'),
    c.id,
    c.community,
    (t) => c.ref(t, 'meeting_id', 'meetings'),
    (t) => c.text(t, 'text'),
    (t) => c.text(t, 'owner_name'),
    (t) => c.text(t, 'due_date'),
    (t) => c.bool(t, 'done', { default: false }),
    (t) => c.time(t, 'done_at', { nullable: true }),
    (t) => c.ref(t, 'done_by', 'users', { nullable: true }),
    c.stamps,
  ).execute();
  await s
    .createIndex('meeting_action_items_idx')
    .on('meeting_action_items')
    .columns(['community_id', 'done', 'due_date'])
    .execute();

  // The consultation row is also the head of its ballot chain (chain_seq, chain_head): every append
  // bumps it with UPDATE … RETURNING, which serialises writers of one chain.
  await build(
    s.createTable('consultations'),
    c.id,
    c.community,
    (t) => c.ref(t, 'topic_id', 'topics', { nullable: true }),
    (t) => c.text(t, 'title'),
    (t) => c.text(t, 'description'),
    (t) => c.json(t, 'questions'),
    (t) => c.json(t, 'scope'),
    (t) => c.json(t, 'rules'),
    (t) => c.time(t, 'opens_at'),
    (t) => c.time(t, 'closes_at'),
    (t) => c.text(t, 'status'),
    (t) => c.int(t, 'eligible_count', { nullable: true }),
    (t) => c.bigint(t, 'chain_seq', { default: 0 }),
    (t) => c.text(t, 'chain_head'),
    (t) => c.time(t, 'opened_at', { nullable: true }),
    (t) => c.ref(t, 'opened_by', 'users', { nullable: true }),
    (t) => c.time(t, 'closed_at', { nullable: true }),
    (t) => c.ref(t, 'closed_by', 'users', { nullable: true }),
    (t) => c.json(t, 'result', { nullable: true }),
    (t) => c.ref(t, 'created_by', 'users'),
    c.stamps,
  ).execute();
  await s.createIndex('consultations_community_idx').on('consultations').columns(['community_id', 'status']).execute();
  await s.createIndex('consultations_due_idx').on('consultations').columns(['status', 'closes_at']).execute();

  await build(
    s.createTable('consultation_households'),
    (t) => c.ref(t, 'consultation_id', 'consultations'),
    c.community,
    (t) => c.ref(t, 'household_id', 'households'),
    (t) => c.text(t, 'household_code'),
    (t) => c.text(t, 'representative_masked', { nullable: true }),
    (t) => c.text(t, 'estate_id'),
    (t) => c.text(t, 'building_id'),
  )
    .addPrimaryKeyConstraint('consultation_households_pk', ['consultation_id', 'household_id'])
    .execute();

  // One household, one vote: the row is created at entry (pending for paper), so the constraint holds throughout.
  await build(
    s.createTable('consultation_ballots'),
    c.id,
    (t) => c.ref(t, 'consultation_id', 'consultations'),
    c.community,
    (t) => c.ref(t, 'household_id', 'households'),
    (t) => c.text(t, 'channel'),
    (t) => c.text(t, 'form_number', { nullable: true }),
    (t) => c.json(t, 'answers'),
    (t) => c.text(t, 'status'),
    (t) => c.text(t, 'pending_by', { nullable: true }),
    (t) => c.ref(t, 'entered_by', 'users'),
    (t) => c.ref(t, 'confirmed_by', 'users', { nullable: true }),
    (t) => c.time(t, 'confirmed_at', { nullable: true }),
    (t) => c.bigint(t, 'seq'),
    (t) => c.text(t, 'receipt_hash'),
    (t) => c.bigint(t, 'last_seq'),
    c.stamps,
  )
    .addUniqueConstraint('consultation_ballots_household_uq', ['consultation_id', 'household_id'])
    .execute();
  await s
    .createIndex('consultation_ballots_status_idx')
    .on('consultation_ballots')
    .columns(['consultation_id', 'status'])
    .execute();

  await build(
    s.createTable('consultation_entries'),
    c.id,
    (t) => c.ref(t, 'consultation_id', 'consultations'),
    c.community,
    (t) => c.bigint(t, 'seq'),
    (t) => c.text(t, 'kind'),
    (t) => c.text(t, 'ballot_id', { nullable: true }),
    (t) => c.text(t, 'household_id', { nullable: true }),
    (t) => c.json(t, 'data'),
    (t) => c.text(t, 'actor_id', { nullable: true }),
    (t) => c.time(t, 'at'),
    (t) => c.text(t, 'prev_hash'),
    (t) => c.text(t, 'hash'),
  )
    .addUniqueConstraint('consultation_entries_seq_uq', ['consultation_id', 'seq'])
    .execute();
  await s
    .createIndex('consultation_entries_hash_idx')
    .on('consultation_entries')
    .columns(['consultation_id', 'hash'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'consultation_entries',
    'consultation_ballots',
    'consultation_households',
    'consultations',
    'meeting_action_items',
    'meeting_attendance',
    'meetings',
    'topic_signoffs',
    'topic_evidence',
    'topic_stages',
    'topics',
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
