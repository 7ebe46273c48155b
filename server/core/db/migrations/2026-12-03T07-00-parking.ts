import { sql, type Kysely } from 'kysely';
import { build, columns } from './helpers';

/**
 * Parking (SPEC §7): car parks per estate, their spaces, vehicles registered to households, and rule
 * versions (free minutes, fees, owner-priority spaces) that take effect on a date and name the 四方议事 topic
 * and the consultation that set them. A plate is unique in a community; a car park has one version per date.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const c = columns(db);
  const s = db.schema;

  await build(
    s.createTable('car_parks'),
    c.id,
    c.community,
    (t) => c.ref(t, 'estate_id', 'estates', { nullable: true }),
    (t) => c.text(t, 'name'),
    (t) => c.int(t, 'total_spaces'),
    (t) => c.text(t, 'opened_on'),
    (t) => c.text(t, 'note'),
    (t) => c.ref(t, 'created_by', 'users'),
    c.stamps,
  )
    .addCheckConstraint('car_parks_total_ck', sql`total_spaces > 0`)
    .addUniqueConstraint('car_parks_name_uq', ['community_id', 'name'])
    .execute();

  await build(
    s.createTable('parking_spaces'),
    c.id,
    c.community,
    (t) => c.ref(t, 'car_park_id', 'car_parks'),
    (t) => c.text(t, 'number'),
    (t) => c.bool(t, 'owner_priority', { default: false }),
    (t) => c.time(t, 'created_at'),
  )
    .addUniqueConstraint('parking_spaces_number_uq', ['car_park_id', 'number'])
    .execute();

  await build(
    s.createTable('parking_vehicles'),
    c.id,
    c.community,
    (t) => c.ref(t, 'household_id', 'households'),
    (t) => c.text(t, 'plate'),
    (t) => c.text(t, 'note'),
    (t) => c.ref(t, 'created_by', 'users'),
    (t) => c.time(t, 'created_at'),
  )
    .addUniqueConstraint('parking_vehicles_plate_uq', ['community_id', 'plate'])
    .execute();
  await s.createIndex('parking_vehicles_household_idx').on('parking_vehicles').column('household_id').execute();

  await build(
    s.createTable('parking_rules'),
    c.id,
    c.community,
    (t) => c.ref(t, 'car_park_id', 'car_parks'),
    (t) => c.text(t, 'effective_on'),
    (t) => c.int(t, 'free_minutes'),
    (t) => c.int(t, 'fee_fen_per_hour'),
    (t) => c.int(t, 'daily_cap_fen'),
    (t) => c.int(t, 'owner_priority_spaces'),
    (t) => c.ref(t, 'topic_id', 'topics'),
    (t) => c.ref(t, 'consultation_id', 'consultations'),
    (t) => c.text(t, 'note'),
    (t) => c.ref(t, 'created_by', 'users'),
    (t) => c.time(t, 'created_at'),
  )
    .addCheckConstraint(
      'parking_rules_values_ck',
      sql`free_minutes >= 0 and fee_fen_per_hour >= 0 and daily_cap_fen >= 0 and owner_priority_spaces >= 0`,
    )
    .addUniqueConstraint('parking_rules_date_uq', ['car_park_id', 'effective_on'])
    .execute();
  await s.createIndex('parking_rules_topic_idx').on('parking_rules').columns(['community_id', 'topic_id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['parking_rules', 'parking_vehicles', 'parking_spaces', 'car_parks']) {
    await db.schema.dropTable(t).execute();
  }
}
