import { sql, type Kysely } from 'kysely';
import { build, columns } from './helpers';

/**
 * Funded projects (SPEC §7) with spending and photos, and the partners' side: pairing agreements (结对共建),
 * offers (资源清单), donations and needs (需求清单). The balance rule is also a CHECK, so no code path (and no
 * two concurrent spendings) can leave a project spent beyond its budget.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const c = columns(db);
  const s = db.schema;

  await build(
    s.createTable('projects'),
    c.id,
    c.community,
    (t) => c.text(t, 'name'),
    (t) => c.text(t, 'program'),
    (t) => c.text(t, 'funder'),
    (t) => c.int(t, 'year'),
    (t) => c.int(t, 'budget_fen'),
    (t) => c.int(t, 'spent_fen', { default: 0 }),
    (t) => c.int(t, 'progress', { default: 0 }),
    (t) => c.text(t, 'status'),
    (t) => c.bool(t, 'published', { default: false }),
    (t) => c.text(t, 'description'),
    (t) => c.json(t, 'items'),
    (t) => c.ref(t, 'topic_id', 'topics', { nullable: true }),
    (t) => c.ref(t, 'created_by', 'users'),
    c.stamps,
  )
    .addCheckConstraint('projects_balance_ck', sql`spent_fen >= 0 and spent_fen <= budget_fen`)
    .addCheckConstraint('projects_progress_ck', sql`progress >= 0 and progress <= 100`)
    .execute();
  await s.createIndex('projects_community_idx').on('projects').columns(['community_id', 'year']).execute();

  await build(
    s.createTable('project_photos'),
    c.id,
    c.community,
    (t) => c.ref(t, 'project_id', 'projects'),
    (t) => c.text(t, 'kind'),
    (t) => c.text(t, 'file_key'),
    (t) => c.text(t, 'thumb_key'),
    (t) => c.text(t, 'mime'),
    (t) => c.int(t, 'width'),
    (t) => c.int(t, 'height'),
    (t) => c.ref(t, 'created_by', 'users'),
    (t) => c.time(t, 'created_at'),
  ).execute();
  await s.createIndex('project_photos_project_idx').on('project_photos').column('project_id').execute();

  await build(
    s.createTable('project_spendings'),
    c.id,
    c.community,
    (t) => c.ref(t, 'project_id', 'projects'),
    (t) => c.int(t, 'amount_fen'),
    (t) => c.text(t, 'payee'),
    (t) => c.text(t, 'payee_kind'),
    (t) => c.text(t, 'spent_on'),
    (t) => c.text(t, 'note'),
    (t) => c.ref(t, 'invoice_photo_id', 'project_photos', { nullable: true }),
    (t) => c.text(t, 'work_order_id', { nullable: true }),
    (t) => c.ref(t, 'created_by', 'users'),
    (t) => c.time(t, 'created_at'),
  )
    .addCheckConstraint('project_spendings_amount_ck', sql`amount_fen > 0`)
    .addUniqueConstraint('project_spendings_invoice_uq', ['invoice_photo_id'])
    .execute();
  await s.createIndex('project_spendings_project_idx').on('project_spendings').column('project_id').execute();

  await build(
    s.createTable('pairing_agreements'),
    c.id,
    c.community,
    (t) => c.ref(t, 'organization_id', 'organizations'),
    (t) => c.text(t, 'title'),
    (t) => c.text(t, 'signed_on'),
    (t) => c.text(t, 'ends_on', { nullable: true }),
    (t) => c.json(t, 'contacts'),
    (t) => c.text(t, 'offers'),
    (t) => c.ref(t, 'created_by', 'users'),
    c.stamps,
  ).execute();

  await build(
    s.createTable('resource_offers'),
    c.id,
    c.community,
    (t) => c.ref(t, 'organization_id', 'organizations', { nullable: true }),
    (t) => c.ref(t, 'agreement_id', 'pairing_agreements', { nullable: true }),
    (t) => c.text(t, 'title'),
    (t) => c.text(t, 'description'),
    (t) => c.text(t, 'kind'),
    (t) => c.ref(t, 'created_by', 'users'),
    c.stamps,
  ).execute();

  await build(
    s.createTable('donations'),
    c.id,
    c.community,
    (t) => c.text(t, 'item'),
    (t) => c.int(t, 'quantity'),
    (t) => c.text(t, 'unit'),
    (t) => c.int(t, 'value_fen'),
    (t) => c.ref(t, 'donor_org_id', 'organizations', { nullable: true }),
    (t) => c.text(t, 'donor_name'),
    (t) => c.text(t, 'destination'),
    (t) => c.text(t, 'received_on'),
    (t) => c.ref(t, 'offer_id', 'resource_offers', { nullable: true }),
    (t) => c.ref(t, 'created_by', 'users'),
    c.stamps,
  )
    .addCheckConstraint('donations_value_ck', sql`value_fen >= 0 and quantity > 0`)
    .execute();
  await s.createIndex('donations_community_idx').on('donations').columns(['community_id', 'received_on']).execute();

  await build(
    s.createTable('donation_photos'),
    c.id,
    c.community,
    (t) => c.ref(t, 'donation_id', 'donations'),
    (t) => c.text(t, 'file_key'),
    (t) => c.text(t, 'thumb_key'),
    (t) => c.text(t, 'mime'),
    (t) => c.int(t, 'width'),
    (t) => c.int(t, 'height'),
    (t) => c.ref(t, 'created_by', 'users'),
    (t) => c.time(t, 'created_at'),
  ).execute();

  await build(
    s.createTable('needs'),
    c.id,
    c.community,
    (t) => c.text(t, 'title'),
    (t) => c.text(t, 'description'),
    (t) => c.text(t, 'status'),
    (t) => c.ref(t, 'offer_id', 'resource_offers', { nullable: true }),
    (t) => c.text(t, 'project_id', { nullable: true }),
    (t) => c.ref(t, 'donation_id', 'donations', { nullable: true }),
    (t) => c.time(t, 'met_at', { nullable: true }),
    (t) => c.ref(t, 'created_by', 'users'),
    c.stamps,
  ).execute();
  await s.createIndex('needs_community_idx').on('needs').columns(['community_id', 'status']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'needs',
    'donation_photos',
    'donations',
    'resource_offers',
    'pairing_agreements',
    'project_spendings',
    'project_photos',
    'projects',
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
