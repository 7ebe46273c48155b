import type { Kysely } from 'kysely';
import { build, columns } from './helpers';

/** Maintenance work orders with the fee list, fund ledgers and sign-offs; the property's duty roster (SPEC §6). */
export async function up(db: Kysely<any>): Promise<void> {
  const c = columns(db);
  const s = db.schema;

  // A fee list is versioned: publishing writes a new version; quotes keep the version they were priced from.
  await build(
    s.createTable('fee_lists'),
    c.id,
    c.community,
    (t) => c.int(t, 'version'),
    (t) => c.text(t, 'note'),
    (t) => c.ref(t, 'created_by', 'users', { nullable: true }),
    (t) => c.time(t, 'created_at'),
  )
    .addUniqueConstraint('fee_lists_version_uq', ['community_id', 'version'])
    .execute();
  await build(
    s.createTable('fee_items'),
    c.id,
    c.community,
    (t) => c.ref(t, 'fee_list_id', 'fee_lists'),
    (t) => c.text(t, 'code'),
    (t) => c.text(t, 'name'),
    (t) => c.text(t, 'unit'),
    (t) => c.bigint(t, 'unit_price_fen'),
    (t) => c.real(t, 'standard_hours'),
  )
    .addUniqueConstraint('fee_items_code_uq', ['fee_list_id', 'code'])
    .execute();

  await build(
    s.createTable('workorder_settings'),
    (t) => t.addColumn('community_id', 'text', (col) => col.primaryKey().references('communities.id')),
    (t) => c.bigint(t, 'signoff_threshold_fen'),
    (t) => c.time(t, 'updated_at'),
  ).execute();

  // The balance lives on the fund row and is changed only by a conditional UPDATE (balance >= amount), so two
  // acceptances at once cannot both spend the last of it; each change writes one ledger entry.
  await build(
    s.createTable('funds'),
    c.id,
    c.community,
    (t) => c.text(t, 'kind'),
    (t) => c.text(t, 'name'),
    (t) => c.bigint(t, 'balance_fen', { default: 0 }),
    (t) => c.bigint(t, 'year_budget_fen', { default: 0 }),
    c.stamps,
  )
    .addUniqueConstraint('funds_kind_uq', ['community_id', 'kind'])
    .execute();
  await build(
    s.createTable('fund_entries'),
    c.id,
    c.community,
    (t) => c.ref(t, 'fund_id', 'funds'),
    (t) => c.text(t, 'kind'),
    (t) => c.bigint(t, 'amount_fen'),
    (t) => c.bigint(t, 'balance_after_fen'),
    (t) => c.text(t, 'note'),
    (t) => c.text(t, 'work_order_id', { nullable: true }),
    (t) => c.ref(t, 'actor_id', 'users', { nullable: true }),
    (t) => c.time(t, 'at'),
  ).execute();
  await s.createIndex('fund_entries_fund_idx').on('fund_entries').columns(['fund_id', 'at']).execute();
  // A work order is paid once.
  await s.createIndex('fund_entries_work_order_uq').on('fund_entries').column('work_order_id').unique().execute();

  await build(
    s.createTable('work_orders'),
    c.id,
    c.community,
    (t) => c.text(t, 'number'),
    (t) => c.text(t, 'title'),
    (t) => c.text(t, 'description'),
    (t) => c.text(t, 'source'),
    (t) => c.text(t, 'source_id', { nullable: true }),
    (t) => c.text(t, 'location'),
    (t) => c.bool(t, 'emergency', { default: false }),
    (t) => c.text(t, 'status'),
    (t) => c.text(t, 'funding_source'),
    (t) => c.text(t, 'funding_ref', { nullable: true }),
    (t) => c.bigint(t, 'total_fen', { default: 0 }),
    (t) => c.int(t, 'fee_list_version', { nullable: true }),
    (t) => c.text(t, 'assignee_kind'),
    (t) => c.text(t, 'assignee_name', { nullable: true }),
    (t) => c.text(t, 'executor_name', { nullable: true }),
    (t) => c.ref(t, 'reporter_user_id', 'users', { nullable: true }),
    (t) => c.ref(t, 'created_by', 'users', { nullable: true }),
    (t) => c.time(t, 'started_at', { nullable: true }),
    (t) => c.time(t, 'completed_at', { nullable: true }),
    (t) => c.text(t, 'completion_note', { nullable: true }),
    (t) => c.time(t, 'accepted_at', { nullable: true }),
    (t) => c.ref(t, 'accepted_by', 'users', { nullable: true }),
    (t) => c.text(t, 'acceptance_comment', { nullable: true }),
    (t) => c.text(t, 'review_status'),
    (t) => c.text(t, 'review_note', { nullable: true }),
    (t) => c.time(t, 'reviewed_at', { nullable: true }),
    (t) => c.ref(t, 'reviewed_by', 'users', { nullable: true }),
    c.stamps,
  )
    .addUniqueConstraint('work_orders_number_uq', ['community_id', 'number'])
    .execute();
  await s
    .createIndex('work_orders_community_idx')
    .on('work_orders')
    .columns(['community_id', 'status', 'created_at'])
    .execute();

  await build(
    s.createTable('work_order_items'),
    c.id,
    c.community,
    (t) => c.ref(t, 'work_order_id', 'work_orders'),
    (t) => c.text(t, 'fee_item_id'),
    (t) => c.text(t, 'code'),
    (t) => c.text(t, 'name'),
    (t) => c.text(t, 'unit'),
    (t) => c.bigint(t, 'unit_price_fen'),
    (t) => c.real(t, 'quantity'),
    (t) => c.bigint(t, 'amount_fen'),
    (t) => c.real(t, 'standard_hours'),
    (t) => c.int(t, 'position'),
  ).execute();
  await s.createIndex('work_order_items_idx').on('work_order_items').column('work_order_id').execute();

  // One signature per side and one per person: the committee and community staff sign as two different people.
  await build(
    s.createTable('work_order_signoffs'),
    c.id,
    c.community,
    (t) => c.ref(t, 'work_order_id', 'work_orders'),
    (t) => c.text(t, 'role'),
    (t) => c.ref(t, 'user_id', 'users'),
    (t) => c.text(t, 'signer_name'),
    (t) => c.time(t, 'signed_at'),
  )
    .addUniqueConstraint('work_order_signoffs_role_uq', ['work_order_id', 'role'])
    .addUniqueConstraint('work_order_signoffs_user_uq', ['work_order_id', 'user_id'])
    .execute();

  await build(
    s.createTable('work_order_photos'),
    c.id,
    c.community,
    (t) => c.ref(t, 'work_order_id', 'work_orders'),
    (t) => c.text(t, 'file_key'),
    (t) => c.text(t, 'thumb_key'),
    (t) => c.text(t, 'mime'),
    (t) => c.time(t, 'created_at'),
  ).execute();
  await s.createIndex('work_order_photos_idx').on('work_order_photos').column('work_order_id').execute();

  await build(
    s.createTable('duty_shifts'),
    c.id,
    c.community,
    (t) => c.text(t, 'staff_name'),
    (t) => c.text(t, 'phone'),
    (t) => c.ref(t, 'user_id', 'users', { nullable: true }),
    (t) => c.time(t, 'starts_at'),
    (t) => c.time(t, 'ends_at'),
    (t) => c.text(t, 'note'),
    (t) => c.ref(t, 'created_by', 'users', { nullable: true }),
    c.stamps,
  ).execute();
  await s.createIndex('duty_shifts_time_idx').on('duty_shifts').columns(['community_id', 'starts_at']).execute();
  // A coverage gap is flagged once: the scheduler's INSERT wins on one app server only.
  await build(
    s.createTable('duty_gap_alerts'),
    c.id,
    c.community,
    (t) => c.time(t, 'gap_from'),
    (t) => c.time(t, 'gap_to'),
    (t) => c.time(t, 'created_at'),
  )
    .addUniqueConstraint('duty_gap_alerts_uq', ['community_id', 'gap_from'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'duty_gap_alerts',
    'duty_shifts',
    'work_order_photos',
    'work_order_signoffs',
    'work_order_items',
    'work_orders',
    'fund_entries',
    'funds',
    'workorder_settings',
    'fee_items',
    'fee_lists',
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
